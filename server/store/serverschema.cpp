// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "domain/uuid7.h"

namespace dew::server {
namespace {

constexpr int schemaVersion = 2;

constexpr const char *statements[] = {
    "CREATE TABLE server_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // One row: every accepted change takes the next seq from it inside its transaction, so the
    // row lock orders commits and seq order equals commit order (DESIGN.md §5, invariant 2).
    "CREATE TABLE change_counter(id INTEGER PRIMARY KEY, seq BIGINT NOT NULL)",
    "INSERT INTO change_counter(id, seq) VALUES (1, 0)",
    "CREATE TABLE app_user(id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
    "role TEXT NOT NULL, org_id TEXT, password_hash TEXT NOT NULL, failed_logins INTEGER NOT NULL DEFAULT 0, "
    "locked_until TEXT, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)",
    // Tokens are stored as SHA-256 hashes: a copy of the database lets no one in.
    // A used refresh token remembers when and what replaced it: a client whose answer was lost
    // may present it again for a short while (see Accounts::refresh).
    "CREATE TABLE auth_token(token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, "
    "family TEXT NOT NULL, expires_at TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0, used_at TEXT, successor TEXT)",
    "CREATE INDEX auth_token_family ON auth_token(family)",
    "CREATE TABLE record(table_name TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
    "business_key TEXT NOT NULL, parent_id TEXT, owner_org TEXT, shared INTEGER NOT NULL DEFAULT 0, "
    "classified INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted_at TEXT, body TEXT NOT NULL, "
    "PRIMARY KEY (table_name, id))",
    "CREATE UNIQUE INDEX record_version ON record(version)",
    "CREATE UNIQUE INDEX record_business_key ON record(table_name, business_key) WHERE deleted = 0",
    "CREATE INDEX record_parent ON record(parent_id) WHERE parent_id IS NOT NULL",
    "CREATE INDEX record_tombstones ON record(deleted_at) WHERE deleted = 1",
    // What each pushed mutation got, so that a repeated push replays the answer (invariant 4).
    "CREATE TABLE applied_mutation(mutation_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, "
    "client_seq BIGINT NOT NULL, user_id TEXT NOT NULL, result TEXT NOT NULL, applied_at TEXT NOT NULL)",
    "CREATE INDEX applied_mutation_client ON applied_mutation(client_id, client_seq)",
    // Durable field conflicts (invariant 5): one open conflict per (record, field).
    "CREATE TABLE sync_conflict(id TEXT PRIMARY KEY, table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
    "field TEXT NOT NULL, owner_org TEXT, base TEXT NOT NULL, server_value TEXT NOT NULL, "
    "competing TEXT NOT NULL, state TEXT NOT NULL, opened_at TEXT NOT NULL, resolved_at TEXT, "
    "resolved_by TEXT, resolution TEXT, version BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX sync_conflict_open ON sync_conflict(table_name, record_id, field) WHERE state = 'open'",
    "CREATE INDEX sync_conflict_version ON sync_conflict(version)",
    // Each version a person's change stored: a record's history is read from here.
    "CREATE TABLE record_change(seq BIGINT PRIMARY KEY, table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
    "user_id TEXT NOT NULL, user_name TEXT NOT NULL, changed_at TEXT NOT NULL, deleted INTEGER NOT NULL, "
    "body TEXT NOT NULL)",
    "CREATE INDEX record_change_record ON record_change(table_name, record_id, seq)",
};

// Version 2: the content of application materials, addressed by its SHA-256. "IF NOT EXISTS":
// a version-1 backup restored into a version-2 store says version 1 beside the table.
QString blobTable(Backend backend)
{
    return QStringLiteral(
               "CREATE TABLE IF NOT EXISTS blob(sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, content %1 NOT NULL, "
               "created_at TEXT NOT NULL)")
        .arg(backend == Backend::Postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
}

} // namespace

bool createSchema(const ServerDatabase &database, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isValid()) {
        return false;
    }
    WriteTransaction transaction(db, database.backend());
    if (!transaction.ok()) {
        if (error) {
            *error = transaction.error();
        }
        return false;
    }
    for (const char *statement : statements) {
        if (!run(db, QString::fromLatin1(statement), error)) {
            return false;
        }
    }
    if (!run(db, blobTable(database.backend()), error)) {
        return false;
    }
    if (!writeMeta(db, metaSchemaVersion, QString::number(schemaVersion), error) ||
        !writeMeta(db, metaEpoch, models::newUuidV7(), error) ||
        !writeMeta(db, metaPurgedThrough, QStringLiteral("0"), error)) {
        return false;
    }
    if (!transaction.commit()) {
        if (error) {
            *error = transaction.error();
        }
        return false;
    }
    return true;
}

bool upgradeSchema(const ServerDatabase &database, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isValid()) {
        return false;
    }
    WriteTransaction transaction(db, database.backend());
    if (!transaction.ok()) {
        *error = transaction.error();
        return false;
    }
    const int version = readMeta(db, metaSchemaVersion).toInt();
    if (version > schemaVersion) {
        *error = QStringLiteral("the store has schema version %1; this dew-server knows up to %2")
                     .arg(version)
                     .arg(schemaVersion);
        return false;
    }
    if (version >= schemaVersion) {
        return true;
    }
    if ((version < 2 && !run(db, blobTable(database.backend()), error)) ||
        !writeMeta(db, metaSchemaVersion, QString::number(schemaVersion), error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool schemaExists(const ServerDatabase &database)
{
    QSqlDatabase db = database.connection();
    return db.isValid() && !readMeta(db, metaSchemaVersion).isEmpty();
}

QString readMeta(QSqlDatabase db, const char *key)
{
    Statement query(db, QStringLiteral("SELECT value FROM server_meta WHERE key = ?"));
    if (!query.run({QString::fromLatin1(key)}, nullptr) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

bool writeMeta(QSqlDatabase db, const char *key, const QString &value, QString *error)
{
    Statement query(db, QStringLiteral("INSERT INTO server_meta(key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    return query.run({QString::fromLatin1(key), value}, error);
}

qint64 latestSeq(QSqlDatabase db)
{
    Statement query(db, QStringLiteral("SELECT seq FROM change_counter WHERE id = 1"));
    if (!query.run({}, nullptr) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<StorePosition> readPosition(QSqlDatabase db, QString *error)
{
    Statement query(db,
                    QStringLiteral("SELECT seq, (SELECT value FROM server_meta WHERE key = ?), "
                                   "(SELECT value FROM server_meta WHERE key = ?) FROM change_counter WHERE id = 1"));
    if (!query.run({QString::fromLatin1(metaEpoch), QString::fromLatin1(metaPurgedThrough)}, error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        if (error) {
            *error = QStringLiteral("the change counter is missing");
        }
        return std::nullopt;
    }
    return StorePosition{query.value(1).toString(), query.value(0).toLongLong(), query.value(2).toLongLong()};
}

} // namespace dew::server
