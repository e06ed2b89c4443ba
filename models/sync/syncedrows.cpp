// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncedrows.h"

#include "domain/schema.h"
#include "store/outbox.h"
#include "store/recordrepository.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dew::models::sync {
namespace {

const EntitySchema *schemaOfTable(const QString &table)
{
    const std::optional<Entity> entity = entityOfTable(table);
    return entity ? &schemaOf(*entity) : nullptr;
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

QVariant storageValue(const FieldSpec &spec, const QJsonValue &value)
{
    const QVariant canonical = RecordRepository::canonical(spec, value.toVariant());
    return spec.type == FieldType::Bool ? QVariant(canonical.toBool() ? 1 : 0) : canonical;
}

} // namespace

bool SyncedRows::apply(const ChangeRow &row, QString *error) const
{
    const EntitySchema *schema = schemaOfTable(row.table);
    if (!schema) {
        if (error) {
            *error = QStringLiteral("unknown table %1").arg(row.table);
        }
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    bool pendingDelete = false;
    const QSet<QString> pending = Outbox(db).pendingFields(row.table, row.id, &pendingDelete);
    const std::optional<ChangeRow> local = pending.isEmpty() ? std::nullopt : find(row.table, row.id);
    QJsonObject values = row.values;
    bool deleted = row.deleted;
    if (local) {
        for (const QString &field : pending) {
            if (field == QLatin1String("deleted")) {
                deleted = pendingDelete;
            } else {
                values.insert(field, local->values.value(field));
            }
        }
    }
    const QString table = row.table;
    const QString key = QString::fromLatin1(schema->businessKey);
    QSqlQuery query(db);
    if (!deleted && schema->holding != Holding::Child) {
        // A tombstone here keeps its business key under the local UNIQUE constraint; the server
        // lets a deleted record's code be used again, so the tombstone gives it up.
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 || '#' || id WHERE %2 = ? AND deleted = 1 AND id <> ?")
                          .arg(table, key));
        query.addBindValue(values.value(key).toString());
        query.addBindValue(row.id);
        if (!query.exec()) {
            return fail(query, error);
        }
    }
    QStringList columns{QStringLiteral("id"),         QStringLiteral("version"),    QStringLiteral("created_at"),
                        QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("deleted")};
    QVariantList bound{row.id, row.version, row.createdAt, row.updatedAt, row.updatedBy, deleted ? 1 : 0};
    for (const FieldSpec &spec : schema->fields) {
        columns << QString::fromLatin1(spec.name);
        bound << storageValue(spec, values.value(QLatin1String(spec.name)));
    }
    QStringList assignments;
    for (const QString &column : std::as_const(columns).mid(1)) {
        assignments << column + QStringLiteral(" = excluded.") + column;
    }
    query.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                      .arg(table, columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                           assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(bound)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return fail(query, error);
    }
    return refreshSearch(table, row.id, values, error);
}

bool SyncedRows::refreshSearch(const QString &table, const QString &id, const QJsonObject &values, QString *error) const
{
    QSqlDatabase db = m_workspace.database();
    if (table == QLatin1String("data_item")) {
        // An item's name is searched as part of its resource, when this workspace holds it.
        const QString resourceId = values.value(QLatin1String("resource_id")).toString();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM data_resource WHERE id = ?"));
        query.addBindValue(resourceId);
        if (!query.exec() || !query.next()) {
            return true;
        }
        return SearchIndex::refresh(db, Entity::DataResource, resourceId, error);
    }
    const EntitySchema *schema = schemaOfTable(table);
    return SearchIndex::refresh(db, schema->entity, id, error);
}

bool SyncedRows::evict(const QString &table, const QString &id, QString *error) const
{
    const EntitySchema *schema = schemaOfTable(table);
    QSqlDatabase db = m_workspace.database();
    if (!schema || Outbox(db).hasPending(table, id)) {
        return true;
    }
    const std::optional<ChangeRow> local = find(table, id);
    if (!local) {
        return true;
    }
    QSqlQuery query(db);
    if (schema->searchable) {
        query.prepare(QStringLiteral("DELETE FROM %1_search WHERE rid = (SELECT rid FROM %1 WHERE id = ?)").arg(table));
        query.addBindValue(id);
        if (!query.exec()) {
            return fail(query, error);
        }
    }
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(query, error);
    }
    return table == QLatin1String("data_item") ? refreshSearch(table, id, local->values, error) : true;
}

QList<ChangeRow> SyncedRows::select(const QString &table, const QString &condition, const QVariant &bound) const
{
    QList<ChangeRow> rows;
    const EntitySchema *schema = schemaOfTable(table);
    if (!schema) {
        return rows;
    }
    QStringList columns;
    for (const FieldSpec &spec : schema->fields) {
        columns << QString::fromLatin1(spec.name);
    }
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, version, deleted, created_at, updated_at, updated_by, %1 FROM %2 WHERE %3")
                      .arg(columns.join(QStringLiteral(", ")), table, condition));
    if (bound.isValid()) {
        query.addBindValue(bound);
    }
    if (!query.exec()) {
        return rows;
    }
    while (query.next()) {
        ChangeRow row{table, query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt() != 0,
                      false, query.value(3).toString(), query.value(4).toString(),   query.value(5).toString(),
                      {}};
        int column = 6;
        for (const FieldSpec &spec : schema->fields) {
            row.values.insert(QLatin1String(spec.name), canonicalJson(spec, query.value(column++)));
        }
        rows << row;
    }
    return rows;
}

std::optional<ChangeRow> SyncedRows::find(const QString &table, const QString &id) const
{
    const QList<ChangeRow> rows = select(table, QStringLiteral("id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<ChangeRow> SyncedRows::synced(const QString &table) const
{
    return select(table, QStringLiteral("version > 0"), {});
}

QHash<QString, TableDigest> SyncedRows::digests() const
{
    QHash<QString, TableDigest> result;
    for (const QString &table : syncedTables()) {
        QSqlQuery query(m_workspace.database());
        query.setForwardOnly(true);
        DigestBuilder builder;
        if (query.exec(QStringLiteral("SELECT id, version, deleted FROM %1 WHERE version > 0").arg(table))) {
            while (query.next()) {
                builder.add(query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt() != 0);
            }
        }
        result.insert(table, builder.finish());
    }
    return result;
}

ForeignKeysOff::ForeignKeysOff(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

ForeignKeysOff::~ForeignKeysOff()
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace dew::models::sync
