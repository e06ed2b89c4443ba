// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverrecord.h"

#include <QJsonDocument>

namespace dew::server {
namespace {

using models::Entity;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString bodyText(const ServerRecord &record)
{
    return QString::fromUtf8(QJsonDocument(record.body).toJson(QJsonDocument::Compact));
}

bool isReferenceTable(const QString &table)
{
    const std::optional<models::Entity> entity = models::entityOfTable(table);
    return entity && models::schemaOf(*entity).holding == models::Holding::Reference;
}

} // namespace

models::Record ServerRecord::toRecord() const
{
    models::Record record;
    record.id = id;
    record.version = version;
    record.createdAt = createdAt;
    record.updatedAt = updatedAt;
    record.updatedBy = updatedBy;
    record.deleted = deleted;
    record.values = body.toVariantMap();
    return record;
}

models::sync::ChangeRow ServerRecord::toChangeRow() const
{
    return {table, id, version, deleted, false, createdAt, updatedAt, updatedBy, body};
}

models::sync::ChangeRow ServerRecord::changeRowFor(const UserAccount &user) const
{
    if (!mayHold(user, *this)) {
        return {table, id, version, false, true, {}, {}, {}, {}};
    }
    return toChangeRow();
}

ServerRecord recordFromQuery(const QSqlQuery &query)
{
    return {query.value(0).toString(),   query.value(1).toString(),
            query.value(2).toLongLong(), query.value(3).toString(),
            query.value(4).toString(),   query.value(5).toInt() != 0,
            query.value(6).toInt() != 0, query.value(7).toInt() != 0,
            query.value(8).toString(),   query.value(9).toString(),
            query.value(10).toString(),  QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object()};
}

bool mayHold(const UserAccount &user, const ServerRecord &record)
{
    if (isReferenceTable(record.table)) {
        return true;
    }
    if (user.role == models::Role::Admin) {
        return false;
    }
    if (!record.ownerOrg.isEmpty() && record.ownerOrg == user.orgId) {
        return true;
    }
    if (user.role == models::Role::Officer) {
        return record.shared && !record.classified;
    }
    return !record.classified;
}

QString holdCondition(const UserAccount &user, QVariantList *values)
{
    static const QString reference = [] {
        QStringList tables;
        for (models::Entity entity : models::entities()) {
            if (models::schemaOf(entity).holding == models::Holding::Reference) {
                tables << QStringLiteral("'%1'").arg(QLatin1String(models::schemaOf(entity).table));
            }
        }
        return QStringLiteral("table_name IN (%1)").arg(tables.join(QStringLiteral(", ")));
    }();
    if (user.role == models::Role::Admin) {
        return reference;
    }
    *values << user.orgId;
    if (user.role == models::Role::Officer) {
        return QStringLiteral("(%1 OR owner_org = ? OR (shared = 1 AND classified = 0))").arg(reference);
    }
    return QStringLiteral("(%1 OR owner_org = ? OR classified = 0)").arg(reference);
}

std::optional<ServerRecord> RecordRows::find(const QString &table, const QString &id) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM record WHERE table_name = ? AND id = ?").arg(QLatin1String(recordColumns));
    Statement query(m_db, sql);
    if (!query.run({table, id}, nullptr) || !query.next()) {
        return std::nullopt;
    }
    return recordFromQuery(query.query());
}

QString RecordRows::liveIdWithKey(const QString &table, const QString &businessKey) const
{
    Statement query(m_db,
                    QStringLiteral("SELECT id FROM record WHERE table_name = ? AND business_key = ? AND deleted = 0"));
    if (!query.run({table, businessKey}, nullptr) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

bool RecordRows::exists(const QString &table, const QString &id) const
{
    Statement query(m_db, QStringLiteral("SELECT 1 FROM record WHERE table_name = ? AND id = ? AND deleted = 0"));
    return query.run({table, id}, nullptr) && query.next();
}

QList<ServerRecord> RecordRows::childrenOf(const QString &parentId) const
{
    QList<ServerRecord> children;
    static const QString sql =
        QStringLiteral("SELECT %1 FROM record WHERE parent_id = ? ORDER BY id").arg(QLatin1String(recordColumns));
    Statement query(m_db, sql);
    if (query.run({parentId}, nullptr)) {
        while (query.next()) {
            children << recordFromQuery(query.query());
        }
    }
    return children;
}

bool RecordRows::insert(const ServerRecord &record, QString *error) const
{
    Statement query(
        m_db, QStringLiteral("INSERT INTO record(table_name, id, version, business_key, parent_id, owner_org, shared, "
                             "classified, deleted, created_at, updated_at, updated_by, body) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return query.run({record.table, record.id, record.version, businessKeyOf(record), nullable(record.parentId),
                      nullable(record.ownerOrg), record.shared ? 1 : 0, record.classified ? 1 : 0,
                      record.deleted ? 1 : 0, record.createdAt, record.updatedAt, record.updatedBy, bodyText(record)},
                     error);
}

bool RecordRows::update(const ServerRecord &record, QString *error) const
{
    Statement query(m_db,
                    QStringLiteral("UPDATE record SET version = ?, business_key = ?, parent_id = ?, owner_org = ?, "
                                   "shared = ?, classified = ?, deleted = ?, deleted_at = ?, updated_at = ?, "
                                   "updated_by = ?, body = ? WHERE table_name = ? AND id = ?"));
    return query.run({record.version, businessKeyOf(record), nullable(record.parentId), nullable(record.ownerOrg),
                      record.shared ? 1 : 0, record.classified ? 1 : 0, record.deleted ? 1 : 0,
                      record.deleted ? QVariant(record.updatedAt) : QVariant(QMetaType::fromType<QString>()),
                      record.updatedAt, record.updatedBy, bodyText(record), record.table, record.id},
                     error);
}

QString RecordRows::businessKeyOf(const ServerRecord &record)
{
    const std::optional<Entity> entity = models::entityOfTable(record.table);
    if (!entity) {
        return record.id;
    }
    const models::EntitySchema &schema = models::schemaOf(*entity);
    const QString key = QLatin1String(schema.businessKey) == QLatin1String("id")
                            ? record.id
                            : record.body.value(QLatin1String(schema.businessKey)).toString();
    // A child's key (an item's name) is unique within its parent only.
    return schema.holding == models::Holding::Child ? record.parentId + QLatin1Char('/') + key : key;
}

void RecordRows::deriveAudience(ServerRecord &record) const
{
    const QJsonObject &body = record.body;
    const std::optional<models::Entity> entity = models::entityOfTable(record.table);
    if (entity && models::schemaOf(*entity).holding == models::Holding::Child) {
        // Whoever holds the parent holds its children.
        const models::EntitySchema &schema = models::schemaOf(*entity);
        record.parentId = body.value(QLatin1String(schema.parentField)).toString();
        if (const std::optional<ServerRecord> parent =
                find(QString::fromLatin1(models::schemaOf(schema.parentEntity).table), record.parentId)) {
            record.ownerOrg = parent->ownerOrg;
            record.shared = parent->shared;
            record.classified = parent->classified;
        }
        return;
    }
    record.ownerOrg = body.value(QLatin1String("owner_org")).toString();
    record.shared = isReferenceTable(record.table) ||
                    body.value(QLatin1String("lifecycle")).toString() == QLatin1String("published");
    record.classified = body.value(QLatin1String("classified")).toBool();
}

} // namespace dew::server
