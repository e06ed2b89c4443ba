// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <atomic>

namespace dew::server {

enum class Backend { Sqlite, Postgres };

struct DatabaseConfig
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath; // SQLite: the one file
    QString host;       // PostgreSQL:
    int port = 5432;
    QString name;
    QString user;
    QString password;
};

// The server's store through QtSql, with one connection per thread (DESIGN.md §7): a worker
// thread opens its own connection the first time it asks and keeps it.
class ServerDatabase
{
public:
    explicit ServerDatabase(DatabaseConfig config);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    Backend backend() const { return m_config.backend; }
    const DatabaseConfig &config() const { return m_config; }
    // This thread's connection, opened on first use; invalid (and *error set) if it cannot open.
    QSqlDatabase connection(QString *error = nullptr) const;
    // A description for logs, without the password.
    QString describe() const;

private:
    DatabaseConfig m_config;
    QString m_prefix; // connection names of this instance
};

// Runs a statement with positional bind values; on failure returns false and says why.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
bool run(QSqlDatabase db, const QString &sql, QString *error);

// One write transaction. SQLite takes the write lock at BEGIN IMMEDIATE (so two writers never
// deadlock on an upgrade); PostgreSQL begins READ COMMITTED and serialises on the change counter
// row. Rolled back if not committed.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, Backend backend);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool ok() const { return m_open; }
    const QString &error() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// A savepoint inside a WriteTransaction: one per mutation, so a refused mutation leaves nothing.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool release();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace dew::server
