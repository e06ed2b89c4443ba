// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

#include "roles.h"

#include <QCoreApplication>

namespace dew::models {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPlan(const FilePlan &plan)
{
    m_plan = plan;
    rebuild();
}

void ImportPreviewModel::setShowUnchanged(bool show)
{
    if (show != m_showUnchanged) {
        m_showUnchanged = show;
        rebuild();
    }
}

void ImportPreviewModel::rebuild()
{
    beginResetModel();
    m_lines.clear();
    for (const SheetPlan &sheet : std::as_const(m_plan.sheets)) {
        for (const RowVerdict &verdict : sheet.verdicts) {
            if (m_showUnchanged || verdict.verdict != Verdict::Unchanged) {
                m_lines.append({&sheet, verdict});
            }
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Verdict ImportPreviewModel::verdictAt(int row) const
{
    return m_lines.at(row).verdict.verdict;
}

QString ImportPreviewModel::detailOf(const Line &line) const
{
    const EntitySchema &schema = schemaOf(line.sheet->entity);
    QStringList parts;
    if (line.verdict.verdict == Verdict::Update) {
        QStringList fields;
        for (const QString &field : line.verdict.changedFields) {
            fields << schema.fieldLabel(field);
        }
        parts << QCoreApplication::translate("dew::models::ImportPreview", "changes %1")
                     .arg(fields.join(QStringLiteral("、")));
    }
    for (const RowProblem &problem : line.verdict.problems) {
        parts << problemText(*line.sheet, problem);
    }
    parts += line.verdict.warnings;
    return parts.join(QStringLiteral("; "));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Line &line = m_lines.at(index.row());
    if (role == RawValueRole && index.column() == VerdictColumn) {
        return static_cast<int>(line.verdict.verdict);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case SheetColumn:
        return line.sheet->sheetName;
    case LineColumn:
        return line.verdict.line;
    case KeyColumn:
        return line.verdict.key;
    case VerdictColumn:
        return verdictLabel(line.verdict.verdict);
    case DetailColumn:
        return detailOf(line);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SheetColumn:
        return QCoreApplication::translate("dew::models::ImportPreview", "Sheet");
    case LineColumn:
        return QCoreApplication::translate("dew::models::ImportPreview", "Row");
    case KeyColumn:
        return QCoreApplication::translate("dew::models::ImportPreview", "Code");
    case VerdictColumn:
        return QCoreApplication::translate("dew::models::ImportPreview", "Result");
    case DetailColumn:
        return QCoreApplication::translate("dew::models::ImportPreview", "Details");
    default:
        return {};
    }
}

} // namespace dew::models
