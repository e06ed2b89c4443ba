// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two ways back from a server that no longer matches this desktop's history (DESIGN.md §5):
// a cursor older than the server's tombstones (410) and a restored server (a new epoch).
#include "domain/schema.h"
#include "domain/uuid7.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace dew::models::sync {
namespace {

// Every row of a table that the server lets this user hold, by id; nullopt when a page failed.
std::optional<QHash<QString, ChangeRow>> serverRows(SyncSession &session, const QString &table, qint64 *asOf,
                                                    QString *error)
{
    QHash<QString, ChangeRow> rows;
    QString after;
    for (bool first = true;; first = false) {
        const HttpReply reply =
            session.get(QStringLiteral("/v1/snapshot"), QUrlQuery{{QStringLiteral("table"), table},
                                                                  {QStringLiteral("after"), after},
                                                                  {QStringLiteral("limit"), QStringLiteral("1000")}});
        if (!reply.ok()) {
            *error = reply.message();
            return std::nullopt;
        }
        if (first && asOf) {
            *asOf = reply.json.value(QLatin1String("as_of")).toInteger();
        }
        for (const QJsonValue &value : reply.json.value(QLatin1String("rows")).toArray()) {
            const ChangeRow row = ChangeRow::fromJson(value.toObject());
            rows.insert(row.id, row);
        }
        if (!reply.json.value(QLatin1String("has_more")).toBool()) {
            return rows;
        }
        after = reply.json.value(QLatin1String("next_after")).toString();
    }
}

QJsonObject change(const QJsonValue &old, const QJsonValue &now)
{
    return {{QStringLiteral("old"), old}, {QStringLiteral("new"), now}};
}

// What the restored server lacks of one local row, as mutations; none when it has it all.
QList<Mutation> mutationsToCatchUp(const ChangeRow &local, const std::optional<ChangeRow> &server)
{
    const std::optional<Entity> entity = entityOfTable(local.table);
    if (entity == Entity::ReviewRecord) {
        return {}; // written by the server's own transitions only; an administrator restores them
    }
    // Inventory lifecycles move through their actions; the workflow's own fields are the server's.
    const auto repushed = [&](const QString &field) {
        const FieldSpec *spec = entity ? schemaOf(*entity).field(field) : nullptr;
        const bool workflowOwned = spec && !spec->editable && !editSetsReadOnlyField(*entity);
        return field != QLatin1String("lifecycle") && !workflowOwned;
    };
    const auto mutation = [&](const QString &op, const QJsonObject &changes, qint64 base) {
        return Mutation{newUuidV7(), 0, local.table, local.id, op, changes, base, {}, {}, {}};
    };
    if (!server) {
        if (local.deleted) {
            return {};
        }
        QJsonObject changes;
        for (auto it = local.values.begin(); it != local.values.end(); ++it) {
            changes.insert(it.key(), change(QJsonValue(), it.value()));
        }
        return {mutation(QStringLiteral("create"), changes, 0)};
    }
    QList<Mutation> result;
    if (server->deleted && !local.deleted) {
        result << mutation(QStringLiteral("restore"), {{QStringLiteral("deleted"), change(true, false)}},
                           server->version);
    }
    QJsonObject changes;
    for (auto it = local.values.begin(); it != local.values.end(); ++it) {
        // Workflow states move only through their actions; a reviewer decides them again.
        if (repushed(it.key()) && server->values.value(it.key()) != it.value()) {
            changes.insert(it.key(), change(server->values.value(it.key()), it.value()));
        }
    }
    if (!changes.isEmpty() && !local.deleted) {
        result << mutation(QStringLiteral("update"), changes, server->version);
    }
    if (local.deleted && !server->deleted) {
        result << mutation(QStringLiteral("delete"), {{QStringLiteral("deleted"), change(false, true)}},
                           server->version);
    }
    return result;
}

} // namespace

bool SyncClient::rebuildFromSnapshot(SyncReport &report)
{
    report.resynced = true;
    QHash<QString, QHash<QString, ChangeRow>> snapshot;
    qint64 asOf = -1;
    for (const QString &table : syncedTables()) {
        qint64 tableAsOf = 0;
        std::optional<QHash<QString, ChangeRow>> rows = serverRows(m_session, table, &tableAsOf, &report.error);
        if (!rows) {
            return false;
        }
        asOf = asOf < 0 ? tableAsOf : std::min(asOf, tableAsOf);
        snapshot.insert(table, std::move(*rows));
    }
    QSqlDatabase db = m_workspace.database();
    const ForeignKeysOff unchecked(db);
    Transaction transaction(m_workspace);
    const Outbox outbox(db);
    bool ok = true;
    for (const QString &table : syncedTables()) {
        const QHash<QString, ChangeRow> &rows = snapshot[table];
        for (const ChangeRow &row : rows) {
            ok = ok && m_rows.apply(row, &report.error);
        }
        // What the server no longer has was deleted long enough ago for its tombstone to go;
        // rows with unpushed edits stay, and their edits with them.
        for (const ChangeRow &local : m_rows.synced(table)) {
            if (!rows.contains(local.id) && !outbox.hasPending(table, local.id)) {
                ok = ok && m_rows.evict(table, local.id, &report.error);
            }
        }
    }
    setMeta(metaCursor, QString::number(std::max<qint64>(asOf, 0)));
    return ok && transaction.commit();
}

bool SyncClient::repushAfterRestore(SyncReport &report, const QString &newEpoch)
{
    for (const QString &table : syncedTables()) {
        std::optional<QHash<QString, ChangeRow>> server = serverRows(m_session, table, nullptr, &report.error);
        if (!server) {
            return false;
        }
        QList<Mutation> mutations;
        for (const ChangeRow &local : m_rows.synced(table)) {
            const auto found = server->constFind(local.id);
            mutations << mutationsToCatchUp(local, found == server->cend() ? std::nullopt : std::optional(*found));
        }
        for (qsizetype start = 0; start < mutations.size(); start += 500) {
            QJsonArray batch;
            for (const Mutation &mutation : mutations.mid(start, 500)) {
                batch.append(mutation.toJson());
            }
            const HttpReply reply =
                m_session.post(QStringLiteral("/v1/push"),
                               {{QStringLiteral("client_id"), clientId()}, {QStringLiteral("mutations"), batch}});
            if (!reply.ok()) {
                report.error = reply.message();
                return false; // the epoch is not recorded yet: the next sync compares again
            }
            report.repushed += static_cast<int>(batch.size());
        }
    }
    // Pull everything of the new history; local rows are never deleted for being absent.
    setMeta(metaEpoch, newEpoch);
    setMeta(metaCursor, QStringLiteral("0"));
    return true;
}

} // namespace dew::models::sync
