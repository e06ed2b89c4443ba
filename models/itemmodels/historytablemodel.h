// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/changehistory.h"
#include "syncdescriber.h"

#include <QAbstractTableModel>

namespace dew::models {

// A record's history as a table: one row per changed field, newest change first.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, ChangeColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    HistoryTableModel(const Workspace &workspace, QString table, QObject *parent = nullptr);

    void setEntries(const QList<sync::HistoryEntry> &entries);
    int changeCount() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int entry;
        int field; // -1: a change that names no field
    };

    const QString m_table;
    SyncDescriber m_describer;
    QList<sync::HistoryEntry> m_entries;
    QList<Row> m_rows;
};

} // namespace dew::models
