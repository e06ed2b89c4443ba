// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "domain/textnormalizer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dew::models {

QString SearchIndex::ftsTable(Entity entity)
{
    return QString::fromLatin1(schemaOf(entity).table) + QStringLiteral("_fts");
}

QString SearchIndex::bodyOf(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        const QString normalized = normalizeForSearch(part);
        if (!normalized.isEmpty()) {
            kept << normalized;
        }
    }
    return kept.join(QLatin1Char(' '));
}

bool SearchIndex::refresh(const QSqlDatabase &db, Entity entity, const QString &recordId, QString *error)
{
    const EntitySchema &schema = schemaOf(entity);
    if (!schema.searchable) {
        return true;
    }
    const QString table = QString::fromLatin1(schema.table);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rid, code, name, summary FROM ") + table + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(recordId);
    if (!query.exec() || !query.next()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    const qint64 rid = query.value(0).toLongLong();
    QStringList parts{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    query.finish();
    if (entity == Entity::DataResource) {
        QSqlQuery items(db);
        items.prepare(QStringLiteral("SELECT name FROM data_item WHERE resource_id = ? AND deleted = 0 "
                                     "ORDER BY position"));
        items.addBindValue(recordId);
        items.exec();
        while (items.next()) {
            parts << items.value(0).toString();
        }
    }
    QSqlQuery upsert(db);
    upsert.prepare(
        QStringLiteral("INSERT INTO ") + table +
        QStringLiteral("_search(rid, body) VALUES (?, ?) ON CONFLICT(rid) DO UPDATE SET body = excluded.body "
                       "WHERE body IS NOT excluded.body"));
    upsert.addBindValue(rid);
    upsert.addBindValue(bodyOf(parts));
    if (!upsert.exec()) {
        if (error) {
            *error = upsert.lastError().text();
        }
        return false;
    }
    return true;
}

QString SearchIndex::matchExpression(const QString &userQuery)
{
    QStringList phrases;
    const QStringList terms = normalizeForSearch(userQuery).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString term : terms) {
        const bool single = term.size() == 1 || (term.size() == 2 && term.at(0).isHighSurrogate());
        term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + term + QLatin1Char('"') + (single ? QStringLiteral(" *") : QString());
    }
    return phrases.join(QStringLiteral(" AND "));
}

} // namespace dew::models
