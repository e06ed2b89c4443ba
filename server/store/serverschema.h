// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverdatabase.h"

#include <optional>

namespace dew::server {

// The server's schema, the same SQL on SQLite and PostgreSQL. Records of every synced table
// share one table keyed by (table_name, id), with their business fields as a JSON body: the
// server merges and checks fields by name, it never needs them as columns.
bool createSchema(const ServerDatabase &database, QString *error);
bool schemaExists(const ServerDatabase &database);
// Brings a store made by an older dew-server up to this one's schema; refuses a newer store.
bool upgradeSchema(const ServerDatabase &database, QString *error);

// server_meta keys
inline constexpr const char *metaEpoch = "epoch";
inline constexpr const char *metaSchemaVersion = "schema_version";
inline constexpr const char *metaPurgedThrough = "purged_through_seq"; // highest seq of a purged tombstone

QString readMeta(QSqlDatabase db, const char *key);
bool writeMeta(QSqlDatabase db, const char *key, const QString &value, QString *error);
// The seq of the newest committed change.
qint64 latestSeq(QSqlDatabase db);

// Where the store stands, read in one statement (so one snapshot): what a pull or a snapshot
// page states beside its rows.
struct StorePosition
{
    QString epoch;
    qint64 latestSeq = 0;
    qint64 purgedThrough = 0; // cursors below it are too old for a pull
};
std::optional<StorePosition> readPosition(QSqlDatabase db, QString *error);

} // namespace dew::server
