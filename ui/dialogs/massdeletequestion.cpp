// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "massdeletequestion.h"

#include "domain/schema.h"
#include "messagebox.h"

#include <QCoreApplication>

namespace dew::ui {
namespace {

QString tableLabel(const QString &table)
{
    const std::optional<models::Entity> entity = models::entityOfTable(table);
    return entity ? models::entityLabel(*entity) : table;
}

} // namespace

bool allowMassDelete(QWidget *parent, const QString &table, int count)
{
    const QString text =
        QCoreApplication::translate("dew::ui::MassDelete",
                                    "The server's changes would delete %1 rows of “%2” from this computer. This "
                                    "happens when records were deleted on the server or you may no longer hold them; "
                                    "it can also be a mistake on the server.\n\nDelete them here too?")
            .arg(count)
            .arg(tableLabel(table));
    return MessageBox::question(parent,
                                QCoreApplication::translate("dew::ui::MassDelete", "Sync would delete many rows"), text,
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace dew::ui
