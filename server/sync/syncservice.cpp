// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "domain/clock.h"
#include "mutationapplier.h"
#include "recordhistory.h"
#include "serverrecord.h"
#include "store/serverschema.h"

#include <QJsonDocument>

#include <algorithm>

namespace dew::server {
namespace {

using models::sync::ChangeRow;
using models::sync::MutationResult;
using models::sync::MutationStatus;

std::optional<MutationResult> storedResult(QSqlDatabase db, const QString &mutationId)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT result FROM applied_mutation WHERE mutation_id = ?"), {mutationId},
             nullptr) ||
        !query.next()) {
        return std::nullopt;
    }
    MutationResult result =
        MutationResult::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (result.status == MutationStatus::Applied) {
        result.status = MutationStatus::Duplicate;
    }
    return result;
}

} // namespace

std::optional<PushReply> SyncService::push(const UserAccount &user, const QString &clientId,
                                           const QList<models::sync::Mutation> &mutations, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    WriteTransaction transaction(db, m_database.backend());
    if (!transaction.ok()) {
        if (error) {
            *error = transaction.error();
        }
        return std::nullopt;
    }
    if (m_beforeCounter) {
        m_beforeCounter();
    }
    // Taking the counter row first serialises writers: whoever holds it commits before the next
    // one can number anything, so seq order is commit order (invariant 2).
    QSqlQuery counter(db);
    if (!run(counter, QStringLiteral("UPDATE change_counter SET seq = seq WHERE id = 1"), {}, error) ||
        !run(counter, QStringLiteral("SELECT seq FROM change_counter WHERE id = 1"), {}, error) || !counter.next()) {
        return std::nullopt;
    }
    SeqAllocator seqs(counter.value(0).toLongLong());
    MutationApplier applier(db, user, seqs);
    PushReply reply;
    QSqlQuery record(db);
    for (const models::sync::Mutation &mutation : mutations) {
        if (std::optional<MutationResult> replay = storedResult(db, mutation.mutationId)) {
            reply.results << *replay;
            continue;
        }
        Savepoint savepoint(db);
        MutationResult result = applier.apply(mutation);
        if (result.status == MutationStatus::Rejected) {
            savepoint.rollback();
        } else if (!savepoint.release()) {
            if (error) {
                *error = QStringLiteral("savepoint release failed");
            }
            return std::nullopt;
        }
        if (!run(record,
                 QStringLiteral("INSERT INTO applied_mutation(mutation_id, client_id, client_seq, user_id, result, "
                                "applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {mutation.mutationId, clientId, mutation.clientSeq, user.id,
                  QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)),
                  models::Clock::nowIso()},
                 error)) {
            return std::nullopt;
        }
        reply.results << result;
    }
    if (!run(counter, QStringLiteral("UPDATE change_counter SET seq = ? WHERE id = 1"), {seqs.last()}, error)) {
        return std::nullopt;
    }
    reply.latestSeq = seqs.last();
    reply.epoch = readMeta(db, metaEpoch);
    if (!transaction.commit()) {
        if (error) {
            *error = transaction.error();
        }
        return std::nullopt;
    }
    return reply;
}

SyncFailure SyncService::pull(const UserAccount &user, qint64 since, int limit, PullPage *page, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return SyncFailure::Store;
    }
    if (since < readMeta(db, metaPurgedThrough).toLongLong()) {
        return SyncFailure::ResyncRequired;
    }
    // Read before the rows: every seq up to it is committed, so the cursor may move to it.
    page->latestSeq = latestSeq(db);
    page->epoch = readMeta(db, metaEpoch);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM record WHERE version > ? AND version <= ? ORDER BY version LIMIT ?")
                 .arg(QLatin1String(recordColumns)),
             {since, page->latestSeq, limit + 1}, error)) {
        return SyncFailure::Store;
    }
    page->next = since;
    while (query.next()) {
        if (page->rows.size() == limit) {
            page->hasMore = true;
            break;
        }
        const ServerRecord record = recordFromQuery(query);
        page->rows << record.changeRowFor(user);
        page->next = record.version;
    }
    if (!page->hasMore) {
        page->next = std::max(page->next, page->latestSeq);
    }
    return SyncFailure::None;
}

SyncFailure SyncService::snapshot(const UserAccount &user, const QString &table, const QString &after, int limit,
                                  SnapshotPage *page, QString *error) const
{
    if (!models::entityOfTable(table)) {
        return SyncFailure::BadRequest;
    }
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return SyncFailure::Store;
    }
    page->asOf = latestSeq(db);
    page->epoch = readMeta(db, metaEpoch);
    QVariantList values{table, after};
    const QString condition = holdCondition(user, &values);
    values << limit + 1;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM record WHERE table_name = ? AND id > ? AND %2 ORDER BY id LIMIT ?")
                 .arg(QLatin1String(recordColumns), condition),
             values, error)) {
        return SyncFailure::Store;
    }
    while (query.next()) {
        if (page->rows.size() == limit) {
            page->hasMore = true;
            break;
        }
        page->rows << recordFromQuery(query).toChangeRow();
        page->nextAfter = page->rows.last().id;
    }
    return SyncFailure::None;
}

std::optional<QHash<QString, models::sync::TableDigest>> SyncService::digests(const UserAccount &user,
                                                                              QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    QHash<QString, models::sync::TableDigest> result;
    for (const QString &table : models::sync::syncedTables()) {
        QVariantList values{table};
        const QString condition = holdCondition(user, &values);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!run(query,
                 QStringLiteral("SELECT id, version, deleted FROM record WHERE table_name = ? AND %1").arg(condition),
                 values, error)) {
            return std::nullopt;
        }
        models::sync::DigestBuilder builder;
        while (query.next()) {
            builder.add(query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt() != 0);
        }
        result.insert(table, builder.finish());
    }
    return result;
}

std::optional<models::sync::ChangeRow> SyncService::record(const UserAccount &user, const QString &table,
                                                           const QString &id, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    const std::optional<ServerRecord> found = RecordRows(db).find(table, id);
    if (!found) {
        return std::nullopt;
    }
    return found->changeRowFor(user);
}

std::optional<QJsonArray> SyncService::history(const UserAccount &user, const QString &table, const QString &id,
                                               QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    const std::optional<ServerRecord> found = RecordRows(db).find(table, id);
    if (!found || !mayHold(user, *found)) {
        return QJsonArray();
    }
    return RecordHistory(db).versions(table, id, error);
}

std::optional<std::pair<QString, qint64>> SyncService::status(QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    return std::make_pair(readMeta(db, metaEpoch), latestSeq(db));
}

std::optional<QList<FieldConflict>> SyncService::openConflicts(const UserAccount &user, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    const RecordRows rows(db);
    QList<FieldConflict> result;
    for (const FieldConflict &conflict : ConflictStore(db).open()) {
        const std::optional<ServerRecord> record = rows.find(conflict.table, conflict.recordId);
        if (record && mayHold(user, *record)) {
            result << conflict;
        }
    }
    return result;
}

bool SyncService::purgeTombstones(int retentionDays, int *purged, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return false;
    }
    WriteTransaction transaction(db, m_database.backend());
    const QString cutoff = models::Clock::now().addDays(-retentionDays).toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery query(db);
    if (!transaction.ok() ||
        !run(query, QStringLiteral("SELECT max(version), count(*) FROM record WHERE deleted = 1 AND deleted_at < ?"),
             {cutoff}, error) ||
        !query.next()) {
        return false;
    }
    const qint64 highest = query.value(0).toLongLong();
    if (purged) {
        *purged = query.value(1).toInt();
    }
    if (query.value(1).toInt() == 0) {
        return true;
    }
    const qint64 before = readMeta(db, metaPurgedThrough).toLongLong();
    return run(query, QStringLiteral("DELETE FROM record WHERE deleted = 1 AND deleted_at < ?"), {cutoff}, error) &&
           RecordHistory(db).purgeOrphans(error) &&
           writeMeta(db, metaPurgedThrough, QString::number(std::max(before, highest)), error) && transaction.commit();
}

} // namespace dew::server
