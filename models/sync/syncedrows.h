// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

// Writes what the server sends into the workspace's tables, outside the outbox: rows of a pull
// or a snapshot, and evictions. Fields that unpushed local edits change keep their local value
// (the server merges them when they arrive), so a pull never undoes what the user typed.
class SyncedRows
{
public:
    explicit SyncedRows(const Workspace &workspace) : m_workspace(workspace) {}

    bool apply(const ChangeRow &row, QString *error) const;
    // Removes a row the user may no longer hold (unless they have unpushed edits of it).
    bool evict(const QString &table, const QString &id, QString *error) const;
    // A local row as the server would send it; nullopt when there is none.
    std::optional<ChangeRow> find(const QString &table, const QString &id) const;
    // Every row of the table that came from the server (version > 0), tombstones included.
    QList<ChangeRow> synced(const QString &table) const;

    // The digests of what this workspace holds from the server (rows of version 0 are not yet
    // the server's), computed exactly as the server computes its own.
    QHash<QString, TableDigest> digests() const;

private:
    // Rows of the table matching an SQL condition with at most one bound value.
    QList<ChangeRow> select(const QString &table, const QString &condition, const QVariant &bound) const;
    bool refreshSearch(const QString &table, const QString &id, const QJsonObject &values, QString *error) const;

    const Workspace &m_workspace;
};

// The server is the authority on references between the rows it sends, and a pull page may
// name a row that a later page brings: sync applies its pages without local foreign-key checks.
class ForeignKeysOff
{
public:
    // Declare it before the transaction: SQLite changes the setting only outside one.
    explicit ForeignKeysOff(QSqlDatabase db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace dew::models::sync
