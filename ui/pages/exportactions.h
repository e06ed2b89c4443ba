// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace dew::models {
class PagedRecordModel;
class Workspace;
} // namespace dew::models

namespace dew::ui {

struct ExportOutcome
{
    bool ok = false;
    QString message; // for the page's banner; empty when the user cancelled
};

// Asks for a file and writes what the table shows — its filter, sort and visible columns in
// their order — to XLSX or CSV, by the suffix chosen.
ExportOutcome exportTableView(QWidget *parent, const models::Workspace &workspace,
                              const models::PagedRecordModel &model, const QTableView &table,
                              const QString &suggestedName);
// Asks for a file and writes the view's data resources with their items in the template layout.
ExportOutcome exportResourceTemplate(QWidget *parent, const models::Workspace &workspace,
                                     const models::PagedRecordModel &model);

} // namespace dew::ui
