// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace dew::models {

struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString table;
    QString recordId;
    QString op;          // create, update, delete, restore, transition
    QJsonObject changes; // {field: {"old": v, "new": v}}
    qint64 baseVersion = 0;
    QString expectedState; // for transitions: the state the record was in
    QString actor;
    QString createdAt;
    QString conflictId;  // resolutions: the conflict they settle
    QJsonObject command; // application transitions: the ApplicationCommand
};

// The queue of local mutations that sync will push (DESIGN.md §5, invariant 1). Appends run
// inside the caller's transaction.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    bool append(const OutboxEntry &entry, QString *error) const;
    qint64 pendingCount() const;
    QList<OutboxEntry> entries(qint64 afterSeq = 0, int limit = 1000) const;
    QList<OutboxEntry> entriesFor(const QString &table, const QString &recordId) const; // oldest first
    // The fields that unpushed entries of one record change: a pulled row must not overwrite them.
    QSet<QString> pendingFields(const QString &table, const QString &recordId, bool *pendingDelete) const;
    bool hasPending(const QString &table, const QString &recordId) const;
    // Whether a queued create or transition set the record's state on this desktop alone, so that
    // its state_since is this desktop's and not yet dew-server's.
    bool hasPendingStateChange(const QString &table, const QString &recordId) const;
    bool remove(qint64 seq, QString *error) const;

private:
    bool anyPending(const QString &table, const QString &recordId, const QString &condition) const;

    QSqlDatabase m_db;
};

} // namespace dew::models
