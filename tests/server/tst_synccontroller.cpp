// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Background sync: the schedule with its backoff, and the controller against a real dew-server
// on loopback and against an address where nothing listens.
#include "serverharness.h"
#include "sync/synccontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace dew;
using models::Entity;
using models::sync::BackoffSchedule;
using models::sync::SyncController;
using models::sync::SyncStatus;

namespace {

std::unique_ptr<models::Workspace> openWorkspace(const QTemporaryDir &dir)
{
    QString error;
    auto workspace = models::Workspace::open(dir.filePath(QStringLiteral("desk.dew")), &error);
    if (!workspace) {
        qFatal("cannot open a workspace: %s", qPrintable(error));
    }
    return workspace;
}

// Nothing listens on port 1 of loopback: every request fails at once.
const QUrl unreachable(QStringLiteral("http://127.0.0.1:1"));

} // namespace

class SyncControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesUpToTheCap_data();
    void backoffDoublesUpToTheCap();
    void anUnreachableServerIsRetriedLessAndLessOften();
    void aDemoWorkspaceIsNeverSynced();
    void syncsInTheBackgroundAndOnDemand();
};

void SyncControllerTest::backoffDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("no failure: the interval") << 0 << 60'000;
    QTest::newRow("1 failure") << 1 << 120'000;
    QTest::newRow("2 failures") << 2 << 240'000;
    QTest::newRow("3 failures") << 3 << 480'000;
    QTest::newRow("4 failures: capped") << 4 << 900'000;
    QTest::newRow("40 failures: capped") << 40 << 900'000;
}

void SyncControllerTest::backoffDoublesUpToTheCap()
{
    QFETCH(int, failures);
    QFETCH(int, delayMs);
    BackoffSchedule schedule(60'000, 900'000);
    for (int i = 0; i < failures; ++i) {
        schedule.recordFailure();
    }
    QCOMPARE(schedule.nextDelayMs(), delayMs);
    schedule.recordSuccess();
    QCOMPARE(schedule.nextDelayMs(), 60'000);
}

void SyncControllerTest::anUnreachableServerIsRetriedLessAndLessOften()
{
    QTemporaryDir dir;
    auto workspace = openWorkspace(dir);
    models::sync::MemoryTokenStore tokens;
    SyncController controller(*workspace, unreachable, tokens, {200, 800});
    QList<qint64> attemptsAt;
    QElapsedTimer clock;
    clock.start();
    connect(&controller, &SyncController::statusChanged, this, [&] {
        if (!controller.status().syncing && controller.status().connection != SyncStatus::Connection::Unknown &&
            attemptsAt.size() < controller.schedule().failures()) {
            attemptsAt << clock.elapsed();
        }
    });
    controller.start();
    // Nobody asks again: the timer alone brings the retries.
    QTRY_VERIFY_WITH_TIMEOUT(attemptsAt.size() >= 4, 10'000);
    QCOMPARE(controller.status().connection, SyncStatus::Connection::Offline);
    QVERIFY(!controller.status().lastError.isEmpty());
    QVERIFY(controller.isTimerActive());
    // Waits of 400, 800 (capped), 800 ms after the first three failures.
    const qint64 expected[] = {400, 800, 800};
    for (int i = 0; i < 3; ++i) {
        const qint64 gap = attemptsAt.at(i + 1) - attemptsAt.at(i);
        // A coarse timer may fire up to 5 % early.
        QVERIFY2(gap >= expected[i] * 94 / 100 && gap < expected[i] + 1500,
                 qPrintable(QStringLiteral("gap %1: %2 ms").arg(i).arg(gap)));
    }
}

void SyncControllerTest::aDemoWorkspaceIsNeverSynced()
{
    QTemporaryDir dir;
    auto workspace = openWorkspace(dir);
    workspace->setMeta(QStringLiteral("demo"), QStringLiteral("1"));
    models::sync::MemoryTokenStore tokens;
    SyncController controller(*workspace, unreachable, tokens, {100, 400});
    controller.start();
    QTRY_COMPARE(controller.status().connection, SyncStatus::Connection::Refused);
    QVERIFY(controller.status().lastError.contains(QLatin1String("demo")));
    QVERIFY(!controller.isTimerActive());
}

void SyncControllerTest::syncsInTheBackgroundAndOnDemand()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient colleague(server.url(), server.officerA2);
    QVERIFY2(colleague.loggedIn(), qPrintable(colleague.loginError()));
    QVERIFY2(colleague.sync().ok, "the colleague's first sync failed"); // brings the organisations
    const models::WriteResult created =
        colleague.records(Entity::DataResource)
            .create(colleague.actor(),
                    test::resourceRecord(QStringLiteral("101001/000007"), QStringLiteral("人口基础信息"), server.orgA));
    QVERIFY(created.ok());
    QVERIFY2(colleague.sync().ok, "the colleague's sync failed");

    QTemporaryDir dir;
    auto workspace = openWorkspace(dir);
    models::sync::MemoryTokenStore tokens;
    {
        models::sync::HttpClient http(server.url());
        models::sync::SyncSession login(http, tokens);
        QString error;
        QVERIFY2(login.login(server.officerA.login, test::password, &error), qPrintable(error));
    }
    SyncController controller(*workspace, server.url(), tokens, {60'000, 600'000});
    QSignalSpy synced(&controller, &SyncController::synced);
    controller.start();
    QVERIFY(controller.status().syncing); // start() returns at once; the work is on the worker
    QTRY_COMPARE(synced.size(), 1);
    QCOMPARE(controller.status().connection, SyncStatus::Connection::Online);
    QVERIFY(controller.status().lastSuccess.isValid());
    QVERIFY(controller.isTimerActive());
    QVERIFY(controller.timerRemainingMs() > 50'000); // the regular interval
    models::RecordRepository resources(*workspace, Entity::DataResource);
    QVERIFY(resources.find(created.id));

    const models::Actor me = server.officerA.actor();
    QVERIFY(resources.update(me, created.id, {{QStringLiteral("name"), QStringLiteral("人口基础信息库")}}).ok());
    controller.refreshCounts();
    QCOMPARE(controller.status().pending, 1);
    controller.syncNow();
    QTRY_COMPARE(synced.size(), 2);
    QCOMPARE(controller.status().pending, 0);
    QVERIFY2(colleague.sync().ok, "the colleague's second sync failed");
    QCOMPARE(colleague.records(Entity::DataResource).find(created.id)->text(QStringLiteral("name")),
             QStringLiteral("人口基础信息库"));
}

QTEST_GUILESS_MAIN(SyncControllerTest)
#include "tst_synccontroller.moc"
