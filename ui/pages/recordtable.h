// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QStringList>

class QTableView;
class QWidget;

namespace dew::models {
class PagedRecordModel;
}

namespace dew::ui {

// The fields a record page lists, in their first order (the user may move them).
QStringList listedColumns(models::Entity entity);

// The table of a record page: retired records greyed, columns sized for Chinese text, rows
// selected whole, and the user's column order and widths of last time (saved under pageName).
QTableView *createRecordTable(models::PagedRecordModel *model, const QString &pageName, QWidget *parent);

} // namespace dew::ui
