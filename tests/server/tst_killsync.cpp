// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crashes lose nothing and apply nothing twice (issue 4, point 5b): a desktop killed with
// SIGKILL while it pushes and while it applies a pulled page, and dew-server killed while it
// takes a push of 1,000 mutations.
#include "domain/uuid7.h"
#include "serverharness.h"
#include "store/outbox.h"
#include "store/serverschema.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <csignal>
#include <functional>

using namespace dew;
using models::Entity;

namespace {

constexpr int records = 1000;

int runProbe(const QString &workspace, const QUrl &url, const QString &login, int killAfterMs)
{
    QProcess probe;
    probe.start(QStringLiteral(DEW_SYNC_PROBE), {workspace, url.toString(), login, test::password});
    if (!probe.waitForStarted()) {
        return -1;
    }
    if (killAfterMs >= 0 && !probe.waitForFinished(killAfterMs)) {
        ::kill(static_cast<pid_t>(probe.processId()), SIGKILL);
        probe.waitForFinished();
        return -9;
    }
    probe.waitForFinished(120000);
    return probe.exitStatus() == QProcess::NormalExit ? probe.exitCode() : -9;
}

struct Kills
{
    int count = 0;
    bool midway = false; // some kill left the work part done: it struck while the sync ran
};

// Runs the probe again and again, killing it later each time (30 ms, 60 ms, …) so that the kills
// sweep across the whole sync, until one run gets through. `progress` says how much of `total`
// is done after each kill.
Kills killUntilDone(const QString &workspace, const QUrl &url, const QString &login, int total,
                    const std::function<int()> &progress)
{
    Kills kills;
    for (int attempt = 1; attempt <= 80; ++attempt) {
        const int outcome = runProbe(workspace, url, login, 30 * attempt);
        if (outcome == 0) {
            break;
        }
        if (outcome == -9) {
            ++kills.count;
            const int done = progress();
            kills.midway = kills.midway || (done > 0 && done < total);
        }
    }
    return kills;
}

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class KillSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void aDesktopKilledWhilePushingLosesNothing();
    void aDesktopKilledWhileApplyingAPageLosesNothing();
    void aServerKilledDuringAPushAppliesNothingTwice();
};

void KillSyncTest::aDesktopKilledWhilePushingLosesNothing()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.dew"));
    // The desktop first learns the organisations, then makes 1,000 resources offline.
    QCOMPARE(runProbe(path, server.url(), QStringLiteral("officer-a"), -1), 0);
    QString error;
    {
        auto workspace = models::Workspace::open(path, &error);
        models::RecordRepository resources(*workspace, Entity::DataResource);
        for (int n = 0; n < records; ++n) {
            const models::WriteResult result = resources.create(
                server.officerA.actor(),
                test::resourceRecord(test::resourceCode(n), QStringLiteral("资源%1").arg(n), server.orgA));
            QVERIFY2(result.ok(), qPrintable(models::describe(Entity::DataResource, result.errors)));
        }
    }
    // Killed again and again while it pushes, until one sync gets through.
    QSqlDatabase db = server.database().connection();
    const Kills kills = killUntilDone(path, server.url(), QStringLiteral("officer-a"), records, [&] {
        return scalar(db, QStringLiteral("SELECT count(*) FROM applied_mutation WHERE client_id <> 'harness'"));
    });
    QVERIFY(kills.count > 0);
    QVERIFY2(kills.midway, "no kill struck between the push's first and last batch");
    QCOMPARE(runProbe(path, server.url(), QStringLiteral("officer-a"), -1), 0);
    auto workspace = models::Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(models::Outbox(workspace->database()).pendingCount(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM record WHERE table_name = 'data_resource'")), records);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applied_mutation WHERE client_id <> 'harness'")), records);
    qInfo("%d kills during the push", kills.count);
}

void KillSyncTest::aDesktopKilledWhileApplyingAPageLosesNothing()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    {
        test::TestClient writer(server.url(), server.officerA);
        QVERIFY(writer.sync().ok);
        for (int n = 0; n < 3000; ++n) {
            QVERIFY(writer.records(Entity::DataResource)
                        .create(writer.actor(), test::resourceRecord(test::resourceCode(n),
                                                                     QStringLiteral("资源%1").arg(n), server.orgA))
                        .ok());
        }
        QVERIFY(writer.sync().ok);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reader.dew"));
    // Killed again and again while it applies pulled pages, until one sync gets through.
    const Kills kills = killUntilDone(path, server.url(), QStringLiteral("officer-a2"), 3000, [&] {
        QString error;
        const auto killed = models::Workspace::open(path, &error);
        return killed ? scalar(killed->database(), QStringLiteral("SELECT count(*) FROM data_resource")) : -1;
    });
    QVERIFY(kills.count > 0);
    QVERIFY2(kills.midway, "no kill struck between the pull's first and last page");
    QCOMPARE(runProbe(path, server.url(), QStringLiteral("officer-a2"), -1), 0);
    QString error;
    auto workspace = models::Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(scalar(workspace->database(), QStringLiteral("SELECT count(*) FROM data_resource")), 3000);
    QSqlQuery check(workspace->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    qInfo("%d kills while pulling", kills.count);
}

void KillSyncTest::aServerKilledDuringAPushAppliesNothingTwice()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("server.db"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEW_SERVER_DATABASE_PATH"), store);
    environment.insert(QStringLiteral("DEW_SERVER_ADMIN_PASSWORD"), test::password);
    QProcess init;
    init.setProcessEnvironment(environment);
    init.start(QStringLiteral(DEW_SERVER_BINARY), {QStringLiteral("--init")});
    QVERIFY(init.waitForFinished());
    QCOMPARE(init.exitCode(), 0);
    const auto startServer = [&](QProcess &process) {
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DEW_SERVER_BINARY), {QStringLiteral("--port"), QStringLiteral("0")});
        process.waitForStarted();
        while (process.state() == QProcess::Running && !process.canReadLine()) {
            process.waitForReadyRead(100);
        }
        return process.readLine().trimmed().split(':').last().toInt();
    };
    QProcess serverProcess;
    int port = startServer(serverProcess);
    QVERIFY(port > 0);
    // An administrator adds an organisation and its officer; the officer's desktop learns the
    // organisation and then makes 1,000 resources offline, pushed as one batch.
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    models::sync::HttpClient http(url);
    const QString token =
        http.post(QStringLiteral("/v1/login"),
                  {{QStringLiteral("login"), QStringLiteral("admin")}, {QStringLiteral("password"), test::password}},
                  {})
            .json.value(QLatin1String("access_token"))
            .toString();
    const QString orgId = models::newUuidV7();
    const auto change = [](const QString &value) {
        return QJsonObject{{QStringLiteral("old"), QJsonValue()}, {QStringLiteral("new"), value}};
    };
    const models::sync::Mutation org{models::newUuidV7(),
                                     1,
                                     QStringLiteral("organisation"),
                                     orgId,
                                     QStringLiteral("create"),
                                     {{QStringLiteral("uscc"), change(QStringLiteral("91350100M000100Y43"))},
                                      {QStringLiteral("name"), change(QStringLiteral("呼和浩特市数据局"))},
                                      {QStringLiteral("region_code"), change(QStringLiteral("150100"))},
                                      {QStringLiteral("kind"), change(QStringLiteral("government"))}},
                                     0,
                                     {},
                                     {},
                                     {}};
    QCOMPARE(http.post(QStringLiteral("/v1/push"),
                       {{QStringLiteral("client_id"), QStringLiteral("setup")},
                        {QStringLiteral("mutations"), QJsonArray{org.toJson()}}},
                       token)
                 .status,
             200);
    const models::sync::HttpReply officer = http.post(QStringLiteral("/v1/admin/users"),
                                                      {{QStringLiteral("login"), QStringLiteral("officer")},
                                                       {QStringLiteral("display_name"), QStringLiteral("填报员")},
                                                       {QStringLiteral("role"), QStringLiteral("officer")},
                                                       {QStringLiteral("org_id"), orgId},
                                                       {QStringLiteral("password"), test::password}},
                                                      token);
    QCOMPARE(officer.status, 201);
    const models::Actor actor{officer.json.value(QLatin1String("id")).toString(), QStringLiteral("填报员"),
                              models::Role::Officer, orgId};
    QTemporaryDir deskDir;
    const QString desk = deskDir.filePath(QStringLiteral("officer.dew"));
    QCOMPARE(runProbe(desk, url, QStringLiteral("officer"), -1), 0);
    QString error;
    auto workspace = models::Workspace::open(desk, &error);
    for (int n = 0; n < records; ++n) {
        const models::WriteResult result =
            models::RecordRepository(*workspace, Entity::DataResource)
                .create(actor, test::resourceRecord(test::resourceCode(n), QStringLiteral("资源%1").arg(n), orgId));
        QVERIFY2(result.ok(), qPrintable(models::describe(Entity::DataResource, result.errors)));
    }
    const qint64 made = models::Outbox(workspace->database()).pendingCount();
    QCOMPARE(made, records);
    workspace.reset();
    // Kill the server while the push is in flight, restart it, and sync until it goes through.
    int kills = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QUrl current(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QProcess probe;
        probe.start(QStringLiteral(DEW_SYNC_PROBE),
                    {desk, current.toString(), QStringLiteral("officer"), test::password});
        QThread::msleep(QRandomGenerator::global()->bounded(20, 400));
        if (!probe.waitForFinished(0) && serverProcess.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(serverProcess.processId()), SIGKILL);
            serverProcess.waitForFinished();
            ++kills;
            probe.waitForFinished(60000);
            port = startServer(serverProcess);
            QVERIFY(port > 0);
            continue;
        }
        probe.waitForFinished(60000);
        if (probe.exitCode() == 0) {
            break;
        }
    }
    QVERIFY(kills > 0);
    QCOMPARE(runProbe(desk, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("officer"), -1), 0);
    serverProcess.kill();
    serverProcess.waitForFinished();
    server::DatabaseConfig config;
    config.sqlitePath = store;
    const server::ServerDatabase database(config);
    QSqlDatabase db = database.connection();
    workspace = models::Workspace::open(desk, &error);
    QSqlQuery issues(workspace->database());
    QVERIFY(issues.exec(QStringLiteral("SELECT reason FROM sync_issue LIMIT 1")));
    QVERIFY2(!issues.next(), qPrintable(issues.value(0).toString()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM record WHERE table_name = 'data_resource'")), records);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applied_mutation WHERE client_id <> 'setup'")), records);
    QCOMPARE(models::Outbox(workspace->database()).pendingCount(), 0);
    qInfo("%d server kills during the push", kills);
}

QTEST_GUILESS_MAIN(KillSyncTest)
#include "tst_killsync.moc"
