// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync protocol end to end: desktops with their own workspaces against a real dew-server
// on loopback (DESIGN.md §5).
#include "serverharness.h"
#include "store/outbox.h"
#include "store/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace dew;
using models::Entity;
using models::sync::SyncReport;

namespace {

void verifySynced(const SyncReport &report)
{
    QVERIFY2(report.ok, qPrintable(report.error));
}

int count(models::Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QString createResource(test::TestClient &client, const QString &code, const QString &name, const QString &org)
{
    const models::WriteResult result =
        client.records(Entity::DataResource).create(client.actor(), test::resourceRecord(code, name, org));
    return result.ok() ? result.id : QString();
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
};

void SyncTest::aCreatedRecordReachesTheOtherDesktop()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    QVERIFY2(first.loggedIn(), qPrintable(first.loginError()));
    verifySynced(first.sync());
    verifySynced(second.sync());
    const QString id =
        createResource(first, QStringLiteral("101001/000001"), QStringLiteral("人口基础信息"), server.orgA);
    QVERIFY(!id.isEmpty());
    QCOMPARE(first.pending(), 1);
    verifySynced(first.sync());
    QCOMPARE(first.pending(), 0);
    verifySynced(second.sync());
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
    verifySynced(first.sync());
    const QString id = createResource(first, QStringLiteral("101001/000002"), QStringLiteral("户籍人口"), server.orgA);
    verifySynced(first.sync());
    verifySynced(second.sync());
    QVERIFY(first.records(Entity::DataResource)
                .update(first.actor(), id, {{QStringLiteral("name"), QStringLiteral("户籍人口信息")}})
                .ok());
    QVERIFY(second.records(Entity::DataResource)
                .update(second.actor(), id, {{QStringLiteral("update_cycle"), QStringLiteral("monthly")}})
                .ok());
    verifySynced(first.sync());
    const SyncReport report = second.sync();
    verifySynced(report);
    QCOMPARE(report.conflicts, 0);
    verifySynced(first.sync());
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
    verifySynced(first.sync());
    const QString id = createResource(first, QStringLiteral("101001/000003"), QStringLiteral("流动人口"), server.orgA);
    verifySynced(first.sync());
    verifySynced(second.sync());
    verifySynced(third.sync());
    const auto rename = [&](test::TestClient &client, const char *name) {
        QVERIFY(client.records(Entity::DataResource)
                    .update(client.actor(), id, {{QStringLiteral("name"), QString::fromUtf8(name)}})
                    .ok());
    };
    rename(first, "流动人口信息");
    rename(second, "流动人口登记");
    rename(third, "流动人口台账");
    verifySynced(first.sync());
    const SyncReport secondReport = second.sync();
    verifySynced(secondReport);
    QCOMPARE(secondReport.conflicts, 1);
    const SyncReport thirdReport = third.sync();
    QCOMPARE(thirdReport.conflicts, 1);
    verifySynced(first.sync());

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
    verifySynced(second.sync());
    QCOMPARE(second.records(Entity::DataResource).find(id)->text(QStringLiteral("name")),
             QStringLiteral("流动人口信息"));
}

void SyncTest::sameFieldSameValueIsNoConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    verifySynced(first.sync());
    const QString id = createResource(first, QStringLiteral("101001/000004"), QStringLiteral("出生登记"), server.orgA);
    verifySynced(first.sync());
    verifySynced(second.sync());
    for (test::TestClient *client : {&first, &second}) {
        QVERIFY(client->records(Entity::DataResource)
                    .update(client->actor(), id, {{QStringLiteral("update_cycle"), QStringLiteral("weekly")}})
                    .ok());
    }
    verifySynced(first.sync());
    const SyncReport report = second.sync();
    verifySynced(report);
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(count(second.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
}

void SyncTest::aResolutionSettlesTheConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    verifySynced(first.sync());
    const QString id = createResource(first, QStringLiteral("101001/000005"), QStringLiteral("死亡登记"), server.orgA);
    verifySynced(first.sync());
    verifySynced(second.sync());
    QVERIFY(first.records(Entity::DataResource)
                .update(first.actor(), id, {{QStringLiteral("summary"), QStringLiteral("甲")}})
                .ok());
    QVERIFY(second.records(Entity::DataResource)
                .update(second.actor(), id, {{QStringLiteral("summary"), QStringLiteral("乙")}})
                .ok());
    verifySynced(first.sync());
    verifySynced(second.sync());
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
         conflictId},
        nullptr));
    verifySynced(second.sync());
    QCOMPARE(count(second.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    verifySynced(first.sync());
    QCOMPARE(count(first.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    QCOMPARE(first.records(Entity::DataResource).find(id)->text(QStringLiteral("summary")), QStringLiteral("乙"));
}

void SyncTest::deleteAgainstEditIsAConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient first(server.url(), server.officerA);
    test::TestClient second(server.url(), server.officerA2);
    verifySynced(first.sync());
    const QString id = createResource(first, QStringLiteral("101001/000006"), QStringLiteral("婚姻登记"), server.orgA);
    verifySynced(first.sync());
    verifySynced(second.sync());
    QVERIFY(first.records(Entity::DataResource)
                .update(first.actor(), id, {{QStringLiteral("summary"), QStringLiteral("新")}})
                .ok());
    QVERIFY(second.records(Entity::DataResource).remove(second.actor(), id).ok());
    verifySynced(first.sync());
    const SyncReport report = second.sync();
    verifySynced(report);
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
    verifySynced(officer.sync());
    const QString id =
        createResource(officer, QStringLiteral("101001/000007"), QStringLiteral("收养登记"), server.orgA);
    QVERIFY(officer.records(Entity::DataResource).perform(officer.actor(), id, models::RecordAction::Submit).ok());
    verifySynced(officer.sync());
    verifySynced(one.sync());
    verifySynced(two.sync());
    // Offline, one reviewer publishes and the other returns the same record.
    QVERIFY(one.records(Entity::DataResource).perform(one.actor(), id, models::RecordAction::Publish).ok());
    QVERIFY(two.records(Entity::DataResource).perform(two.actor(), id, models::RecordAction::Return).ok());
    verifySynced(one.sync());
    const SyncReport report = two.sync();
    verifySynced(report);
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
    models::sync::Mutation create{QStringLiteral("0190a000-0000-7000-8000-000000000001"),
                                  1,
                                  QStringLiteral("data_resource"),
                                  QStringLiteral("0190a000-0000-7000-8000-0000000000aa"),
                                  QStringLiteral("create"),
                                  {},
                                  0,
                                  {},
                                  {}};
    const models::Record values =
        test::resourceRecord(QStringLiteral("101001/000008"), QStringLiteral("社保"), server.orgA);
    for (auto it = values.values.begin(); it != values.values.end(); ++it) {
        create.changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), QJsonValue()},
                                                    {QStringLiteral("new"), QJsonValue::fromVariant(it.value())}});
    }
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
    verifySynced(a.sync());
    const QString id = createResource(a, QStringLiteral("101001/000009"), QStringLiteral("医保"), server.orgA);
    QVERIFY(a.records(Entity::DataResource).perform(a.actor(), id, models::RecordAction::Submit).ok());
    verifySynced(a.sync());
    verifySynced(b.sync());
    QVERIFY(!b.records(Entity::DataResource).find(id)); // a draft of another organisation stays there
    verifySynced(reviewer.sync());
    QVERIFY(reviewer.records(Entity::DataResource).perform(reviewer.actor(), id, models::RecordAction::Publish).ok());
    verifySynced(reviewer.sync());
    verifySynced(b.sync());
    QCOMPARE(b.records(Entity::DataResource).find(id)->lifecycle(), QStringLiteral("published"));
    // Withdrawn from the catalogue, it leaves the other organisation's desktop again.
    QVERIFY(reviewer.records(Entity::DataResource).perform(reviewer.actor(), id, models::RecordAction::Withdraw).ok());
    verifySynced(reviewer.sync());
    const SyncReport report = b.sync();
    verifySynced(report);
    QCOMPARE(report.evicted, 1);
    QVERIFY(!b.records(Entity::DataResource).find(id));
    QString error;
    QCOMPARE(b.client().localDigests(), *b.client().serverDigests(&error));
}

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
