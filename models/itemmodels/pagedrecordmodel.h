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
// Browsing knows its row count up front (a count over an index). Search results in index order
// grow a page at a time as the view scrolls (fetchMore): a common word may match half the
// catalogue, and counting that first would make every keystroke wait.
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // False while search results are still being loaded page by page.
    bool isCountComplete() const { return !m_incremental || !m_more; }

    Entity entity() const { return m_entity; }
    QString fieldAt(int column) const { return m_query.columns().value(column); }
    int columnOf(const QString &field) const { return static_cast<int>(m_query.columns().indexOf(field)); }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    const RecordFilter &filter() const { return m_query.filter(); }
    QString sortField() const { return m_query.sortField(); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }
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
    void countRows(); // sets m_rowCount, or the first page of an incremental result
    qint64 knownTotal() const { return m_incremental ? 0 : m_rowCount; }
    void appendNextPage();

    const Entity m_entity;
    RecordQuery m_query;
    int m_rowCount = 0;
    bool m_incremental = false;
    bool m_more = false; // incremental: the last page fetched was full
    bool m_appendQueued = false;
    mutable QHash<int, QList<ListedRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace dew::models
