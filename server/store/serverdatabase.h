// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>

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

class StatementCache;
struct CachedStatement;

// A statement of a ServerDatabase connection, prepared the first time its text runs on that
// connection and kept for the connection's life. Running it again is one round trip to
// PostgreSQL (EXECUTE) where a fresh QSqlQuery costs three (PREPARE, EXECUTE, DEALLOCATE), and
// SQLite skips the parse. The rows are released when the Statement goes out of scope, so an
// SQLite read never outlives its scope. While one Statement holds a text, another Statement of
// the same text in the same thread gets a private query.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool run(const QVariantList &values, QString *error);
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    const QSqlQuery &query() const { return *m_query; }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::shared_ptr<StatementCache> m_cache; // alive while borrowed from
    CachedStatement *m_borrowed = nullptr;
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    QString m_prepareError;
};
bool run(QSqlDatabase db, const QString &sql, QString *error);

// Splits `count` items into runs for statements that take many rows at once: each run's size is
// a power of two up to `largest` (one too), so a connection keeps few texts prepared.
QList<qsizetype> powerOfTwoRuns(qsizetype count, qsizetype largest);
// Bind marks for `rows` rows: "?, ?" for one column, "(?, ?), (?, ?)" for two.
QString placeholders(qsizetype rows, int columns);

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
