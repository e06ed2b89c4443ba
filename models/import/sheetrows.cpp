// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetrows.h"

namespace dew::models {

QList<SourceRow> sourceRows(const QList<SheetRow> &rows, const ColumnMapping &mapping, Entity entity)
{
    QList<std::pair<int, QString>> columns;
    for (int column : mapping.columns()) {
        const std::optional<ColumnTarget> target = mapping.target(column);
        if (target && target->entity == entity) {
            columns.append({column, target->field});
        }
    }
    QList<SourceRow> result;
    for (const SheetRow &row : rows) {
        if (row.number <= mapping.headerRow()) {
            continue;
        }
        SourceRow source{row.number, {}};
        bool any = false;
        for (const auto &[column, field] : columns) {
            const QString text = row.text(column);
            any = any || !text.trimmed().isEmpty();
            source.cells.insert(field, text);
        }
        if (any) {
            result.append(std::move(source));
        }
    }
    return result;
}

} // namespace dew::models
