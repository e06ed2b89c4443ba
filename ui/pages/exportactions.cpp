// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "dialogs/filedialog.h"
#include "export/viewexport.h"
#include "itemmodels/pagedrecordmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>

namespace dew::ui {
namespace {

// A wait cursor while an export runs (QGuiApplication::OverrideCursorGuard needs Qt 6.7).
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

ExportOutcome outcome(const QString &path, qint64 rows, const QString &error)
{
    if (rows < 0) {
        return {false, error};
    }
    const int count = static_cast<int>(rows);
    const QString message =
        QCoreApplication::translate("dew::ui::Export", "Exported %Ln row(s) to %1.", nullptr, count);
    return {true, message.arg(QDir::toNativeSeparators(path))};
}

} // namespace

ExportOutcome exportTableView(QWidget *parent, const models::Workspace &workspace,
                              const models::PagedRecordModel &model, const QTableView &table,
                              const QString &suggestedName)
{
    const QString path = FileDialog::saveFileName(
        parent, QCoreApplication::translate("dew::ui::Export", "Export the view"),
        suggestedName + QStringLiteral(".xlsx"),
        QCoreApplication::translate("dew::ui::Export", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty()) {
        return {};
    }
    QStringList fields;
    const QHeaderView *header = table.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            fields << model.fieldAt(logical);
        }
    }
    const models::ExportSheet sheet =
        models::viewSheet(workspace, model.entity(), model.filter(), model.sortField(), model.sortOrder(), fields);
    QString error;
    const BusyCursor busy;
    const qint64 rows = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                            ? models::writeCsv(path, sheet, &error)
                            : models::writeXlsx(path, {sheet}, &error);
    return outcome(path, rows, error);
}

ExportOutcome exportResourceTemplate(QWidget *parent, const models::Workspace &workspace,
                                     const models::PagedRecordModel &model)
{
    const QString path = FileDialog::saveFileName(
        parent, QCoreApplication::translate("dew::ui::Export", "Export in the template layout"),
        QCoreApplication::translate("dew::ui::Export", "Data resource catalogue.xlsx"),
        QCoreApplication::translate("dew::ui::Export", "Excel workbook (*.xlsx)"));
    if (path.isEmpty()) {
        return {};
    }
    QString error;
    const BusyCursor busy;
    const qint64 rows = models::writeXlsx(
        path, models::resourceTemplateSheets(workspace, model.filter(), model.sortField(), model.sortOrder()), &error);
    return outcome(path, rows, error);
}

} // namespace dew::ui
