// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdatabase.h"

#include <QSqlError>
#include <QThread>

namespace dew::server {
namespace {

std::atomic<int> instanceCounter{0};

QString threadTag()
{
    return QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

bool configure(QSqlDatabase &db, Backend backend, QString *error)
{
    QSqlQuery query(db);
    if (backend == Backend::Sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!run(query, QString::fromLatin1(pragma), {}, error)) {
                return false;
            }
        }
        return true;
    }
    // Times in the store are text written by the server; the session's zone must not matter.
    return run(db, QStringLiteral("SET TIME ZONE 'UTC'"), error);
}

} // namespace

ServerDatabase::ServerDatabase(DatabaseConfig config)
    : m_config(std::move(config)), m_prefix(QStringLiteral("dew-server-%1-").arg(++instanceCounter))
{
}

ServerDatabase::~ServerDatabase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_prefix)) {
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QSqlDatabase ServerDatabase::connection(QString *error) const
{
    const QString name = m_prefix + threadTag();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return db;
        }
        QSqlDatabase::removeDatabase(name);
    }
    const bool sqlite = m_config.backend == Backend::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.name);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
    }
    QString why;
    if (!db.open()) {
        why = db.lastError().text();
    } else if (!configure(db, m_config.backend, &why)) {
        db.close();
    }
    if (!why.isEmpty()) {
        if (error) {
            *error = QStringLiteral("cannot open %1: %2").arg(describe(), why);
        }
        return {};
    }
    return db;
}

QString ServerDatabase::describe() const
{
    if (m_config.backend == Backend::Sqlite) {
        return QStringLiteral("SQLite %1").arg(m_config.sqlitePath);
    }
    return QStringLiteral("PostgreSQL %1@%2:%3/%4")
        .arg(m_config.user, m_config.host)
        .arg(m_config.port)
        .arg(m_config.name);
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

bool run(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

WriteTransaction::WriteTransaction(QSqlDatabase db, Backend backend) : m_db(std::move(db))
{
    m_open =
        run(m_db, backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &m_error);
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_open) {
        return false;
    }
    m_open = false;
    if (!run(m_db, QStringLiteral("COMMIT"), &m_error)) {
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    return true;
}

void WriteTransaction::rollback()
{
    if (m_open) {
        m_open = false;
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
    }
}

Savepoint::Savepoint(QSqlDatabase db) : m_db(std::move(db))
{
    m_open = run(m_db, QStringLiteral("SAVEPOINT mutation"), nullptr);
}

Savepoint::~Savepoint()
{
    rollback();
}

bool Savepoint::release()
{
    if (!m_open) {
        return false;
    }
    m_open = false;
    return run(m_db, QStringLiteral("RELEASE SAVEPOINT mutation"), nullptr);
}

void Savepoint::rollback()
{
    if (m_open) {
        m_open = false;
        run(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT mutation"), nullptr);
        run(m_db, QStringLiteral("RELEASE SAVEPOINT mutation"), nullptr);
    }
}

} // namespace dew::server
