// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// When the server's history and a desktop's part ways: tombstones purged past a cursor (410),
// a server restored from a backup (a new epoch), and a pull that would delete too much
// (DESIGN.md §5, invariants 6-8; issue 4, points 5c-5e).
#include "domain/clock.h"
#include "serverharness.h"
#include "store/backup.h"

#include <QSqlQuery>

using namespace dew;
using models::Entity;
using models::sync::SyncReport;

namespace {

int rows(models::Workspace &workspace, const QString &table)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next() ? query.value(0).toInt()
                                                                                            : -1;
}

void verifyConverged(test::TestClient &client)
{
    QString error;
    const auto server = client.client().serverDigests(&error);
    QVERIFY2(server, qPrintable(error));
    QCOMPARE(client.client().localDigests(), *server);
}

} // namespace

class SyncRecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { models::Clock::set(nullptr); }
    void anOldCursorRebuildsFromASnapshotAndKeepsTheOutbox();
    void aRestoredServerGetsNewerLocalRowsBack();
    void aMassDeleteWaitsForConfirmation();
};

void SyncRecoveryTest::anOldCursorRebuildsFromASnapshotAndKeepsTheOutbox()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient laptop(server.url(), server.officerA);
    test::TestClient office(server.url(), server.officerA2);
    test::verifySynced(laptop.sync());
    const QString gone = test::createResource(laptop, 1, server.orgA);
    const QString kept = test::createResource(laptop, 2, server.orgA);
    test::verifySynced(laptop.sync());
    test::verifySynced(office.sync());
    // The laptop goes offline and keeps working; the office deletes a record.
    QVERIFY(laptop.records(Entity::DataResource)
                .update(laptop.actor(), kept, {{QStringLiteral("summary"), QStringLiteral("离线修改")}})
                .ok());
    QVERIFY(office.records(Entity::DataResource).remove(office.actor(), gone).ok());
    test::verifySynced(office.sync());
    // 200 days later the server drops tombstones older than its 180-day window.
    models::Clock::set([] { return QDateTime::currentDateTimeUtc().addDays(200); });
    int purged = 0;
    QString error;
    QVERIFY2(server.sync().purgeTombstones(180, &purged, &error), qPrintable(error));
    QCOMPARE(purged, 1);
    models::Clock::set(nullptr);
    // The laptop's cursor is from before the purge: it is told so (410) and rebuilds, its
    // unpushed edit still waiting in the outbox.
    models::sync::SyncOptions pullOnly;
    pullOnly.push = false;
    const SyncReport rebuilt = laptop.sync(pullOnly);
    test::verifySynced(rebuilt);
    QVERIFY(rebuilt.resynced);
    QCOMPARE(laptop.pending(), 1);
    QVERIFY(!laptop.records(Entity::DataResource).find(gone));
    QCOMPARE(laptop.records(Entity::DataResource).find(kept)->text(QStringLiteral("summary")),
             QStringLiteral("离线修改"));
    test::verifySynced(laptop.sync());
    QCOMPARE(laptop.pending(), 0);
    test::verifySynced(office.sync());
    QCOMPARE(office.records(Entity::DataResource).find(kept)->text(QStringLiteral("summary")),
             QStringLiteral("离线修改"));
    verifyConverged(laptop);
}

void SyncRecoveryTest::aRestoredServerGetsNewerLocalRowsBack()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient desk(server.url(), server.officerA);
    test::verifySynced(desk.sync());
    const QString old = test::createResource(desk, 10, server.orgA);
    test::verifySynced(desk.sync());
    const QString backup =
        QDir::temp().filePath(QStringLiteral("dew-backup-%1.jsonl").arg(QCoreApplication::applicationPid()));
    QString error;
    QVERIFY2(server::backupTo(server.database(), backup, &error), qPrintable(error));
    // After the backup: a new record and an edit reach the server…
    const QString newer = test::createResource(desk, 11, server.orgA);
    QVERIFY(desk.records(Entity::DataResource)
                .update(desk.actor(), old, {{QStringLiteral("summary"), QStringLiteral("备份之后")}})
                .ok());
    test::verifySynced(desk.sync());
    // …and then the server is restored from the backup, which knows neither.
    QVERIFY2(server::restoreFrom(server.database(), backup, &error), qPrintable(error));
    QFile::remove(backup);
    const int before = rows(desk.workspace(), QStringLiteral("data_resource"));
    // The desktop logs in again (sessions do not survive a restore) and notices the new epoch.
    QString loginError;
    QVERIFY(desk.relogin(&loginError));
    const SyncReport report = desk.sync();
    test::verifySynced(report);
    QVERIFY(report.newEpoch);
    QVERIFY(report.repushed >= 2);
    QCOMPARE(rows(desk.workspace(), QStringLiteral("data_resource")), before); // nothing deleted here
    // The server has what it had forgotten, and another desktop sees it.
    test::TestClient other(server.url(), server.officerA2);
    test::verifySynced(other.sync());
    QVERIFY(other.records(Entity::DataResource).find(newer));
    QCOMPARE(other.records(Entity::DataResource).find(old)->text(QStringLiteral("summary")),
             QStringLiteral("备份之后"));
    verifyConverged(desk);
    verifyConverged(other);
}

void SyncRecoveryTest::aMassDeleteWaitsForConfirmation()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    test::verifySynced(officer.sync());
    QStringList ids;
    for (int n = 100; n < 250; ++n) {
        ids << test::createResource(officer, n, server.orgA);
    }
    test::verifySynced(officer.sync());
    test::verifySynced(reviewer.sync());
    // Someone deletes 40 of the organisation's 150 resources: more than a fifth.
    for (const QString &id : ids.mid(0, 40)) {
        QVERIFY(reviewer.records(Entity::DataResource).remove(reviewer.actor(), id).ok());
    }
    test::verifySynced(reviewer.sync());
    const SyncReport blocked = officer.sync();
    QVERIFY(!blocked.ok);
    QVERIFY(blocked.massDeleteBlocked);
    QCOMPARE(blocked.massDeleteTable, QStringLiteral("data_resource"));
    QCOMPARE(blocked.massDeleteCount, 40);
    QCOMPARE(officer.records(Entity::DataResource).count(), 150); // nothing deleted yet
    models::sync::SyncOptions confirmed;
    confirmed.allowMassDelete = true;
    test::verifySynced(officer.sync(confirmed));
    QCOMPARE(officer.records(Entity::DataResource).count(), 110);
    verifyConverged(officer);
}

QTEST_GUILESS_MAIN(SyncRecoveryTest)
#include "tst_syncrecovery.moc"
