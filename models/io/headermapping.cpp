// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headermapping.h"

#include <algorithm>

namespace dew::models {
namespace {

constexpr int minimumMatches = 2; // a title or a note matches at most one header

const LayoutColumn *findColumn(SheetKind kind, const QString &key)
{
    if (key.isEmpty()) {
        return nullptr;
    }
    for (const LayoutColumn &column : layoutColumns(kind)) {
        if (headerKey(QString::fromUtf8(column.header)) == key) {
            return &column;
        }
        const QStringList aliases = QString::fromUtf8(column.aliases).split(QLatin1Char('|'));
        for (const QString &alias : aliases) {
            if (headerKey(alias) == key) {
                return &column;
            }
        }
    }
    return nullptr;
}

// How many cells name a column of the kind; for Resources only its own columns count, so an
// item sheet (which shares 资源代码 and 共享类型 with it) is not taken for a resource sheet.
int score(SheetKind kind, const SheetRow &row)
{
    int matches = 0;
    for (const Cell &cell : row.cells) {
        const LayoutColumn *column = findColumn(kind, headerKey(cell.text));
        if (column && (kind != SheetKind::Resources || column->entity == Entity::DataResource)) {
            ++matches;
        }
    }
    return matches;
}

} // namespace

ColumnMapping ColumnMapping::fromHeaderRow(SheetKind kind, const SheetRow &header)
{
    ColumnMapping mapping;
    mapping.m_kind = kind;
    mapping.m_headerRow = header.number;
    for (const Cell &cell : header.cells) {
        const QString text = trimmedCellText(cell.text);
        if (text.isEmpty()) {
            continue;
        }
        mapping.m_headers.insert(cell.column, text);
        const LayoutColumn *column = findColumn(kind, headerKey(text));
        if (!column) {
            mapping.m_unknown.append({cell.column, text});
            continue;
        }
        const ColumnTarget target{column->entity, QString::fromUtf8(column->field)};
        if (mapping.column(target) > 0) {
            mapping.m_duplicates.append({cell.column, text}); // the first column of a field stands
            continue;
        }
        mapping.m_targets.insert(cell.column, target);
    }
    return mapping;
}

QList<int> ColumnMapping::columns() const
{
    QList<int> list = m_targets.keys();
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<ColumnTarget> ColumnMapping::target(int column) const
{
    const auto it = m_targets.constFind(column);
    return it == m_targets.cend() ? std::nullopt : std::optional<ColumnTarget>(*it);
}

int ColumnMapping::column(const ColumnTarget &target) const
{
    int found = 0;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (it.value() == target && (found == 0 || it.key() < found)) {
            found = it.key();
        }
    }
    return found;
}

QString ColumnMapping::header(int column) const
{
    return m_headers.value(column);
}

QList<int> ColumnMapping::headerColumns() const
{
    QList<int> list = m_headers.keys();
    std::sort(list.begin(), list.end());
    return list;
}

void ColumnMapping::setTarget(int column, const ColumnTarget &target)
{
    if (const int previous = this->column(target); previous > 0) {
        m_targets.remove(previous); // one column per field
    }
    m_targets.insert(column, target);
    m_unknown.removeIf([column](const HeaderCell &cell) { return cell.column == column; });
}

void ColumnMapping::clearTarget(int column)
{
    m_targets.remove(column);
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    QStringList owners;
    bool hasOwner = false;
    for (const LayoutColumn &column : layoutColumns(m_kind)) {
        if (column.required == 0) {
            continue;
        }
        const bool present = this->column(column.entity, QString::fromUtf8(column.field)) > 0;
        if (column.required == 2) {
            owners.append(QString::fromUtf8(column.header));
            hasOwner = hasOwner || present;
        } else if (!present) {
            missing.append(QString::fromUtf8(column.header));
        }
    }
    if (!owners.isEmpty() && !hasOwner) {
        missing.append(owners.join(QStringLiteral(" / ")));
    }
    return missing;
}

QString ColumnMapping::layoutSignature() const
{
    QStringList parts;
    for (const int column : headerColumns()) {
        parts.append(columnLetter(column) + QLatin1Char('=') + headerKey(m_headers.value(column)));
    }
    return parts.join(QLatin1Char('\t'));
}

std::optional<HeaderDetection> findHeaderRow(const QList<SheetRow> &rows, std::optional<SheetKind> kind, int maxRows)
{
    constexpr SheetKind allKinds[] = {SheetKind::Resources, SheetKind::Items, SheetKind::Systems,
                                      SheetKind::Organisations};
    HeaderDetection detection;
    for (const SheetRow &row : rows) {
        if (row.number > maxRows) {
            break;
        }
        std::optional<SheetKind> best;
        int bestScore = minimumMatches - 1;
        for (const SheetKind candidate : allKinds) {
            if (kind && candidate != *kind) {
                continue;
            }
            const int s = score(candidate, row);
            if (s > bestScore) {
                best = candidate;
                bestScore = s;
            }
        }
        if (best) {
            detection.mapping = ColumnMapping::fromHeaderRow(*best, row);
            return detection;
        }
        detection.skippedRows.append(row.number);
    }
    return std::nullopt;
}

} // namespace dew::models
