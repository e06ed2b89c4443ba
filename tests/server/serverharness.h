// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../testrecords.h"
#include "accounts/accounts.h"
#include "api/api.h"
#include "http/httpserver.h"
#include "store/recordrepository.h"
#include "store/serverdatabase.h"
#include "store/workspace.h"
#include "sync/syncclient.h"
#include "sync/syncservice.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

namespace dew::test {

inline const QString password = QStringLiteral("correct horse 1");

// The backend the server tests run on: SQLite unless DEW_TEST_BACKEND=postgres. PostgreSQL is
// reached through DEW_TEST_PG_HOST/PORT/NAME/USER/PASSWORD; without it a test skips on a
// developer's machine and fails under CI.
server::DatabaseConfig testDatabase(const QString &sqliteFile);
bool postgresWanted();
QString postgresUnavailable(const server::DatabaseConfig &config); // empty when reachable

// A real dew-server on loopback: the store, the API and the HTTP transport on a free port,
// serving from its own thread, with an administrator, two organisations and users of every role.
class TestServer
{
public:
    TestServer();
    ~TestServer();
    // Empty on success, otherwise why the server could not start. Tests use a small pool; the
    // bench, the server's default.
    QString start(int workerThreads = 4);
    void stop();

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    server::ServerDatabase &database() { return *m_database; }
    server::SyncService &sync() { return *m_sync; }
    const server::Accounts &accounts() const { return *m_accounts; }

    server::HttpOptions http; // limits the next start() serves with (its thread count aside)
    server::UserAccount admin, officerA, officerA2, officerB, reviewer, reviewer2, supervisor;
    QString orgA, orgB;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerDatabase> m_database;
    std::unique_ptr<server::Accounts> m_accounts;
    std::unique_ptr<server::SyncService> m_sync;
    std::unique_ptr<server::BlobStore> m_blobs;
    std::unique_ptr<server::Api> m_api;
    std::unique_ptr<server::HttpServer> m_http;
    std::thread m_thread;
    int m_port = 0;
};

// A desktop: its own workspace file, logged in to the test server as one user.
class TestClient
{
public:
    TestClient(const QUrl &url, const server::UserAccount &user);

    models::Workspace &workspace() { return *m_workspace; }
    models::sync::SyncClient &client() { return *m_client; }
    const models::Actor &actor() const { return m_actor; }
    models::RecordRepository records(models::Entity entity) const { return {*m_workspace, entity}; }
    bool loggedIn() const { return m_loggedIn; }
    QString loginError() const { return m_loginError; }

    models::sync::SyncReport sync(const models::sync::SyncOptions &options = {});
    bool relogin(QString *error);
    qint64 pending() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Workspace> m_workspace;
    models::sync::HttpClient m_http;
    models::sync::MemoryTokenStore m_tokens;
    models::sync::SyncSession m_session;
    std::unique_ptr<models::sync::SyncClient> m_client;
    models::Actor m_actor;
    QString m_login;
    bool m_loggedIn = false;
    QString m_loginError;
};

// {field: {"old": null, "new": value}} for each value: what a create pushes.
QJsonObject createChanges(const QVariantMap &values);
// A create of a new record with these values, as a desktop would push it.
models::sync::Mutation createMutation(const QString &table, const QVariantMap &values, qint64 clientSeq = 0);
// Creates resource number n (code resourceCode(n)) on a desktop; its id, or empty if refused.
QString createResource(TestClient &client, int number, const QString &org, const QString &name = {});
// Fails the test unless the sync went through.
void verifySynced(const models::sync::SyncReport &report);

} // namespace dew::test

// Starts the server or ends the test: skip on a developer's machine without PostgreSQL, fail in CI.
#define DEW_START_SERVER(server)                                                                                       \
    do {                                                                                                               \
        const QString why = (server).start();                                                                          \
        if (!why.isEmpty()) {                                                                                          \
            if (qEnvironmentVariableIsSet("CI") || !dew::test::postgresWanted()) {                                     \
                QFAIL(qPrintable(why));                                                                                \
            }                                                                                                          \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)
