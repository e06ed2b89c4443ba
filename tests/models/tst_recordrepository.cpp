// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "store/outbox.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace dew::models;

namespace {

qint64 countRows(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestRecordRepository : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void createStampsAndQueues();
    void updateRecordsPreviousValues();
    void unchangedUpdateWritesNothing();
    void invalidRecordIsNotStored();
    void duplicateCodeIsRefused();
    void deleteAndRestore();
    void lifecycleTransitionsNameExpectedState();
    void retireAndReactivate();
    void itemsBelongToTheirResource();
    void officerCannotWriteOtherOrganisation();
    void failedOutboxWriteLeavesNoRow();
    void failedRowWriteLeavesNoOutboxEntry();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestRecordRepository::createStampsAndQueues()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const WriteResult result = resources.create(
        m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA));
    QVERIFY2(result.ok(), qPrintable(describe(Entity::DataResource, result.errors)));
    static const QRegularExpression uuid7(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid7.match(result.id).hasMatch(), qPrintable(result.id));

    const Record stored = resources.find(result.id).value();
    QCOMPARE(stored.version, 0);
    QCOMPARE(stored.updatedBy, m_ws->officer.userId);
    QVERIFY(!stored.createdAt.isEmpty());
    QCOMPARE(stored.lifecycle(), QStringLiteral("draft"));
    QCOMPARE(stored.ownerOrg(), m_ws->orgA);

    const QList<OutboxEntry> entries = Outbox(m_ws->workspace->database()).entries();
    QCOMPARE(entries.size(), 4); // the region, two organisations, the resource
    const OutboxEntry &entry = entries.last();
    QCOMPARE(entry.table, QStringLiteral("data_resource"));
    QCOMPARE(entry.op, QStringLiteral("create"));
    QCOMPARE(entry.recordId, result.id);
    QCOMPARE(entry.baseVersion, 0);
    QCOMPARE(entry.changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("人口"));
}

void TestRecordRepository::updateRecordsPreviousValues()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString id =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    const WriteResult result = resources.update(m_ws->officer, id,
                                                {{QStringLiteral("name"), QStringLiteral("常住人口")},
                                                 {QStringLiteral("update_cycle"), QStringLiteral("weekly")}});
    QVERIFY(result.ok());
    QCOMPARE(resources.find(id)->text(QStringLiteral("name")), QStringLiteral("常住人口"));
    const OutboxEntry entry = Outbox(m_ws->workspace->database()).entries().last();
    QCOMPARE(entry.op, QStringLiteral("update"));
    QCOMPARE(entry.changes.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("update_cycle")}));
    const QJsonObject name = entry.changes.value(QStringLiteral("name")).toObject();
    QCOMPARE(name.value(QStringLiteral("old")).toString(), QStringLiteral("人口"));
    QCOMPARE(name.value(QStringLiteral("new")).toString(), QStringLiteral("常住人口"));
}

void TestRecordRepository::unchangedUpdateWritesNothing()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString id =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    const qint64 before = Outbox(m_ws->workspace->database()).pendingCount();
    // Trailing spaces and an empty string for a null field are no change.
    QVERIFY(resources
                .update(m_ws->officer, id,
                        {{QStringLiteral("name"), QStringLiteral("人口  ")}, {QStringLiteral("theme"), QString()}})
                .ok());
    QCOMPARE(Outbox(m_ws->workspace->database()).pendingCount(), before);
}

void TestRecordRepository::invalidRecordIsNotStored()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    Record record = m_ws->resource(QStringLiteral("201001/000001"), QString(), m_ws->orgA); // theme code, base kind
    const qint64 outboxBefore = Outbox(m_ws->workspace->database()).pendingCount();
    const WriteResult result = resources.create(m_ws->officer, record);
    QVERIFY(!result.ok());
    QStringList fields;
    for (const FieldError &e : result.errors) {
        fields << e.field;
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("code")}));
    QCOMPARE(resources.count(), 0);
    QCOMPARE(Outbox(m_ws->workspace->database()).pendingCount(), outboxBefore);
}

void TestRecordRepository::duplicateCodeIsRefused()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const Record record = m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA);
    QVERIFY(resources.create(m_ws->officer, record).ok());
    const WriteResult second = resources.create(m_ws->officer, record);
    QVERIFY(!second.ok());
    QCOMPARE(second.errors.first().field, QStringLiteral("code"));
    QCOMPARE(resources.count(), 1);
}

void TestRecordRepository::deleteAndRestore()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString id =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    QVERIFY(resources.remove(m_ws->officer, id).ok());
    QCOMPARE(resources.count(), 0);
    QVERIFY(resources.find(id)->deleted); // a tombstone, not gone
    QCOMPARE(Outbox(m_ws->workspace->database()).entries().last().op, QStringLiteral("delete"));
    QVERIFY(!resources.update(m_ws->officer, id, {{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    QVERIFY(resources.restore(m_ws->officer, id).ok());
    QCOMPARE(resources.count(), 1);
    QCOMPARE(resources.find(id)->text(QStringLiteral("name")), QStringLiteral("人口"));
}

void TestRecordRepository::lifecycleTransitionsNameExpectedState()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString id =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    QVERIFY(resources.perform(m_ws->officer, id, RecordAction::Submit).ok());
    const OutboxEntry entry = Outbox(m_ws->workspace->database()).entries().last();
    QCOMPARE(entry.op, QStringLiteral("transition"));
    QCOMPARE(entry.expectedState, QStringLiteral("draft"));
    // An officer cannot publish, nor edit while it is under review.
    QVERIFY(!resources.perform(m_ws->officer, id, RecordAction::Publish).ok());
    QVERIFY(!resources.update(m_ws->officer, id, {{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    QVERIFY(resources.perform(m_ws->reviewer, id, RecordAction::Publish).ok());
    QCOMPARE(resources.find(id)->lifecycle(), QStringLiteral("published"));
    QVERIFY(!resources.perform(m_ws->reviewer, id, RecordAction::Publish).ok()); // not from published
    QVERIFY(resources.perform(m_ws->officer, id, RecordAction::Withdraw).ok());
    QVERIFY(resources.perform(m_ws->officer, id, RecordAction::Revise).ok());
    QCOMPARE(resources.find(id)->lifecycle(), QStringLiteral("draft"));
}

void TestRecordRepository::retireAndReactivate()
{
    RecordRepository systems(*m_ws->workspace, Entity::InformationSystem);
    Record system;
    system.values = {{QStringLiteral("code"), QStringLiteral("XT-0001")},
                     {QStringLiteral("name"), QStringLiteral("一网通办平台")},
                     {QStringLiteral("owner_org"), m_ws->orgA},
                     {QStringLiteral("build_level"), QStringLiteral("city")},
                     {QStringLiteral("status"), QStringLiteral("running")}};
    const QString id = systems.create(m_ws->officer, system).id;
    QVERIFY(!id.isEmpty());
    QVERIFY(systems.perform(m_ws->officer, id, RecordAction::Retire).ok());
    QVERIFY(systems.find(id)->isRetired());
    QCOMPARE(systems.count(), 1); // retired records stay in the inventory
    QVERIFY(!systems.update(m_ws->officer, id, {{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    QVERIFY(systems.perform(m_ws->officer, id, RecordAction::Reactivate).ok());
    QVERIFY(!systems.find(id)->isRetired());
}

void TestRecordRepository::itemsBelongToTheirResource()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    RecordRepository items(*m_ws->workspace, Entity::DataItem);
    const QString resourceId =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    QVERIFY(items.create(m_ws->officer, m_ws->item(resourceId, QStringLiteral("姓名"))).ok());
    QVERIFY(items.create(m_ws->officer, m_ws->item(resourceId, QStringLiteral("身份证号"))).ok());
    const WriteResult duplicate = items.create(m_ws->officer, m_ws->item(resourceId, QStringLiteral("姓名")));
    QVERIFY(!duplicate.ok());
    const QList<Record> list = resources.itemsOf(resourceId);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).text(QStringLiteral("name")), QStringLiteral("姓名"));
    QCOMPARE(list.at(1).value(QStringLiteral("position")).toLongLong(), 2);
    QCOMPARE(list.at(1).ownerOrg(), m_ws->orgA);
    // Another organisation's officer cannot add an item to it.
    const Actor other{QStringLiteral("u-b"), QStringLiteral("B"), Role::Officer, m_ws->orgB};
    QVERIFY(!items.create(other, m_ws->item(resourceId, QStringLiteral("住址"))).ok());
}

void TestRecordRepository::officerCannotWriteOtherOrganisation()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const WriteResult result = resources.create(
        m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgB));
    QVERIFY(!result.ok());
    QVERIFY(result.errors.first().field.isEmpty());
    QVERIFY(
        !resources
             .create(m_ws->supervisor, m_ws->resource(QStringLiteral("101001/000002"), QStringLiteral("x"), m_ws->orgA))
             .ok());
    QCOMPARE(resources.count(), 0);
}

void TestRecordRepository::failedOutboxWriteLeavesNoRow()
{
    QSqlQuery(m_ws->workspace->database())
        .exec(QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox "
                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const WriteResult result = resources.create(
        m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA));
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.first().message.contains(QStringLiteral("disk full")),
             qPrintable(result.errors.first().message));
    QCOMPARE(countRows(*m_ws->workspace, QStringLiteral("SELECT count(*) FROM data_resource")), 0);
    QCOMPARE(countRows(*m_ws->workspace, QStringLiteral("SELECT count(*) FROM data_resource_search")), 0);
    QCOMPARE(
        countRows(*m_ws->workspace, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'data_resource'")),
        0);
}

void TestRecordRepository::failedRowWriteLeavesNoOutboxEntry()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString id =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    const qint64 before = Outbox(m_ws->workspace->database()).pendingCount();
    // The row write succeeds, then the search index refuses: everything must roll back.
    QSqlQuery(m_ws->workspace->database())
        .exec(QStringLiteral("CREATE TEMP TRIGGER fail_index BEFORE UPDATE ON data_resource_search "
                             "BEGIN SELECT RAISE(ABORT, 'index broken'); END"));
    QVERIFY(!resources.update(m_ws->officer, id, {{QStringLiteral("name"), QStringLiteral("常住人口")}}).ok());
    QCOMPARE(resources.find(id)->text(QStringLiteral("name")), QStringLiteral("人口"));
    QCOMPARE(Outbox(m_ws->workspace->database()).pendingCount(), before);
}

QTEST_GUILESS_MAIN(TestRecordRepository)
#include "tst_recordrepository.moc"
