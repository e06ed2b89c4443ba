// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictresolver.h"

#include "domain/clock.h"
#include "protocol.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "syncedrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dew::models::sync {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::sync::ConflictResolver", source);
}

} // namespace

QList<OpenConflict> openConflicts(const Workspace &workspace)
{
    QList<OpenConflict> result;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, table_name, record_id, field, base, server_value, competing, opened_at "
                                   "FROM sync_conflict ORDER BY opened_at, id"))) {
        return result;
    }
    while (query.next()) {
        result << OpenConflict{query.value(0).toString(),
                               query.value(1).toString(),
                               query.value(2).toString(),
                               query.value(3).toString(),
                               decodeJsonValue(query.value(4).toString()),
                               decodeJsonValue(query.value(5).toString()),
                               QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array(),
                               query.value(7).toString()};
    }
    return result;
}

qint64 openConflictCount(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_conflict")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

QString resolveConflict(const Workspace &workspace, const Actor &actor, const QString &conflictId,
                        const QJsonValue &chosen)
{
    const QList<OpenConflict> conflicts = openConflicts(workspace);
    const auto found = std::find_if(conflicts.begin(), conflicts.end(),
                                    [&](const OpenConflict &conflict) { return conflict.id == conflictId; });
    if (found == conflicts.end()) {
        return text(QT_TRANSLATE_NOOP("dew::models::sync::ConflictResolver", "The conflict is no longer open."));
    }
    const SyncedRows rows(workspace);
    std::optional<ChangeRow> record = rows.find(found->table, found->recordId);
    if (!record) {
        return text(QT_TRANSLATE_NOOP("dew::models::sync::ConflictResolver", "The record is not in this workspace."));
    }
    const bool deletion = found->field == QLatin1String("deleted");
    const QJsonValue current = deletion ? QJsonValue(record->deleted) : record->values.value(found->field);
    Transaction transaction(workspace);
    OutboxEntry entry;
    entry.table = found->table;
    entry.recordId = found->recordId;
    entry.op = QStringLiteral("resolve");
    entry.changes = {{found->field, QJsonObject{{QStringLiteral("old"), current}, {QStringLiteral("new"), chosen}}}};
    entry.baseVersion = record->version;
    entry.actor = actor.userId;
    entry.createdAt = Clock::nowIso();
    entry.conflictId = found->id;
    QString error;
    if (!Outbox(workspace.database()).append(entry, &error)) {
        return error;
    }
    if (deletion) {
        record->deleted = chosen.toBool();
    } else {
        record->values.insert(found->field, chosen);
    }
    QSqlQuery forget(workspace.database());
    forget.prepare(QStringLiteral("DELETE FROM sync_conflict WHERE id = ?"));
    forget.addBindValue(found->id);
    if (!rows.apply(*record, &error) || !forget.exec() || !transaction.commit()) {
        return error.isEmpty() ? text(QT_TRANSLATE_NOOP("dew::models::sync::ConflictResolver",
                                                        "The resolution could not be saved."))
                               : error;
    }
    return {};
}

} // namespace dew::models::sync
