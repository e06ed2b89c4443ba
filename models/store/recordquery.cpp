// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordquery.h"

#include "logging.h"
#include "searchindex.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dew::models {
namespace {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStore).noquote() << "cannot prepare" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "query failed" << sql << query.lastError().text();
        return false;
    }
    return true;
}

bool searching(const RecordFilter &filter)
{
    return !SearchIndex::matchExpression(filter.search).isEmpty();
}

} // namespace

RecordQuery::RecordQuery(const Workspace &workspace, Entity entity, QStringList columns)
    : m_workspace(workspace), m_schema(schemaOf(entity)), m_columns(std::move(columns))
{
}

void RecordQuery::setSort(const QString &field, Qt::SortOrder order)
{
    m_sortField = m_schema.field(field) ? field : QString();
    m_sortOrder = order;
}

QString RecordQuery::fromClause(bool withOwnerNames) const
{
    const QString table = QString::fromLatin1(m_schema.table);
    QString from = table + QStringLiteral(" t");
    if (searching(m_filter)) {
        // CROSS JOIN keeps the index in the lead: otherwise SQLite may walk the table and probe
        // the index once per row.
        from = SearchIndex::ftsTable(m_schema.entity) + QStringLiteral(" f CROSS JOIN ") + from +
               QStringLiteral(" ON t.rid = f.rowid");
    }
    if (withOwnerNames) {
        from += QStringLiteral(" LEFT JOIN organisation o ON o.id = t.owner_org");
    }
    return from;
}

QString RecordQuery::whereClause(QVariantList *binds) const
{
    QStringList conditions{QStringLiteral("t.deleted = 0")};
    if (!m_keptDeletedId.isEmpty()) {
        conditions.first() = QStringLiteral("(t.deleted = 0 OR t.id = ?)");
        binds->append(m_keptDeletedId);
    }
    if (!m_hiddenId.isEmpty()) {
        conditions << QStringLiteral("t.id <> ?");
        binds->append(m_hiddenId);
    }
    if (searching(m_filter)) {
        conditions << SearchIndex::ftsTable(m_schema.entity) + QStringLiteral(" MATCH ?");
        binds->append(SearchIndex::matchExpression(m_filter.search));
    }
    if (!m_filter.ownerOrg.isEmpty()) {
        conditions << QStringLiteral("t.owner_org = ?");
        binds->append(m_filter.ownerOrg);
    }
    if (!m_filter.regionLevel.isEmpty()) {
        conditions << QStringLiteral("t.owner_org IN (SELECT ro.id FROM organisation ro JOIN region rr "
                                     "ON rr.code = ro.region_code WHERE rr.level = ?)");
        binds->append(m_filter.regionLevel);
    }
    if (m_filter.state == QLatin1String("retired")) {
        conditions << QStringLiteral("t.retired = 1");
    } else if (!m_filter.state.isEmpty()) {
        conditions << QStringLiteral("t.lifecycle = ? AND t.retired = 0");
        binds->append(m_filter.state);
    }
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString RecordQuery::orderExpression() const
{
    if (m_sortField.isEmpty()) {
        return searching(m_filter) ? QStringLiteral("f.rowid")
                                   : QStringLiteral("t.") + QString::fromLatin1(m_schema.businessKey);
    }
    return m_sortField == QLatin1String("owner_org") ? QStringLiteral("o.name") : QStringLiteral("t.") + m_sortField;
}

void RecordQuery::setTransition(const QString &hiddenId, const QString &keptDeletedId)
{
    m_hiddenId = hiddenId;
    m_keptDeletedId = keptDeletedId;
}

qint64 RecordQuery::count() const
{
    QVariantList binds;
    const QString where = whereClause(&binds);
    QSqlQuery query(m_workspace.database());
    if (!exec(query, QStringLiteral("SELECT count(*) FROM ") + fromClause(false) + where, binds) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<ListedRow> RecordQuery::fetch(qint64 offset, int limit, qint64 total) const
{
    QStringList select{QStringLiteral("t.rid"), QStringLiteral("t.id")};
    for (const QString &column : m_columns) {
        select << (column == QLatin1String("owner_org")    ? QStringLiteral("o.name")
                   : column == QLatin1String("owner_uscc") ? QStringLiteral("o.uscc")
                                                           : QStringLiteral("t.") + column);
    }
    // SQLite walks OFFSET rows one by one: a page near the end is read backwards from the end.
    const bool fromEnd = total > 0 && offset > total / 2;
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != fromEnd;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const qint64 end = std::min(offset + limit, total > 0 ? total : offset + limit);
    const qint64 skip = fromEnd ? total - end : offset;
    const qint64 take = fromEnd ? end - offset : limit;

    // The inner query finds the page's row ids from index entries alone (the rows it skips are
    // never read); the outer one reads just those rows with their owners' names.
    const bool sortByOwner = m_sortField == QLatin1String("owner_org");
    QString order = orderExpression() + direction;
    if (!m_sortField.isEmpty()) {
        order += QStringLiteral(", t.rid") + direction; // ties keep one stable order
    }
    QVariantList binds;
    const QString inner = QStringLiteral("SELECT t.rid AS rid FROM ") + fromClause(sortByOwner) + whereClause(&binds) +
                          QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << take << skip;
    QString outerOrder = order;
    outerOrder.replace(QStringLiteral("f.rowid"), QStringLiteral("t.rid"));
    const QString sql =
        QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QStringLiteral(" FROM (") + inner +
        QStringLiteral(") AS page JOIN ") + QString::fromLatin1(m_schema.table) +
        QStringLiteral(" t ON t.rid = page.rid LEFT JOIN organisation o ON o.id = t.owner_org ORDER BY ") + outerOrder;

    QList<ListedRow> rows;
    QSqlQuery query(m_workspace.database());
    if (!exec(query, sql, binds)) {
        return rows;
    }
    const auto columnCount = m_columns.size();
    while (query.next()) {
        ListedRow row{query.value(0).toLongLong(), query.value(1).toString(), {}};
        row.values.reserve(columnCount);
        for (qsizetype i = 0; i < columnCount; ++i) {
            row.values.append(query.value(static_cast<int>(i) + 2));
        }
        rows.append(std::move(row));
    }
    if (fromEnd) {
        std::reverse(rows.begin(), rows.end());
    }
    return rows;
}

qint64 RecordQuery::positionOf(const QString &id) const
{
    // The row's own sort key, then how many matching rows come before it.
    QVariantList binds;
    const QString where = whereClause(&binds);
    const QString order = orderExpression();
    QSqlQuery keyQuery(m_workspace.database());
    QVariantList keyBinds = binds;
    keyBinds << id;
    const bool sortByOwner = m_sortField == QLatin1String("owner_org");
    if (!exec(keyQuery,
              QStringLiteral("SELECT ") + order + QStringLiteral(", t.rid FROM ") + fromClause(sortByOwner) + where +
                  QStringLiteral(" AND t.id = ?"),
              keyBinds) ||
        !keyQuery.next()) {
        return -1;
    }
    const QVariant key = keyQuery.value(0);
    const QVariant rid = keyQuery.value(1);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString before = ascending ? QStringLiteral("<") : QStringLiteral(">");
    QString condition;
    if (m_sortField.isEmpty()) {
        condition = order + QStringLiteral(" < ?"); // the default orders are unique
        binds << key;
    } else if (key.isNull()) {
        // NULLs sort first in SQLite: before a NULL key stand only NULL keys with a lower rid.
        condition = ascending ? QStringLiteral("(") + order + QStringLiteral(" IS NULL AND t.rid < ?)")
                              : QStringLiteral("(") + order + QStringLiteral(" IS NOT NULL OR t.rid > ?)");
        binds << rid;
    } else {
        condition = QStringLiteral("(") + order + QStringLiteral(" ") + before + QStringLiteral(" ? OR (") + order +
                    QStringLiteral(" = ? AND t.rid ") + before + QStringLiteral(" ?)") +
                    (ascending ? QStringLiteral(" OR ") + order + QStringLiteral(" IS NULL)") : QStringLiteral(")"));
        binds << key << key << rid;
    }
    QSqlQuery query(m_workspace.database());
    if (!exec(query,
              QStringLiteral("SELECT count(*) FROM ") + fromClause(sortByOwner) + where + QStringLiteral(" AND ") +
                  condition,
              binds) ||
        !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace dew::models
