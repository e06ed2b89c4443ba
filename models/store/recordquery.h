// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace dew::models {

class Workspace;

struct RecordFilter
{
    QString ownerOrg;    // organisation id
    QString regionLevel; // city, county, township, zone: of the owner's region
    QString state;       // a lifecycle code, or "retired"
    QString search;      // what the user typed

    bool operator==(const RecordFilter &) const = default;
};

struct ListedRow
{
    qint64 rid = 0;
    QString id;
    QVariantList values; // in the order of the query's columns; owner_org is the owner's name and
                         // the pseudo-column owner_uscc its 统一社会信用代码
};

// The live rows of one entity that match a filter, in a stable order, fetched a page at a
// time: never all rows (DESIGN.md §4). A page far down the list is read from the nearer end.
// Without an explicit sort the order is the business key, or the index order when searching.
class RecordQuery
{
public:
    RecordQuery(const Workspace &workspace, Entity entity, QStringList columns);

    const QStringList &columns() const { return m_columns; }
    void setFilter(const RecordFilter &filter) { m_filter = filter; }
    const RecordFilter &filter() const { return m_filter; }
    // An empty field restores the default order.
    void setSort(const QString &field, Qt::SortOrder order);
    QString sortField() const { return m_sortField; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // While a model announces one inserted or deleted row, the query shows the table as it
    // was before that write: without the new record, or with the deleted one.
    void setTransition(const QString &hiddenId, const QString &keptDeletedId);

    qint64 count() const;
    QList<ListedRow> fetch(qint64 offset, int limit, qint64 total) const;
    // Where a record stands in the current order, or -1 when it does not match the filter.
    qint64 positionOf(const QString &id) const;

private:
    QString fromClause(bool withOwnerNames) const;
    QString whereClause(QVariantList *binds) const;
    QString orderExpression() const;

    const Workspace &m_workspace;
    const EntitySchema &m_schema;
    QStringList m_columns;
    RecordFilter m_filter;
    QString m_sortField;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_hiddenId;
    QString m_keptDeletedId;
};

} // namespace dew::models
