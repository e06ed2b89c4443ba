// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetwriter.h"
#include "store/recordquery.h"

namespace dew::models {

class Workspace;

// The rows of a page's view — its filter, its sort and its visible columns in their order — with
// the template's Chinese headers and Chinese labels, so that the file imports back unchanged.
ExportSheet viewSheet(const Workspace &workspace, Entity entity, const RecordFilter &filter, const QString &sortField,
                      Qt::SortOrder order, const QStringList &fields);

// The data resources of a view with their data items, in the template layout: the sheets
// 数据资源目录 and 信息项 (templates.md).
QList<ExportSheet> resourceTemplateSheets(const Workspace &workspace, const RecordFilter &filter,
                                          const QString &sortField, Qt::SortOrder order);

// How a stored value is written in a sheet: enumerations by their Chinese label, 是/否.
QString sheetText(const FieldSpec &spec, const QVariant &value);

} // namespace dew::models
