// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictstore.h"

#include "domain/clock.h"
#include "domain/uuid7.h"
#include "sync/protocol.h"

#include <QJsonDocument>

namespace dew::server {
namespace {

using models::sync::decodeJsonValue;
using models::sync::encodeJsonValue;

constexpr const char *columns =
    "id, table_name, record_id, field, owner_org, base, server_value, competing, state, opened_at, version";

QString encodeArray(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

FieldConflict conflictFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            decodeJsonValue(query.value(5).toString()),
            decodeJsonValue(query.value(6).toString()),
            QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array(),
            query.value(8).toString(),
            query.value(9).toString(),
            query.value(10).toLongLong()};
}

} // namespace

QJsonObject FieldConflict::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("table"), table},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("field"), field},
            {QStringLiteral("base"), base},
            {QStringLiteral("server_value"), serverValue},
            {QStringLiteral("competing"), competing},
            {QStringLiteral("state"), state},
            {QStringLiteral("opened_at"), openedAt},
            {QStringLiteral("version"), version}};
}

QString ConflictStore::openOrJoin(FieldConflict conflict, const CompetingValue &value, QString *error) const
{
    QJsonObject entry{{QStringLiteral("value"), value.value},
                      {QStringLiteral("user"), value.userId},
                      {QStringLiteral("name"), value.userName},
                      {QStringLiteral("mutation_id"), value.mutationId},
                      {QStringLiteral("at"), value.at}};
    if (!value.note.isEmpty()) {
        entry.insert(QStringLiteral("note"), value.note);
    }
    if (std::optional<FieldConflict> existing = openFor(conflict.table, conflict.recordId, conflict.field)) {
        for (const QJsonValue &known : std::as_const(existing->competing)) {
            if (known.toObject().value(QLatin1String("value")) == value.value) {
                return existing->id; // the same value again is the same position, listed once
            }
        }
        existing->competing.append(entry);
        Statement update(m_db, QStringLiteral("UPDATE sync_conflict SET competing = ?, version = ? WHERE id = ?"));
        return update.run({encodeArray(existing->competing), conflict.version, existing->id}, error) ? existing->id
                                                                                                     : QString();
    }
    conflict.id = models::newUuidV7();
    conflict.competing = QJsonArray{entry};
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO sync_conflict(id, table_name, record_id, field, owner_org, base, "
                                    "server_value, competing, state, opened_at, version) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
    return insert.run({conflict.id, conflict.table, conflict.recordId, conflict.field, conflict.ownerOrg,
                       encodeJsonValue(conflict.base), encodeJsonValue(conflict.serverValue),
                       encodeArray(conflict.competing), models::Clock::nowIso(), conflict.version},
                      error)
               ? conflict.id
               : QString();
}

std::optional<FieldConflict> ConflictStore::openFor(const QString &table, const QString &recordId,
                                                    const QString &field) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM sync_conflict WHERE table_name = ? AND record_id = ? AND field = ? AND "
                       "state = 'open'")
            .arg(QLatin1String(columns));
    Statement query(m_db, sql);
    if (!query.run({table, recordId, field}, nullptr) || !query.next()) {
        return std::nullopt;
    }
    return conflictFrom(query.query());
}

std::optional<FieldConflict> ConflictStore::find(const QString &id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?").arg(QLatin1String(columns));
    Statement query(m_db, sql);
    if (!query.run({id}, nullptr) || !query.next()) {
        return std::nullopt;
    }
    return conflictFrom(query.query());
}

bool ConflictStore::noteServerValue(const QString &table, const QString &recordId, const QString &field,
                                    const QJsonValue &value, qint64 version, QString *error) const
{
    Statement query(m_db, QStringLiteral("UPDATE sync_conflict SET server_value = ?, version = ? WHERE table_name = ? "
                                         "AND record_id = ? AND field = ? AND state = 'open'"));
    return query.run({encodeJsonValue(value), version, table, recordId, field}, error);
}

bool ConflictStore::resolve(const QString &id, const QString &userId, const QJsonValue &resolution, qint64 version,
                            QString *error) const
{
    Statement query(m_db,
                    QStringLiteral("UPDATE sync_conflict SET state = 'resolved', resolved_at = ?, "
                                   "resolved_by = ?, resolution = ?, version = ? WHERE id = ? AND state = 'open'"));
    return query.run({models::Clock::nowIso(), userId, encodeJsonValue(resolution), version, id}, error);
}

QList<FieldConflict> ConflictStore::open() const
{
    QList<FieldConflict> result;
    QSqlQuery query(m_db);
    if (run(query,
            QStringLiteral("SELECT %1 FROM sync_conflict WHERE state = 'open' ORDER BY opened_at, id")
                .arg(QLatin1String(columns)),
            {}, nullptr)) {
        while (query.next()) {
            result << conflictFrom(query);
        }
    }
    return result;
}

} // namespace dew::server
