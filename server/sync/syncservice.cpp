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

// The results this batch's mutations already got, by mutation id, as stored (JSON text).
bool readStoredResults(QSqlDatabase db, const QList<models::sync::Mutation> &mutations, QHash<QString, QString> *stored,
                       QString *error)
{
    qsizetype first = 0;
    for (const qsizetype count : powerOfTwoRuns(mutations.size(), 256)) {
        Statement query(db, QStringLiteral("SELECT mutation_id, result FROM applied_mutation WHERE mutation_id IN (%1)")
                                .arg(placeholders(count, 1)));
        QVariantList ids;
        for (qsizetype n = first; n < first + count; ++n) {
            ids << mutations.at(n).mutationId;
        }
        first += count;
        if (!query.run(ids, error)) {
            return false;
        }
        while (query.next()) {
            stored->insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    return true;
}

// A mutation met again gets what it got the first time, applied told as a duplicate.
MutationResult replayOf(const QString &stored)
{
    MutationResult result = MutationResult::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
    if (result.status == MutationStatus::Applied) {
        result.status = MutationStatus::Duplicate;
    }
    return result;
}

// Rows of applied_mutation, six values each, in few statements.
bool writeResults(QSqlDatabase db, const QList<QVariantList> &rows, QString *error)
{
    qsizetype first = 0;
    for (const qsizetype count : powerOfTwoRuns(rows.size(), 64)) {
        Statement insert(db, QStringLiteral("INSERT INTO applied_mutation(mutation_id, client_id, client_seq, user_id, "
                                            "result, applied_at) VALUES %1")
                                 .arg(placeholders(count, 6)));
        QVariantList values;
        for (qsizetype n = first; n < first + count; ++n) {
            values << rows.at(n);
        }
        first += count;
        if (!insert.run(values, error)) {
            return false;
        }
    }
    return true;
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
    qint64 lastSeq = 0;
    {
        Statement lock(db, QStringLiteral("UPDATE change_counter SET seq = seq WHERE id = 1"));
        Statement counter(db, QStringLiteral("SELECT seq FROM change_counter WHERE id = 1"));
        if (!lock.run({}, error) || !counter.run({}, error) || !counter.next()) {
            return std::nullopt;
        }
        lastSeq = counter.value(0).toLongLong();
    }
    SeqAllocator seqs(lastSeq);
    MutationApplier applier(db, user, seqs);
    // Read once the counter is held: a push of the same mutations that committed meanwhile is seen.
    QHash<QString, QString> stored;
    if (!readStoredResults(db, mutations, &stored, error)) {
        return std::nullopt;
    }
    PushReply reply;
    QList<QVariantList> results;
    for (const models::sync::Mutation &mutation : mutations) {
        if (const auto known = stored.constFind(mutation.mutationId); known != stored.constEnd()) {
            reply.results << replayOf(*known);
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
        const QString resultText = QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
        stored.insert(mutation.mutationId, resultText); // the same mutation twice in this batch
        results << QVariantList{mutation.mutationId,    clientId, mutation.clientSeq, user.id, resultText,
                                models::Clock::nowIso()};
        reply.results << result;
    }
    if (!writeResults(db, results, error)) {
        return std::nullopt;
    }
    if (Statement counter(db, QStringLiteral("UPDATE change_counter SET seq = ? WHERE id = 1"));
        !counter.run({seqs.last()}, error)) {
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
    // Read before the rows: every seq up to it is committed, so the cursor may move to it.
    const std::optional<StorePosition> position = readPosition(db, error);
    if (!position) {
        return SyncFailure::Store;
    }
    if (since < position->purgedThrough) {
        return SyncFailure::ResyncRequired;
    }
    page->latestSeq = position->latestSeq;
    page->epoch = position->epoch;
    static const QString sql =
        QStringLiteral("SELECT %1 FROM record WHERE version > ? AND version <= ? ORDER BY version LIMIT ?")
            .arg(QLatin1String(recordColumns));
    Statement query(db, sql);
    if (!query.run({since, page->latestSeq, limit + 1}, error)) {
        return SyncFailure::Store;
    }
    page->next = since;
    while (query.next()) {
        if (page->rows.size() == limit) {
            page->hasMore = true;
            break;
        }
        const ServerRecord record = recordFromQuery(query.query());
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
    const std::optional<StorePosition> position = readPosition(db, error);
    if (!position) {
        return SyncFailure::Store;
    }
    page->asOf = position->latestSeq;
    page->epoch = position->epoch;
    QVariantList values{table, after};
    const QString condition = holdCondition(user, &values);
    values << limit + 1;
    Statement query(db,
                    QStringLiteral("SELECT %1 FROM record WHERE table_name = ? AND id > ? AND %2 ORDER BY id LIMIT ?")
                        .arg(QLatin1String(recordColumns), condition));
    if (!query.run(values, error)) {
        return SyncFailure::Store;
    }
    while (query.next()) {
        if (page->rows.size() == limit) {
            page->hasMore = true;
            break;
        }
        page->rows << recordFromQuery(query.query()).toChangeRow();
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
    const std::optional<StorePosition> position = readPosition(db, error);
    if (!position) {
        return std::nullopt;
    }
    return std::make_pair(position->epoch, position->latestSeq);
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
