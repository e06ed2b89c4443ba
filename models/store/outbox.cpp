// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "domain/uuid7.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dew::models {

bool Outbox::append(const OutboxEntry &entry, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox(mutation_id, table_name, record_id, op, changes, base_version, "
        "expected_state, actor, created_at, conflict_id, command) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.mutationId.isEmpty() ? newUuidV7() : entry.mutationId);
    query.addBindValue(entry.table);
    query.addBindValue(entry.recordId);
    query.addBindValue(entry.op);
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)));
    query.addBindValue(entry.baseVersion);
    query.addBindValue(entry.expectedState.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : entry.expectedState);
    query.addBindValue(entry.actor);
    query.addBindValue(entry.createdAt);
    query.addBindValue(entry.conflictId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : entry.conflictId);
    query.addBindValue(entry.command.isEmpty()
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromUtf8(QJsonDocument(entry.command).toJson(QJsonDocument::Compact))));
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

qint64 Outbox::pendingCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next() ? query.value(0).toLongLong() : 0;
}

namespace {

const QString entryColumns = QStringLiteral("seq, mutation_id, table_name, record_id, op, changes, base_version, "
                                            "expected_state, actor, created_at, conflict_id, command");

QList<OutboxEntry> readEntries(QSqlQuery &query)
{
    QList<OutboxEntry> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(),
                       QJsonDocument::fromJson(query.value(5).toByteArray()).object(), query.value(6).toLongLong(),
                       query.value(7).toString(), query.value(8).toString(), query.value(9).toString(),
                       query.value(10).toString(), QJsonDocument::fromJson(query.value(11).toByteArray()).object()});
    }
    return result;
}

} // namespace

QList<OutboxEntry> Outbox::entries(qint64 afterSeq, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + entryColumns +
                  QStringLiteral(" FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    return readEntries(query);
}

QList<OutboxEntry> Outbox::entriesFor(const QString &table, const QString &recordId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + entryColumns +
                  QStringLiteral(" FROM outbox WHERE table_name = ? AND record_id = ? ORDER BY seq"));
    query.addBindValue(table);
    query.addBindValue(recordId);
    return readEntries(query);
}

QSet<QString> Outbox::pendingFields(const QString &table, const QString &recordId, bool *pendingDelete) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT op, changes, command FROM outbox WHERE table_name = ? AND record_id = ? ORDER BY seq"));
    query.addBindValue(table);
    query.addBindValue(recordId);
    QSet<QString> fields;
    *pendingDelete = false;
    if (!query.exec()) {
        return fields;
    }
    while (query.next()) {
        const QJsonObject changes = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            fields.insert(it.key());
        }
        if (!query.value(2).isNull()) {
            // An application's queued transition also moved what the workflow keeps beside the state.
            fields.unite({QStringLiteral("state_since"), QStringLiteral("compliance_approvals"),
                          QStringLiteral("change_under_review")});
        }
        // Deletes, restores and resolutions of a delete conflict all say where "deleted" goes.
        if (changes.contains(QLatin1String("deleted"))) {
            *pendingDelete = changes.value(QLatin1String("deleted")).toObject().value(QLatin1String("new")).toBool();
        } else if (query.value(0).toString() == QLatin1String("delete")) {
            *pendingDelete = true;
        }
    }
    return fields;
}

bool Outbox::hasPending(const QString &table, const QString &recordId) const
{
    return anyPending(table, recordId, QStringLiteral("1"));
}

bool Outbox::hasPendingStateChange(const QString &table, const QString &recordId) const
{
    return anyPending(table, recordId, QStringLiteral("(op = 'create' OR command IS NOT NULL)"));
}

bool Outbox::anyPending(const QString &table, const QString &recordId, const QString &condition) const
{
    QSqlQuery query(m_db);
    query.prepare(QString(QStringLiteral("SELECT 1 FROM outbox WHERE table_name = ? AND record_id = ? AND ") +
                          condition + QStringLiteral(" LIMIT 1")));
    query.addBindValue(table);
    query.addBindValue(recordId);
    return query.exec() && query.next();
}

bool Outbox::remove(qint64 seq, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

} // namespace dew::models
