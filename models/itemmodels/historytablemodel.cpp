// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytablemodel.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::History", source);
}

QString kindLabel(sync::HistoryEntry::Kind kind)
{
    switch (kind) {
    case sync::HistoryEntry::Kind::Created:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Created"));
    case sync::HistoryEntry::Kind::Edited:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Changed"));
    case sync::HistoryEntry::Kind::Deleted:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Deleted"));
    case sync::HistoryEntry::Kind::Restored:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Restored"));
    }
    return {};
}

} // namespace

HistoryTableModel::HistoryTableModel(const Workspace &workspace, QString table, QObject *parent)
    : QAbstractTableModel(parent), m_table(std::move(table)), m_describer(workspace)
{
}

void HistoryTableModel::setEntries(const QList<sync::HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_rows.clear();
    for (int entry = 0; entry < m_entries.size(); ++entry) {
        const int fields = int(m_entries.at(entry).fields.size());
        if (fields == 0) {
            m_rows << Row{entry, -1};
        }
        for (int field = 0; field < fields; ++field) {
            m_rows << Row{entry, field};
        }
    }
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const sync::HistoryEntry &entry = m_entries.at(row.entry);
    if (role == Qt::ToolTipRole && entry.pending) {
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Made on this computer; not yet synced."));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const bool firstOfEntry = row.field <= 0;
    const sync::FieldChange *change = row.field >= 0 ? &entry.fields.at(row.field) : nullptr;
    switch (index.column()) {
    case WhenColumn:
        return firstOfEntry ? SyncDescriber::time(entry.at) : QString();
    case WhoColumn:
        return firstOfEntry ? entry.userName : QString();
    case ChangeColumn:
        if (!firstOfEntry) {
            return QString();
        }
        return entry.pending
                   ? text(QT_TRANSLATE_NOOP("dew::models::History", "%1 (not yet synced)")).arg(kindLabel(entry.kind))
                   : kindLabel(entry.kind);
    case FieldColumn:
        return change ? m_describer.field(m_table, change->field) : QString();
    case BeforeColumn:
        return change && entry.kind != sync::HistoryEntry::Kind::Created
                   ? m_describer.value(m_table, change->field, change->before)
                   : QString();
    case AfterColumn:
        return change ? m_describer.value(m_table, change->field, change->after) : QString();
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "When"));
    case WhoColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Who"));
    case ChangeColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Change"));
    case FieldColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Field"));
    case BeforeColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "Before"));
    case AfterColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::History", "After"));
    default:
        return {};
    }
}

} // namespace dew::models
