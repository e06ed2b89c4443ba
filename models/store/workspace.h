// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace dew::models {

// One workspace = one SQLite file (DESIGN.md §4): WAL, synchronous=FULL, foreign keys, the
// bigram tokenizer, and the schema brought up to date by numbered migrations at open.
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens or creates the file. On failure returns nullptr and says why in *error; a file
    // written by a newer dew is refused before anything is written to it.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Workspace-wide settings kept in the file (the demo flag, the current demo user, …).
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    Workspace(QString connection, QString path, sqlite3 *handle);

    QString m_connection;
    QString m_path;
    sqlite3 *m_handle;
};

// A unit of work on a workspace, nestable: a savepoint that is released by commit() and rolled
// back if it goes out of scope uncommitted, so a failed write leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(const Workspace &workspace);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_done = false;
};

} // namespace dew::models
