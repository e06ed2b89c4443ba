// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetmappingdraft.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

const LayoutColumn *layoutColumnOf(SheetKind kind, const ColumnTarget &target)
{
    for (const LayoutColumn &column : layoutColumns(kind)) {
        if (column.entity == target.entity && QLatin1String(column.field) == target.field) {
            return &column;
        }
    }
    return nullptr;
}

} // namespace

SheetMappingDraft::SheetMappingDraft(SheetLayout sheet) : m_sheet(std::move(sheet))
{
    m_targets.resize(m_sheet.columns.size());
    resetToRecognised();
}

void SheetMappingDraft::setTarget(int row, const std::optional<ColumnTarget> &target)
{
    m_targets[row] = target;
}

void SheetMappingDraft::applyMapping(const ColumnMapping &mapping)
{
    for (int row = 0; row < rowCount(); ++row) {
        m_targets[row] = mapping.target(sourceColumn(row).column);
    }
}

bool SheetMappingDraft::isRecognised() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_targets.at(row) != m_sheet.recognised.target(sourceColumn(row).column)) {
            return false;
        }
    }
    return true;
}

QList<int> SheetMappingDraft::clashingRows(int row) const
{
    QList<int> rows;
    if (!m_targets.at(row)) {
        return rows;
    }
    for (int other = 0; other < rowCount(); ++other) {
        if (other != row && m_targets.at(other) == m_targets.at(row)) {
            rows.append(other);
        }
    }
    return rows;
}

QStringList SheetMappingDraft::missingRequired() const
{
    return mapping().missingRequired();
}

QStringList SheetMappingDraft::problems() const
{
    QStringList problems;
    QList<ColumnTarget> reported;
    for (int row = 0; row < rowCount(); ++row) {
        const QList<int> others = clashingRows(row);
        if (others.isEmpty() || reported.contains(*m_targets.at(row))) {
            continue;
        }
        reported.append(*m_targets.at(row));
        QStringList letters{columnLetter(sourceColumn(row).column)};
        for (const int other : others) {
            letters.append(columnLetter(sourceColumn(other).column));
        }
        problems << QCoreApplication::translate("dew::models::ColumnMapping", "%1 is chosen for columns %2.")
                        .arg(targetHeader(kind(), *m_targets.at(row)), letters.join(QStringLiteral("、")));
    }
    const QStringList missing = missingRequired();
    if (!missing.isEmpty()) {
        problems << QCoreApplication::translate("dew::models::ColumnMapping", "No column is chosen for %1 (required).")
                        .arg(missing.join(QStringLiteral("、")));
    }
    return problems;
}

ColumnMapping SheetMappingDraft::mapping() const
{
    ColumnMapping mapping = m_sheet.recognised;
    for (int row = 0; row < rowCount(); ++row) {
        mapping.clearTarget(sourceColumn(row).column);
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (m_targets.at(row)) {
            mapping.setTarget(sourceColumn(row).column, *m_targets.at(row));
        }
    }
    return mapping;
}

QList<ColumnTarget> targetChoices(SheetKind kind)
{
    QList<ColumnTarget> choices;
    for (const LayoutColumn &column : layoutColumns(kind)) {
        choices.append({column.entity, QString::fromLatin1(column.field)});
    }
    return choices;
}

QString targetHeader(SheetKind kind, const ColumnTarget &target)
{
    const LayoutColumn *column = layoutColumnOf(kind, target);
    return column ? QString::fromUtf8(column->header) : target.field;
}

bool isRequiredTarget(SheetKind kind, const ColumnTarget &target)
{
    const LayoutColumn *column = layoutColumnOf(kind, target);
    return column && column->required == 1;
}

} // namespace dew::models
