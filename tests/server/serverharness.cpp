// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverharness.h"

#include "domain/uuid7.h"
#include "store/outbox.h"
#include "store/serverschema.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace dew::test {
namespace {

using models::Role;
using models::sync::Mutation;

void dropPostgresTables(const server::ServerDatabase &database)
{
    QSqlDatabase db = database.connection();
    QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS server_meta, change_counter, app_user, auth_token, record, "
                                      "applied_mutation, sync_conflict, record_change, blob CASCADE"));
}

} // namespace

bool postgresWanted()
{
    return qEnvironmentVariable("DEW_TEST_BACKEND") == QLatin1String("postgres");
}

server::DatabaseConfig testDatabase(const QString &sqliteFile)
{
    server::DatabaseConfig config;
    if (!postgresWanted()) {
        config.sqlitePath = sqliteFile;
        return config;
    }
    config.backend = server::Backend::Postgres;
    config.host = qEnvironmentVariable("DEW_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
    config.port =
        qEnvironmentVariableIntValue("DEW_TEST_PG_PORT") ? qEnvironmentVariableIntValue("DEW_TEST_PG_PORT") : 5432;
    config.name = qEnvironmentVariable("DEW_TEST_PG_NAME", QStringLiteral("dew_test"));
    config.user = qEnvironmentVariable("DEW_TEST_PG_USER", QStringLiteral("dew"));
    config.password = qEnvironmentVariable("DEW_TEST_PG_PASSWORD", QStringLiteral("dew"));
    return config;
}

QString postgresUnavailable(const server::DatabaseConfig &config)
{
    const server::ServerDatabase probe(config);
    QString error;
    return probe.connection(&error).isValid() ? QString() : QStringLiteral("PostgreSQL is not reachable: ") + error;
}

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

QString TestServer::start(int workerThreads)
{
    const server::DatabaseConfig config = testDatabase(m_dir.filePath(QStringLiteral("server.db")));
    if (config.backend == server::Backend::Postgres) {
        if (const QString why = postgresUnavailable(config); !why.isEmpty()) {
            return why;
        }
    }
    m_database = std::make_unique<server::ServerDatabase>(config);
    if (config.backend == server::Backend::Postgres) {
        dropPostgresTables(*m_database);
    }
    QString error;
    if (!server::createSchema(*m_database, &error)) {
        return QStringLiteral("cannot create the schema: ") + error;
    }
    server::AccountPolicy policy;
    policy.passwordCost = models::HashCost::minimal(); // the cost is libsodium's business; tests need speed
    m_accounts = std::make_unique<server::Accounts>(*m_database, policy);
    m_sync = std::make_unique<server::SyncService>(*m_database);
    const auto administrator =
        m_accounts->createUser({QStringLiteral("admin"), QStringLiteral("管理员"), Role::Admin, {}, password}, &error);
    if (!administrator) {
        return QStringLiteral("cannot create the administrator: ") + error;
    }
    admin = *administrator;

    QList<Mutation> reference{
        createMutation(QStringLiteral("region"), {{QStringLiteral("code"), QStringLiteral("150100")},
                                                  {QStringLiteral("name"), QStringLiteral("呼和浩特市")},
                                                  {QStringLiteral("level"), QStringLiteral("city")}})};
    reference << createMutation(QStringLiteral("organisation"),
                                {{QStringLiteral("uscc"), QStringLiteral("91350100M000100Y43")},
                                 {QStringLiteral("name"), QStringLiteral("呼和浩特市数据局")},
                                 {QStringLiteral("region_code"), QStringLiteral("150100")},
                                 {QStringLiteral("kind"), QStringLiteral("government")}});
    orgA = reference.last().recordId;
    reference << createMutation(QStringLiteral("organisation"),
                                {{QStringLiteral("uscc"), QStringLiteral("91110000600037341L")},
                                 {QStringLiteral("name"), QStringLiteral("呼和浩特市教育局")},
                                 {QStringLiteral("region_code"), QStringLiteral("150100")},
                                 {QStringLiteral("kind"), QStringLiteral("government")}});
    orgB = reference.last().recordId;
    const auto seeded = m_sync->push(admin, QStringLiteral("harness"), reference, &error);
    if (!seeded) {
        return QStringLiteral("cannot seed: ") + error;
    }
    for (const auto &result : seeded->results) {
        if (result.status != models::sync::MutationStatus::Applied) {
            return QStringLiteral("seed rejected: ") + result.reason;
        }
    }
    const auto user = [&](const char *login, Role role, const QString &org) {
        const auto created = m_accounts->createUser(
            {QString::fromLatin1(login), QString::fromLatin1(login), role, org, password}, &error);
        if (!created) {
            qFatal("cannot create the user %s: %s", login, qPrintable(error));
        }
        return *created;
    };
    officerA = user("officer-a", Role::Officer, orgA);
    officerA2 = user("officer-a2", Role::Officer, orgA);
    officerB = user("officer-b", Role::Officer, orgB);
    reviewer = user("reviewer", Role::Reviewer, orgA);
    reviewer2 = user("reviewer-2", Role::Reviewer, orgA);
    supervisor = user("supervisor", Role::Supervisor, orgA);

    m_blobs = std::make_unique<server::BlobStore>(*m_database);
    m_api = std::make_unique<server::Api>(*m_accounts, *m_sync, *m_blobs, server::ApiLimits{});
    server::HttpOptions options = http;
    options.workerThreads = workerThreads;
    m_http = std::make_unique<server::HttpServer>(*m_api, options);
    m_port = m_http->bind(QStringLiteral("127.0.0.1"), 0);
    if (m_port <= 0) {
        return QStringLiteral("cannot bind a loopback port");
    }
    m_thread = std::thread([this] { m_http->serve(); });
    while (!m_http->isRunning()) {
        std::this_thread::yield();
    }
    return {};
}

void TestServer::stop()
{
    if (m_http) {
        m_http->stop();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

TestClient::TestClient(const QUrl &url, const server::UserAccount &user)
    : m_http(url, 10000), m_session(m_http, m_tokens), m_actor(user.actor()), m_login(user.login)
{
    QString error;
    m_workspace = models::Workspace::open(m_dir.filePath(QStringLiteral("desk.dew")), &error);
    if (!m_workspace) {
        qFatal("cannot open a client workspace: %s", qPrintable(error));
    }
    m_loggedIn = m_session.login(user.login, password, &m_loginError);
    m_client = std::make_unique<models::sync::SyncClient>(*m_workspace, m_session);
}

bool TestClient::relogin(QString *error)
{
    return m_session.login(m_login, password, error);
}

models::sync::SyncReport TestClient::sync(const models::sync::SyncOptions &options)
{
    return m_client->sync(options);
}

qint64 TestClient::pending() const
{
    return models::Outbox(m_workspace->database()).pendingCount();
}

QJsonObject createChanges(const QVariantMap &values)
{
    QJsonObject changes;
    for (auto it = values.begin(); it != values.end(); ++it) {
        changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), QJsonValue()},
                                             {QStringLiteral("new"), QJsonValue::fromVariant(it.value())}});
    }
    return changes;
}

Mutation createMutation(const QString &table, const QVariantMap &values, qint64 clientSeq)
{
    return {models::newUuidV7(),
            clientSeq,
            table,
            models::newUuidV7(),
            QStringLiteral("create"),
            createChanges(values),
            0,
            {},
            {},
            {}};
}

QString createResource(TestClient &client, int number, const QString &org, const QString &name)
{
    const models::WriteResult result =
        client.records(models::Entity::DataResource)
            .create(client.actor(), resourceRecord(resourceCode(number),
                                                   name.isEmpty() ? QStringLiteral("资源%1").arg(number) : name, org));
    return result.ok() ? result.id : QString();
}

void verifySynced(const models::sync::SyncReport &report)
{
    QVERIFY2(report.ok, qPrintable(report.error));
}

} // namespace dew::test
