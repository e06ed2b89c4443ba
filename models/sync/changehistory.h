// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

struct FieldChange
{
    QString field; // "deleted" for a delete or a restore
    QJsonValue before;
    QJsonValue after;
};

// One change of a record: who, when, which fields from what to what.
struct HistoryEntry
{
    enum class Kind { Created, Edited, Deleted, Restored };
    Kind kind = Kind::Edited;
    QString at; // UTC ISO 8601
    QString userName;
    bool pending = false; // made on this computer and not yet accepted by the server
    QList<FieldChange> fields;
};

// The server's stored versions of a record ([{seq, at, user, name, deleted, body}], oldest
// first) as changes, newest first: each version compared with the one before it.
QList<HistoryEntry> historyFromVersions(const QString &table, const QJsonArray &versions);

// The changes of a record still waiting in this workspace's outbox, newest first. The outbox
// names users by id; userName names the one this workspace belongs to.
QList<HistoryEntry> pendingHistory(const Workspace &workspace, const QString &table, const QString &recordId,
                                   const QString &userId, const QString &userName);

} // namespace dew::models::sync
