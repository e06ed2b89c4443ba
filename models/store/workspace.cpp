// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "bigramtokenizer.h"
#include "logging.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace dew::models {
namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3 *const *>(handle.constData());
    }
    return nullptr;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error) {
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        }
        sqlite3_free(message);
        return false;
    }
    return true;
}

int readUserVersion(sqlite3 *db, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        version = sqlite3_column_int(statement, 0);
    } else if (error) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    return version;
}

bool migrate(sqlite3 *db, int from, QString *error)
{
    if (!exec(db, "BEGIN IMMEDIATE", error)) {
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= from) {
            continue;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.version);
        if (!exec(db, migration.sql, error) || !exec(db, setVersion.constData(), error)) {
            *error = QCoreApplication::translate("dew::models::Workspace", "Migration to schema %1 failed: %2")
                         .arg(migration.version)
                         .arg(*error);
            exec(db, "ROLLBACK", nullptr);
            return false;
        }
        qCInfo(lcStore) << "migrated workspace to schema" << migration.version;
    }
    return exec(db, "COMMIT", error);
}

} // namespace

Workspace::Workspace(QString connection, QString path, sqlite3 *handle)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_handle(handle)
{
}

Workspace::~Workspace()
{
    // SQLite's advice for long-lived connections: refresh the planner's statistics where needed.
    exec(m_handle, "PRAGMA optimize", nullptr);
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Workspace::latestSchemaVersion()
{
    return migrations().back().version;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("dew-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        sqlite3 *handle = nullptr;
        if (!db.open()) {
            problem = QCoreApplication::translate("dew::models::Workspace", "Cannot open the workspace %1: %2")
                          .arg(path, db.lastError().text());
        } else if (!(handle = handleOf(db))) {
            problem =
                QCoreApplication::translate("dew::models::Workspace", "The SQLite driver gives no native handle.");
        } else if (const int version = readUserVersion(handle, &problem); version < 0) {
            problem = QCoreApplication::translate("dew::models::Workspace", "%1 is not a dew workspace: %2")
                          .arg(path, problem);
        } else if (version > latestSchemaVersion()) {
            problem = QCoreApplication::translate(
                          "dew::models::Workspace",
                          "%1 was written by a newer version of dew (schema %2; this version knows schema %3). "
                          "It was not changed. Open it with a newer dew.")
                          .arg(path)
                          .arg(version)
                          .arg(latestSchemaVersion());
        } else if (!registerBigramTokenizer(handle)) {
            problem = QCoreApplication::translate("dew::models::Workspace",
                                                  "This SQLite library has no full-text search (FTS5).");
        } else if (!exec(handle,
                         "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                         "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                         &problem) ||
                   (version < latestSchemaVersion() && !migrate(handle, version, &problem))) {
            problem = QCoreApplication::translate("dew::models::Workspace", "Cannot prepare the workspace %1: %2")
                          .arg(path, problem);
        } else {
            return std::unique_ptr<Workspace>(new Workspace(connection, path, handle));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    qCWarning(lcStore).noquote() << problem;
    if (error) {
        *error = problem;
    }
    return nullptr;
}

int Workspace::schemaVersion() const
{
    return readUserVersion(m_handle, nullptr);
}

QString Workspace::meta(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void Workspace::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "cannot store workspace setting" << key << query.lastError().text();
    }
}

Transaction::Transaction(const Workspace &workspace) : m_db(workspace.database())
{
    static QAtomicInt counter;
    m_name = QStringLiteral("dew_tx_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
    }
}

bool Transaction::commit()
{
    QSqlQuery query(m_db);
    m_done = query.exec(QStringLiteral("RELEASE ") + m_name);
    if (!m_done) {
        qCWarning(lcStore) << "commit failed:" << query.lastError().text();
    }
    return m_done;
}

} // namespace dew::models
