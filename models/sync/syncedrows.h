// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol.h"

#include <QHash>

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
    bool setVersion(const QString &table, const QString &id, qint64 version, QString *error) const;

    // The digests of what this workspace holds from the server (rows of version 0 are not yet
    // the server's), computed exactly as the server computes its own.
    QHash<QString, TableDigest> digests() const;

private:
    bool refreshSearch(const QString &table, const QString &id, const QJsonObject &values, QString *error) const;

    const Workspace &m_workspace;
};

} // namespace dew::models::sync
