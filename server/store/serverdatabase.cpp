// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdatabase.h"

#include <QSqlError>
#include <QThread>

#include <mutex>
#include <unordered_map>

namespace dew::server {

struct CachedStatement
{
    explicit CachedStatement(const QSqlDatabase &db) : query(db) {}
    QSqlQuery query;
    bool busy = false;
};

// The prepared statements of one connection, used only by the thread that owns the connection.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

    // The prepared query for this text, or nullptr when it is in use or does not prepare.
    CachedStatement *borrow(const QString &sql)
    {
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            auto statement = std::make_unique<CachedStatement>(m_db);
            if (!statement->query.prepare(sql)) {
                return nullptr; // the caller prepares its own and reports why
            }
            found = m_statements.emplace(sql, std::move(statement)).first;
        }
        if (found->second->busy) {
            return nullptr;
        }
        found->second->busy = true;
        return found->second.get();
    }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
};

namespace {

std::atomic<int> instanceCounter{0};

// Statement caches by connection name. Never destroyed: at exit the SQL drivers may be gone.
struct CacheRegistry
{
    std::mutex lock;
    std::unordered_map<QString, std::shared_ptr<StatementCache>> caches;
};

CacheRegistry &registry()
{
    static auto *const instance = new CacheRegistry;
    return *instance;
}

std::shared_ptr<StatementCache> cacheOf(const QString &connection)
{
    CacheRegistry &caches = registry();
    const std::lock_guard guard(caches.lock);
    const auto found = caches.caches.find(connection);
    return found == caches.caches.end() ? nullptr : found->second;
}

void setCache(const QString &connection, std::shared_ptr<StatementCache> cache)
{
    CacheRegistry &caches = registry();
    const std::lock_guard guard(caches.lock);
    if (cache) {
        caches.caches[connection] = std::move(cache);
    } else {
        caches.caches.erase(connection);
    }
}

// Its queries go before the connection: QtSql warns of a connection removed while in use.
void removeConnection(const QString &name)
{
    setCache(name, nullptr);
    QSqlDatabase::removeDatabase(name);
}

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
            removeConnection(name);
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
        removeConnection(name);
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
    setCache(name, std::make_shared<StatementCache>(db));
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

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_cache(cacheOf(db.connectionName()))
{
    m_borrowed = m_cache ? m_cache->borrow(sql) : nullptr;
    if (m_borrowed) {
        m_query = &m_borrowed->query;
        return;
    }
    m_query = &m_own.emplace(db);
    if (!m_own->prepare(sql)) {
        m_prepareError = m_own->lastError().text();
    }
}

Statement::~Statement()
{
    if (m_borrowed) {
        m_query->finish();
        m_borrowed->busy = false;
    }
}

bool Statement::run(const QVariantList &values, QString *error)
{
    if (!m_prepareError.isEmpty()) {
        if (error) {
            *error = m_prepareError;
        }
        return false;
    }
    for (qsizetype index = 0; index < values.size(); ++index) {
        m_query->bindValue(static_cast<int>(index), values.at(index));
    }
    if (!m_query->exec()) {
        if (error) {
            *error = m_query->lastError().text();
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

QList<qsizetype> powerOfTwoRuns(qsizetype count, qsizetype largest)
{
    QList<qsizetype> runs;
    for (qsizetype size = largest; count > 0; size /= 2) {
        for (; size > 0 && count >= size; count -= size) {
            runs << size;
        }
    }
    return runs;
}

QString placeholders(qsizetype rows, int columns)
{
    QStringList marks(columns, QStringLiteral("?"));
    const QString row =
        columns == 1 ? marks.first() : QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
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
