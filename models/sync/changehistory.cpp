// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changehistory.h"

#include "domain/schema.h"
#include "store/outbox.h"
#include "store/workspace.h"

#include <QJsonObject>

#include <algorithm>

namespace dew::models::sync {
namespace {

const QString deletedField = QStringLiteral("deleted");

// The fields of two versions in the order the record's form shows them; unknown ones after.
QStringList fieldOrder(const QString &table, const QJsonObject &before, const QJsonObject &after)
{
    QStringList order;
    if (const std::optional<Entity> entity = entityOfTable(table)) {
        for (const FieldSpec &spec : schemaOf(*entity).fields) {
            order << QString::fromLatin1(spec.name);
        }
    }
    for (const QJsonObject &body : {before, after}) {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!order.contains(it.key())) {
                order << it.key();
            }
        }
    }
    return order;
}

bool isBlank(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || value == QJsonValue(QString());
}

} // namespace

QList<HistoryEntry> historyFromVersions(const QString &table, const QJsonArray &versions)
{
    QList<HistoryEntry> result;
    QJsonObject previous;
    bool previousDeleted = false;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonObject version = versions.at(i).toObject();
        const QJsonObject body = version.value(QStringLiteral("body")).toObject();
        const bool deleted = version.value(deletedField).toBool();
        HistoryEntry entry;
        entry.at = version.value(QStringLiteral("at")).toString();
        entry.userName = version.value(QStringLiteral("name")).toString();
        if (i == 0) {
            entry.kind = HistoryEntry::Kind::Created;
        } else if (deleted != previousDeleted) {
            entry.kind = deleted ? HistoryEntry::Kind::Deleted : HistoryEntry::Kind::Restored;
            entry.fields << FieldChange{deletedField, previousDeleted, deleted};
        }
        for (const QString &field : fieldOrder(table, previous, body)) {
            const QJsonValue before = previous.value(field);
            const QJsonValue after = body.value(field);
            if (before != after && !(isBlank(before) && isBlank(after))) {
                entry.fields << FieldChange{field, before, after};
            }
        }
        if (i == 0 || !entry.fields.isEmpty()) {
            result.prepend(entry);
        }
        previous = body;
        previousDeleted = deleted;
    }
    return result;
}

QList<HistoryEntry> pendingHistory(const Workspace &workspace, const QString &table, const QString &recordId,
                                   const QString &userId, const QString &userName)
{
    QList<HistoryEntry> result;
    for (const OutboxEntry &pending : Outbox(workspace.database()).entriesFor(table, recordId)) {
        HistoryEntry entry;
        entry.pending = true;
        entry.at = pending.createdAt;
        entry.userName = pending.actor == userId ? userName : pending.actor;
        if (pending.op == QLatin1String("create")) {
            entry.kind = HistoryEntry::Kind::Created;
        } else if (pending.op == QLatin1String("delete")) {
            entry.kind = HistoryEntry::Kind::Deleted;
        } else if (pending.op == QLatin1String("restore")) {
            entry.kind = HistoryEntry::Kind::Restored;
        }
        const QStringList order = fieldOrder(table, {}, pending.changes);
        for (const QString &field : order) {
            if (pending.changes.contains(field)) {
                const QJsonObject change = pending.changes.value(field).toObject();
                entry.fields << FieldChange{field, change.value(QStringLiteral("old")),
                                            change.value(QStringLiteral("new"))};
            }
        }
        result.prepend(entry);
    }
    return result;
}

} // namespace dew::models::sync
