// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync protocol end to end: desktops with their own workspaces against a real dew-server
// on loopback (DESIGN.md §5).
#include "serverharness.h"
#include "store/outbox.h"
#include "store/serverschema.h"
#include "sync/changehistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace dew;
using models::Entity;
using models::sync::SyncReport;

namespace {

int count(models::Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class SyncTest : public QObject
{
    Q_OBJECT

private slots:
    void aCreatedRecordReachesTheOtherDesktop();
    void editsOfDifferentFieldsMerge();
    void sameFieldDifferentValuesOpensOneConflict();
    void sameFieldSameValueIsNoConflict();
    void aResolutionSettlesTheConflict();
    void deleteAgainstEditIsAConflict();
    void aStaleTransitionIsRejectedAndKept();
    void aRepeatedPushAppliesNothingTwice();
    void officersHoldTheirOwnAndThePublishedCatalogue();
    void historySaysWhoChangedWhichFieldWhen();
};

void SyncTest::aCreatedRecordReachesTheOtherDesktop()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    QVERIFY2(first.loggedIn(), qPrintable(first.loginError()));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    const QString id = test::createResource(first, 1, server.orgA, QStringLiteral("人口基础信息"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(first.pending(), 1);
    test::verifySynced(first.sync());
    QCOMPARE(first.pending(), 0);
    test::verifySynced(second.sync());
    const auto seen = second.records(Entity::DataResource).find(id);
    QVERIFY(seen);
    QCOMPARE(seen->text(QStringLiteral("name")), QStringLiteral("人口基础信息"));
    QVERIFY(seen->version > 0);
    QString error;
    const auto serverDigests = second.client().serverDigests(&error);
    QVERIFY2(serverDigests, qPrintable(error));
    QCOMPARE(first.client().localDigests(), *serverDigests);
    QCOMPARE(second.client().localDigests(), *serverDigests);
}

void SyncTest::editsOfDifferentFieldsMerge()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    test::verifySynced(first.sync());
    const QString id = test::createResource(first, 2, server.orgA, QStringLiteral("户籍人口"));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    QVERIFY(first.records(Entity::DataResource)
                .update(first.actor(), id, {{QStringLiteral("name"), QStringLiteral("户籍人口信息")}})
                .ok());
    QVERIFY(second.records(Entity::DataResource)
                .update(second.actor(), id, {{QStringLiteral("update_cycle"), QStringLiteral("monthly")}})
                .ok());
    test::verifySynced(first.sync());
    const SyncReport report = second.sync();
    test::verifySynced(report);
    QCOMPARE(report.conflicts, 0);
    test::verifySynced(first.sync());
    for (test::TestClient *client : {&first, &second}) {
        const auto record = client->records(Entity::DataResource).find(id);
        QCOMPARE(record->text(QStringLiteral("name")), QStringLiteral("户籍人口信息"));
        QCOMPARE(record->text(QStringLiteral("update_cycle")), QStringLiteral("monthly"));
    }
    QCOMPARE(first.client().localDigests(), second.client().localDigests());
}

void SyncTest::sameFieldDifferentValuesOpensOneConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    test::TestClient third(server.url(), server.reviewer);
    test::verifySynced(first.sync());
    const QString id = test::createResource(first, 3, server.orgA, QStringLiteral("流动人口"));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    test::verifySynced(third.sync());
    const auto rename = [&](test::TestClient &client, const char *name) {
        QVERIFY(client.records(Entity::DataResource)
                    .update(client.actor(), id, {{QStringLiteral("name"), QString::fromUtf8(name)}})
                    .ok());
    };
    rename(first, "流动人口信息");
    rename(second, "流动人口登记");
    rename(third, "流动人口台账");
    test::verifySynced(first.sync());
    const SyncReport secondReport = second.sync();
    test::verifySynced(secondReport);
    QCOMPARE(secondReport.conflicts, 1);
    const SyncReport thirdReport = third.sync();
    QCOMPARE(thirdReport.conflicts, 1);
    test::verifySynced(first.sync());

    // One open conflict for (record, field) holding the base, the server's value and both competitors.
    QSqlQuery query(first.workspace().database());
    QVERIFY(query.exec(QStringLiteral("SELECT field, base, server_value, competing FROM sync_conflict")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("name"));
    QCOMPARE(QJsonDocument::fromJson(query.value(1).toByteArray()).array().at(0).toString(),
             QStringLiteral("流动人口"));
    QCOMPARE(QJsonDocument::fromJson(query.value(2).toByteArray()).array().at(0).toString(),
             QStringLiteral("流动人口信息"));
    QStringList competing;
    for (const QJsonValue &entry : QJsonDocument::fromJson(query.value(3).toByteArray()).array()) {
        competing << entry.toObject().value(QLatin1String("value")).toString();
    }
    QCOMPARE(competing, (QStringList{QStringLiteral("流动人口登记"), QStringLiteral("流动人口台账")}));
    QVERIFY(!query.next());
    // The server's value stands until a person decides; every desktop shows it after a sync.
    test::verifySynced(second.sync());
    QCOMPARE(second.records(Entity::DataResource).find(id)->text(QStringLiteral("name")),
             QStringLiteral("流动人口信息"));
}

void SyncTest::sameFieldSameValueIsNoConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    test::verifySynced(first.sync());
    const QString id = test::createResource(first, 4, server.orgA, QStringLiteral("出生登记"));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    for (test::TestClient *client : {&first, &second}) {
        QVERIFY(client->records(Entity::DataResource)
                    .update(client->actor(), id, {{QStringLiteral("update_cycle"), QStringLiteral("weekly")}})
                    .ok());
    }
    test::verifySynced(first.sync());
    const SyncReport report = second.sync();
    test::verifySynced(report);
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(count(second.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
}

void SyncTest::aResolutionSettlesTheConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    test::verifySynced(first.sync());
    const QString id = test::createResource(first, 5, server.orgA, QStringLiteral("死亡登记"));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    QVERIFY(first.records(Entity::DataResource)
                .update(first.actor(), id, {{QStringLiteral("summary"), QStringLiteral("甲")}})
                .ok());
    QVERIFY(second.records(Entity::DataResource)
                .update(second.actor(), id, {{QStringLiteral("summary"), QStringLiteral("乙")}})
                .ok());
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    QSqlQuery query(second.workspace().database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM sync_conflict")) && query.next());
    const QString conflictId = query.value(0).toString();
    // The resolution is a mutation like any other: it travels through the outbox.
    const models::Outbox outbox(second.workspace().database());
    QVERIFY(outbox.append(
        {0,
         {},
         QStringLiteral("data_resource"),
         id,
         QStringLiteral("resolve"),
         QJsonObject{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("old"), QStringLiteral("甲")},
                                                             {QStringLiteral("new"), QStringLiteral("乙")}}}},
         0,
         {},
         second.actor().userId,
         QStringLiteral("2026-11-28T00:00:00.000Z"),
         conflictId,
         {}},
        nullptr));
    test::verifySynced(second.sync());
    QCOMPARE(count(second.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    test::verifySynced(first.sync());
    QCOMPARE(count(first.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    QCOMPARE(first.records(Entity::DataResource).find(id)->text(QStringLiteral("summary")), QStringLiteral("乙"));
}

void SyncTest::deleteAgainstEditIsAConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    test::verifySynced(first.sync());
    const QString id = test::createResource(first, 6, server.orgA, QStringLiteral("婚姻登记"));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    QVERIFY(first.records(Entity::DataResource)
                .update(first.actor(), id, {{QStringLiteral("summary"), QStringLiteral("新")}})
                .ok());
    QVERIFY(second.records(Entity::DataResource).remove(second.actor(), id).ok());
    test::verifySynced(first.sync());
    const SyncReport report = second.sync();
    test::verifySynced(report);
    QCOMPARE(report.conflicts, 1);
    // Nothing was overwritten silently: the record lives on with the edit, the delete waits for a person.
    const auto record = second.records(Entity::DataResource).find(id);
    QVERIFY(!record->deleted);
    QCOMPARE(record->text(QStringLiteral("summary")), QStringLiteral("新"));
    QSqlQuery query(second.workspace().database());
    QVERIFY(query.exec(QStringLiteral("SELECT field FROM sync_conflict")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("deleted"));
}

void SyncTest::aStaleTransitionIsRejectedAndKept()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient one(server.url(), server.reviewer);
    test::TestClient two(server.url(), server.reviewer2);
    test::verifySynced(officer.sync());
    const QString id = test::createResource(officer, 7, server.orgA, QStringLiteral("收养登记"));
    QVERIFY(officer.records(Entity::DataResource).perform(officer.actor(), id, models::RecordAction::Submit).ok());
    test::verifySynced(officer.sync());
    test::verifySynced(one.sync());
    test::verifySynced(two.sync());
    // Offline, one reviewer publishes and the other returns the same record.
    QVERIFY(one.records(Entity::DataResource).perform(one.actor(), id, models::RecordAction::Publish).ok());
    QVERIFY(two.records(Entity::DataResource).perform(two.actor(), id, models::RecordAction::Return).ok());
    test::verifySynced(one.sync());
    const SyncReport report = two.sync();
    test::verifySynced(report);
    QCOMPARE(report.rejected, 1);
    // Never two decisions in force: the second desktop shows the first decision…
    QCOMPARE(two.records(Entity::DataResource).find(id)->lifecycle(), QStringLiteral("published"));
    // …and keeps its own, with the reason, until its author discards it.
    QSqlQuery query(two.workspace().database());
    QVERIFY(query.exec(QStringLiteral("SELECT op, reason, changes FROM sync_issue")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("transition"));
    QVERIFY2(query.value(1).toString().contains(QLatin1String("Stale")), qPrintable(query.value(1).toString()));
    QVERIFY(query.value(2).toString().contains(QLatin1String("draft")));
}

void SyncTest::aRepeatedPushAppliesNothingTwice()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    QString error;
    const models::sync::Mutation create = test::createMutation(
        QStringLiteral("data_resource"),
        test::resourceRecord(test::resourceCode(8), QStringLiteral("社保"), server.orgA).values, 1);
    const auto first = server.sync().push(server.officerA, QStringLiteral("c1"), {create}, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->results.at(0).status, models::sync::MutationStatus::Applied);
    const qint64 seqAfterFirst = server::latestSeq(server.database().connection());
    const auto again = server.sync().push(server.officerA, QStringLiteral("c1"), {create}, &error);
    QCOMPARE(again->results.at(0).status, models::sync::MutationStatus::Duplicate);
    QCOMPARE(again->results.at(0).version, first->results.at(0).version);
    QCOMPARE(server::latestSeq(server.database().connection()), seqAfterFirst);
}

void SyncTest::officersHoldTheirOwnAndThePublishedCatalogue()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient a(server.url(), server.officerA);
    test::TestClient b(server.url(), server.officerB);
    test::TestClient reviewer(server.url(), server.reviewer);
    test::verifySynced(a.sync());
    const QString id = test::createResource(a, 9, server.orgA, QStringLiteral("医保"));
    QVERIFY(a.records(Entity::DataResource).perform(a.actor(), id, models::RecordAction::Submit).ok());
    test::verifySynced(a.sync());
    test::verifySynced(b.sync());
    QVERIFY(!b.records(Entity::DataResource).find(id)); // a draft of another organisation stays there
    test::verifySynced(reviewer.sync());
    QVERIFY(reviewer.records(Entity::DataResource).perform(reviewer.actor(), id, models::RecordAction::Publish).ok());
    test::verifySynced(reviewer.sync());
    test::verifySynced(b.sync());
    QCOMPARE(b.records(Entity::DataResource).find(id)->lifecycle(), QStringLiteral("published"));
    // Withdrawn from the catalogue, it leaves the other organisation's desktop again.
    QVERIFY(reviewer.records(Entity::DataResource).perform(reviewer.actor(), id, models::RecordAction::Withdraw).ok());
    test::verifySynced(reviewer.sync());
    const SyncReport report = b.sync();
    test::verifySynced(report);
    QCOMPARE(report.evicted, 1);
    QVERIFY(!b.records(Entity::DataResource).find(id));
    QString error;
    QCOMPARE(b.client().localDigests(), *b.client().serverDigests(&error));
}

void SyncTest::historySaysWhoChangedWhichFieldWhen()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    test::verifySynced(first.sync());
    const QString id = test::createResource(first, 21, server.orgA, QStringLiteral("出生医学证明"));
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());
    QVERIFY(second.records(Entity::DataResource)
                .update(second.actor(), id,
                        {{QStringLiteral("summary"), QStringLiteral("新摘要")},
                         {QStringLiteral("name"), QStringLiteral("出生医学证明信息")}})
                .ok());
    test::verifySynced(second.sync());
    test::verifySynced(first.sync());
    QVERIFY(first.records(Entity::DataResource).remove(first.actor(), id).ok());
    QVERIFY(first.records(Entity::DataResource).restore(first.actor(), id).ok());
    // Not yet synced: the desktop's own part of the history.
    const QList<models::sync::HistoryEntry> pending = models::sync::pendingHistory(
        first.workspace(), QStringLiteral("data_resource"), id, first.actor().userId, QStringLiteral("我"));
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).kind, models::sync::HistoryEntry::Kind::Restored);
    QVERIFY(pending.at(0).pending);
    QCOMPARE(pending.at(1).kind, models::sync::HistoryEntry::Kind::Deleted);
    QCOMPARE(pending.at(1).userName, QStringLiteral("我"));
    test::verifySynced(first.sync());

    QString error;
    const auto versions = server.sync().history(server.officerA2, QStringLiteral("data_resource"), id, &error);
    QVERIFY2(versions, qPrintable(error));
    const QList<models::sync::HistoryEntry> history =
        models::sync::historyFromVersions(QStringLiteral("data_resource"), *versions);
    QCOMPARE(history.size(), 4); // newest first
    QCOMPARE(history.at(0).kind, models::sync::HistoryEntry::Kind::Restored);
    QCOMPARE(history.at(1).kind, models::sync::HistoryEntry::Kind::Deleted);
    QCOMPARE(history.at(1).userName, server.officerA.displayName);
    const models::sync::HistoryEntry &edit = history.at(2);
    QCOMPARE(edit.kind, models::sync::HistoryEntry::Kind::Edited);
    QCOMPARE(edit.userName, server.officerA2.displayName);
    QCOMPARE(edit.fields.size(), 2); // exactly the two fields that changed, in the form's order
    QCOMPARE(edit.fields.at(0).field, QStringLiteral("name"));
    QCOMPARE(edit.fields.at(0).before.toString(), QStringLiteral("出生医学证明"));
    QCOMPARE(edit.fields.at(0).after.toString(), QStringLiteral("出生医学证明信息"));
    QCOMPARE(edit.fields.at(1).field, QStringLiteral("summary"));
    QCOMPARE(history.at(3).kind, models::sync::HistoryEntry::Kind::Created);
    QVERIFY(!history.at(3).at.isEmpty());
    // Another organisation's officer may not hold the draft, so its history tells them nothing.
    const auto hidden = server.sync().history(server.officerB, QStringLiteral("data_resource"), id, &error);
    QVERIFY(hidden && hidden->isEmpty());
}

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
