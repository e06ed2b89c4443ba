// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dew::models {

// A table of one entity's live records that holds only the pages a view has asked for
// (at most maxCachedPages of pageSize rows), so a million rows cost a few hundred KB.
class PagedRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 128;
    static constexpr int maxCachedPages = 48;

    PagedRecordModel(const Workspace &workspace, Entity entity, const QStringList &columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    Entity entity() const { return m_entity; }
    QString fieldAt(int column) const { return m_query.columns().value(column); }
    int columnOf(const QString &field) const { return static_cast<int>(m_query.columns().indexOf(field)); }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    const RecordFilter &filter() const { return m_query.filter(); }
    void setFilter(const RecordFilter &filter);
    // Re-reads everything (another process or an import changed the table).
    void reload();

    // Change notifications after the store wrote one record: precise inserts, removals and
    // cell changes; a record whose sort key or filter match changed resets the model.
    void noteInserted(const QString &id);
    void noteChanged(const QString &id, int oldRow);
    void noteRemoved(const QString &id, int oldRow); // the record was deleted

private:
    const ListedRow *rowAt(int row) const;
    void invalidatePages();

    const Entity m_entity;
    RecordQuery m_query;
    int m_rowCount = 0;
    mutable QHash<int, QList<ListedRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace dew::models
