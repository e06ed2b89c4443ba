// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "domain/clock.h"
#include "domain/uuid7.h"
#include "logging.h"
#include "store/materialblobs.h"
#include "store/outbox.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dew::models::sync {
namespace {

bool keepIssue(QSqlDatabase db, const OutboxEntry &entry, const QString &reason, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_issue(mutation_id, table_name, record_id, op, changes, "
                                 "expected_state, reason, actor, edited_at, reported_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(entry.mutationId), QVariant(entry.table), QVariant(entry.recordId), QVariant(entry.op),
          QVariant(QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact))),
          QVariant(entry.expectedState), QVariant(reason), QVariant(entry.actor), QVariant(entry.createdAt),
          QVariant(Clock::nowIso())}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error) {
            *error = QStringLiteral("cannot keep the rejected change: %1").arg(entry.mutationId);
        }
        return false;
    }
    return true;
}

bool deleteLocalRow(QSqlDatabase db, const QString &table, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = 0").arg(table));
    query.addBindValue(id);
    return query.exec();
}

int liveCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)) && query.next()
               ? query.value(0).toInt()
               : 0;
}

} // namespace

SyncClient::SyncClient(const Workspace &workspace, SyncSession &session)
    : m_workspace(workspace), m_session(session), m_rows(workspace)
{
    if (meta(metaClientId).isEmpty()) {
        setMeta(metaClientId, newUuidV7());
    }
}

QString SyncClient::meta(const char *key) const
{
    return m_workspace.meta(QString::fromLatin1(key));
}

void SyncClient::setMeta(const char *key, const QString &value) const
{
    const_cast<Workspace &>(m_workspace).setMeta(QString::fromLatin1(key), value);
}

QString SyncClient::clientId() const
{
    return meta(metaClientId);
}

qint64 SyncClient::cursor() const
{
    return meta(metaCursor).toLongLong();
}

QString SyncClient::epoch() const
{
    return meta(metaEpoch);
}

SyncReport SyncClient::sync(const SyncOptions &options)
{
    SyncReport report;
    report.ok = checkEpoch(report) && refetchNoted(report);
    if (report.newEpoch) {
        MaterialBlobs(m_workspace).offerAllAgain();
    }
    if (report.ok && options.push) {
        uploadBlobs(report); // first, so that whoever pulls a material record finds its file
    }
    report.ok = report.ok && (!options.push || pushOutbox(report, options)) && pull(report, options) &&
                refreshConflicts(report);
    if (report.ok) {
        downloadBlobs(report, options);
    }
    report.fileIssuesChanged = forgetSettledFileIssues(m_workspace) || report.fileIssuesChanged;
    return report;
}

void SyncClient::blobFailed(SyncReport &report, const QString &sha256, FileIssue::Direction direction,
                            const QString &reason)
{
    report.blobError = reason;
    report.fileIssuesChanged = noteFileIssue(m_workspace, sha256, direction, reason) || report.fileIssuesChanged;
}

void SyncClient::blobTravelled(SyncReport &report, const QString &sha256, FileIssue::Direction direction)
{
    ++(direction == FileIssue::Direction::Upload ? report.blobsUploaded : report.blobsDownloaded);
    report.fileIssuesChanged = clearFileIssue(m_workspace, sha256, direction) || report.fileIssuesChanged;
}

void SyncClient::uploadBlobs(SyncReport &report)
{
    const MaterialBlobs blobs(m_workspace);
    for (const QString &sha256 : blobs.awaitingUpload()) {
        const std::optional<QByteArray> content = blobs.verifiedContent(sha256);
        if (!content) {
            qCWarning(lcSync) << "a kept material file no longer matches its SHA-256, not uploaded:" << sha256;
            blobFailed(report, sha256, FileIssue::Direction::Upload,
                       QCoreApplication::translate("dew::models::sync::SyncClient",
                                                   "The copy kept on this computer is damaged (its SHA-256 "
                                                   "differs)."));
            continue;
        }
        const HttpReply reply = m_session.putBytes(QStringLiteral("/v1/blobs/") + sha256, *content);
        if (reply.ok()) {
            blobs.markUploaded(sha256);
            blobTravelled(report, sha256, FileIssue::Direction::Upload);
            continue;
        }
        blobFailed(report, sha256, FileIssue::Direction::Upload, reply.message());
        qCWarning(lcSync) << "material file" << sha256 << "not uploaded:" << reply.status << reply.message();
        // A refusal (too large, not this role's to upload) would be the same next time; anything
        // else (the network, the server's store) may pass next time.
        if (reply.status == 400 || reply.status == 403 || reply.status == 413) {
            blobs.markUploaded(sha256);
            continue;
        }
        return;
    }
}

void SyncClient::downloadBlobs(SyncReport &report, const SyncOptions &options)
{
    const MaterialBlobs blobs(m_workspace);
    for (const QString &sha256 : blobs.missing(options.blobDownloads)) {
        const HttpReply reply = m_session.getBytes(QStringLiteral("/v1/blobs/") + sha256);
        if (reply.status == 404) {
            continue; // not uploaded yet by its author's desktop: the next sync asks again
        }
        if (!reply.ok()) {
            blobFailed(report, sha256, FileIssue::Direction::Download, reply.message());
            qCWarning(lcSync) << "material file" << sha256 << "not downloaded:" << reply.status << reply.message();
            return;
        }
        if (QString::fromLatin1(QCryptographicHash::hash(reply.bytes, QCryptographicHash::Sha256).toHex()) != sha256) {
            blobFailed(report, sha256, FileIssue::Direction::Download,
                       QCoreApplication::translate("dew::models::sync::SyncClient",
                                                   "The server sent other bytes than the material file %1.")
                           .arg(sha256));
            qCWarning(lcSync) << report.blobError;
            continue;
        }
        QString error;
        if (!blobs.store(reply.bytes, true, &error)) {
            blobFailed(report, sha256, FileIssue::Direction::Download, error);
            return;
        }
        blobTravelled(report, sha256, FileIssue::Direction::Download);
    }
}

bool SyncClient::checkEpoch(SyncReport &report)
{
    const HttpReply status = m_session.get(QStringLiteral("/v1/status"));
    if (!status.ok()) {
        report.error = status.message();
        return false;
    }
    const QString serverEpoch = status.json.value(QLatin1String("epoch")).toString();
    const qint64 latest = status.json.value(QLatin1String("latest_seq")).toInteger();
    if (epoch().isEmpty()) {
        setMeta(metaEpoch, serverEpoch);
        return true;
    }
    // A restored server, or one whose history ends before what this desktop has seen, may have
    // forgotten changes: push what it lacks; never delete anything here because of it.
    if (serverEpoch != epoch() || latest < cursor()) {
        report.newEpoch = true;
        return repushAfterRestore(report, serverEpoch);
    }
    return true;
}

bool SyncClient::pushOutbox(SyncReport &report, const SyncOptions &options)
{
    const Outbox outbox(m_workspace.database());
    qint64 after = 0;
    for (;;) {
        const QList<OutboxEntry> entries = outbox.entries(after, options.pushBatch);
        if (entries.isEmpty()) {
            return true;
        }
        QJsonArray mutations;
        for (const OutboxEntry &entry : entries) {
            mutations.append(Mutation{entry.mutationId, entry.seq, entry.table, entry.recordId, entry.op, entry.changes,
                                      entry.baseVersion, entry.expectedState, entry.conflictId, entry.command}
                                 .toJson());
        }
        const HttpReply reply = m_session.post(QStringLiteral("/v1/push"), {{QStringLiteral("client_id"), clientId()},
                                                                            {QStringLiteral("mutations"), mutations}});
        if (!reply.ok()) {
            report.error = reply.message();
            return false;
        }
        QHash<QString, MutationResult> results;
        for (const QJsonValue &value : reply.json.value(QLatin1String("results")).toArray()) {
            const MutationResult result = MutationResult::fromJson(value.toObject());
            results.insert(result.mutationId, result);
        }
        QSqlQuery refetch(m_workspace.database());
        refetch.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_refetch(table_name, record_id) VALUES (?, ?)"));
        Transaction transaction(m_workspace);
        QString error;
        for (const OutboxEntry &entry : entries) {
            after = entry.seq;
            const auto found = results.constFind(entry.mutationId);
            if (found == results.cend()) {
                continue; // no explicit answer: the entry stays for the next push
            }
            switch (found->status) {
            case MutationStatus::Applied:
            case MutationStatus::Duplicate:
                ++report.pushed;
                break;
            case MutationStatus::Conflict:
                ++report.conflicts;
                break;
            case MutationStatus::Rejected:
                ++report.rejected;
                if (!keepIssue(m_workspace.database(), entry, found->reason, &report.error)) {
                    return false;
                }
                break;
            }
            if (!outbox.remove(entry.seq, &report.error)) {
                return false;
            }
            // A refused or conflicting change is undone locally: the record shows what the server
            // kept, and the user's value lives on in the issue or the conflict. An application that
            // was filed or moved is read again too, even if the pull fails: dew-server wrote when it
            // entered its state, which the next decision on it names (ApplicationCommand).
            const bool serverWroteBookkeeping =
                !entry.command.isEmpty() ||
                (entry.op == QLatin1String("create") && entry.table == QLatin1String("authorization_application"));
            if (found->status == MutationStatus::Rejected || found->status == MutationStatus::Conflict ||
                serverWroteBookkeeping) {
                if (found->status == MutationStatus::Rejected && entry.op == QLatin1String("create") &&
                    !outbox.hasPending(entry.table, entry.recordId)) {
                    deleteLocalRow(m_workspace.database(), entry.table, entry.recordId); // its content is in the issue
                } else {
                    refetch.addBindValue(entry.table);
                    refetch.addBindValue(entry.recordId);
                    if (!refetch.exec()) {
                        report.error = QStringLiteral("cannot note a record to read again");
                        return false;
                    }
                }
            }
        }
        if (!transaction.commit()) {
            report.error = QStringLiteral("cannot record the push results");
            return false;
        }
        if (!refetchNoted(report)) {
            return false;
        }
    }
}

bool SyncClient::refetchNoted(SyncReport &report)
{
    QSqlQuery noted(m_workspace.database());
    if (!noted.exec(QStringLiteral("SELECT table_name, record_id FROM sync_refetch"))) {
        report.error = QStringLiteral("cannot read the records to read again");
        return false;
    }
    QList<std::pair<QString, QString>> records;
    while (noted.next()) {
        records.append({noted.value(0).toString(), noted.value(1).toString()});
    }
    for (const auto &[table, id] : std::as_const(records)) {
        if (!restoreServerState(table, id, &report.error)) {
            return false;
        }
    }
    return true;
}

bool SyncClient::restoreServerState(const QString &table, const QString &id, QString *error)
{
    const HttpReply reply = m_session.get(QStringLiteral("/v1/record"),
                                          QUrlQuery{{QStringLiteral("table"), table}, {QStringLiteral("id"), id}});
    if (reply.status == 404) {
        return forgetRefetch(table, id);
    }
    if (!reply.ok()) {
        *error = reply.message();
        return false;
    }
    const ChangeRow row = ChangeRow::fromJson(reply.json.value(QLatin1String("row")).toObject());
    ForeignKeysOff unchecked(m_workspace.database());
    Transaction transaction(m_workspace);
    const bool applied = row.evicted ? m_rows.evict(table, id, error) : m_rows.apply(row, error);
    return applied && forgetRefetch(table, id) && transaction.commit();
}

bool SyncClient::forgetRefetch(const QString &table, const QString &id)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM sync_refetch WHERE table_name = ? AND record_id = ?"));
    query.addBindValue(table);
    query.addBindValue(id);
    return query.exec();
}

bool SyncClient::pull(SyncReport &report, const SyncOptions &options)
{
    QHash<QString, int> deletions;
    for (;;) {
        const HttpReply reply = m_session.get(QStringLiteral("/v1/pull"),
                                              QUrlQuery{{QStringLiteral("since"), QString::number(cursor())},
                                                        {QStringLiteral("limit"), QString::number(options.pullPage)}});
        if (reply.status == 410) {
            if (!rebuildFromSnapshot(report)) {
                return false;
            }
            continue;
        }
        if (!reply.ok()) {
            report.error = reply.message();
            return false;
        }
        if (!applyPage(reply.json, report, options, deletions)) {
            return false;
        }
        if (!reply.json.value(QLatin1String("has_more")).toBool()) {
            return true;
        }
    }
}

bool SyncClient::applyPage(const QJsonObject &page, SyncReport &report, const SyncOptions &options,
                           QHash<QString, int> &deletions)
{
    QList<ChangeRow> rows;
    for (const QJsonValue &value : page.value(QLatin1String("rows")).toArray()) {
        rows << ChangeRow::fromJson(value.toObject());
    }
    QSqlDatabase db = m_workspace.database();
    // The mass-delete guard (invariant 8) counts before anything of the page is written.
    for (const ChangeRow &row : std::as_const(rows)) {
        if (row.deleted || row.evicted) {
            const std::optional<ChangeRow> local = m_rows.find(row.table, row.id);
            if (local && !local->deleted) {
                ++deletions[row.table];
            }
        }
    }
    if (!options.allowMassDelete) {
        for (auto it = deletions.cbegin(); it != deletions.cend(); ++it) {
            const int count = liveCount(db, it.key());
            if (it.value() > 500 || (count >= 100 && it.value() * 5 > count)) {
                report.massDeleteBlocked = true;
                report.massDeleteTable = it.key();
                report.massDeleteCount = it.value();
                report.error = QStringLiteral("this sync would delete %1 of %2 rows of %3; it waits for confirmation")
                                   .arg(it.value())
                                   .arg(count)
                                   .arg(it.key());
                return false;
            }
        }
    }
    ForeignKeysOff unchecked(db);
    Transaction transaction(m_workspace);
    for (const ChangeRow &row : std::as_const(rows)) {
        const bool done =
            row.evicted ? m_rows.evict(row.table, row.id, &report.error) : m_rows.apply(row, &report.error);
        if (!done) {
            return false;
        }
        ++(row.evicted ? report.evicted : report.pulled);
    }
    setMeta(metaCursor, QString::number(page.value(QLatin1String("next")).toInteger()));
    if (!transaction.commit()) {
        report.error = QStringLiteral("cannot save the pulled changes");
        return false;
    }
    return true;
}

bool SyncClient::refreshConflicts(SyncReport &report)
{
    const HttpReply reply = m_session.get(QStringLiteral("/v1/conflicts"));
    if (!reply.ok()) {
        report.error = reply.message();
        return false;
    }
    Transaction transaction(m_workspace);
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("DELETE FROM sync_conflict"))) {
        report.error = QStringLiteral("cannot store conflicts");
        return false;
    }
    for (const QJsonValue &value : reply.json.value(QLatin1String("conflicts")).toArray()) {
        const QJsonObject conflict = value.toObject();
        query.prepare(QStringLiteral("INSERT INTO sync_conflict(id, table_name, record_id, field, base, server_value, "
                                     "competing, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(conflict.value(QLatin1String("id")).toString());
        query.addBindValue(conflict.value(QLatin1String("table")).toString());
        query.addBindValue(conflict.value(QLatin1String("record_id")).toString());
        query.addBindValue(conflict.value(QLatin1String("field")).toString());
        query.addBindValue(encodeJsonValue(conflict.value(QLatin1String("base"))));
        query.addBindValue(encodeJsonValue(conflict.value(QLatin1String("server_value"))));
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(conflict.value(QLatin1String("competing")).toArray()).toJson(QJsonDocument::Compact)));
        query.addBindValue(conflict.value(QLatin1String("opened_at")).toString());
        if (!query.exec()) {
            report.error = QStringLiteral("cannot store conflicts");
            return false;
        }
    }
    return transaction.commit();
}

std::optional<QHash<QString, TableDigest>> SyncClient::serverDigests(QString *error)
{
    const HttpReply reply = m_session.get(QStringLiteral("/v1/digest"));
    if (!reply.ok()) {
        *error = reply.message();
        return std::nullopt;
    }
    QHash<QString, TableDigest> result;
    const QJsonObject tables = reply.json.value(QLatin1String("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonObject digest = it.value().toObject();
        result.insert(it.key(), {digest.value(QLatin1String("count")).toInteger(),
                                 digest.value(QLatin1String("hash")).toString()});
    }
    return result;
}

} // namespace dew::models::sync
