// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "conflictstore.h"
#include "store/serverdatabase.h"
#include "sync/protocol.h"

#include <QHash>

#include <functional>
#include <optional>

namespace dew::server {

struct PushReply
{
    QList<models::sync::MutationResult> results;
    qint64 latestSeq = 0;
    QString epoch;
};

struct PullPage
{
    QList<models::sync::ChangeRow> rows;
    qint64 next = 0; // the cursor to ask from next time
    bool hasMore = false;
    qint64 latestSeq = 0;
    QString epoch;
};

struct SnapshotPage
{
    QList<models::sync::ChangeRow> rows;
    QString nextAfter; // the id to continue after
    bool hasMore = false;
    qint64 asOf = 0; // pull from here once the snapshot is complete
    QString epoch;
};

enum class SyncFailure { None, ResyncRequired, BadRequest, Store };

// The protocol's server side (DESIGN.md §5) over one store, for one authenticated user at a time.
class SyncService
{
public:
    explicit SyncService(const ServerDatabase &database) : m_database(database) {}

    // One transaction per batch, one savepoint per mutation; a repeated mutation replays the
    // stored result.
    std::optional<PushReply> push(const UserAccount &user, const QString &clientId,
                                  const QList<models::sync::Mutation> &mutations, QString *error) const;
    SyncFailure pull(const UserAccount &user, qint64 since, int limit, PullPage *page, QString *error) const;
    SyncFailure snapshot(const UserAccount &user, const QString &table, const QString &after, int limit,
                         SnapshotPage *page, QString *error) const;
    std::optional<QHash<QString, models::sync::TableDigest>> digests(const UserAccount &user, QString *error) const;
    // One record as this user may see it: a row, an eviction, or nullopt when there is none.
    std::optional<models::sync::ChangeRow> record(const UserAccount &user, const QString &table, const QString &id,
                                                  QString *error) const;
    // The stored versions of a record the user may hold, oldest first; an empty array when they
    // may not hold it or it does not exist (history says nothing of records one cannot see).
    std::optional<QJsonArray> history(const UserAccount &user, const QString &table, const QString &id,
                                      QString *error) const;
    // The epoch and the newest seq: what a client checks before it pushes.
    std::optional<std::pair<QString, qint64>> status(QString *error) const;
    std::optional<QList<FieldConflict>> openConflicts(const UserAccount &user, QString *error) const;

    // Tombstones older than the window go; a cursor from before them then gets 410.
    bool purgeTombstones(int retentionDays, int *purged, QString *error) const;

    // Tests hold a push's transaction open here, before it takes the change counter, to make
    // commits land out of the order their transactions started in.
    void setBeforeCounterHook(std::function<void()> hook) { m_beforeCounter = std::move(hook); }

private:
    const ServerDatabase &m_database;
    std::function<void()> m_beforeCounter;
};

} // namespace dew::server
