// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "store/bulkinserter.h"
#include "store/outbox.h"
#include "store/searchindex.h"

#include <QSqlQuery>

using namespace dew::models;

// The import's fast path must store what a single write stores: the row, its search text and
// an outbox entry that sync reads back the same.
class TestBulkInserter : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void storesWhatASingleWriteStores();
    void keyClashIsRefusedWithTheReason();

private:
    QStringList codesFound(const QString &typed) const
    {
        QSqlQuery query(m_ws->workspace->database());
        query.prepare(QStringLiteral("SELECT r.code FROM data_resource_fts f JOIN data_resource r ON r.rid = f.rowid "
                                     "WHERE data_resource_fts MATCH ? ORDER BY r.code"));
        query.addBindValue(SearchIndex::matchExpression(typed));
        query.exec();
        QStringList codes;
        while (query.next()) {
            codes << query.value(0).toString();
        }
        return codes;
    }

    std::unique_ptr<TestWorkspace> m_ws;
};

void TestBulkInserter::storesWhatASingleWriteStores()
{
    // Text that JSON must escape, numbers of both kinds, a date, a full-width code for the index.
    Record record =
        m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("常住人口\"基础\"库\\备份"), m_ws->orgA);
    record.values.insert(QStringLiteral("summary"), QStringLiteral("第一行\n第二行\t制表 ＡＢＣ"));
    record.values.insert(QStringLiteral("record_count"), 1234567);
    record.values.insert(QStringLiteral("storage_gb"), 0.1);
    record.values.insert(QStringLiteral("publish_date"), QStringLiteral("2024-05-28"));
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const WriteResult single = resources.create(m_ws->reviewer, record);
    QVERIFY(single.ok());

    record.values.insert(QStringLiteral("code"), QStringLiteral("101001/000002"));
    QString error;
    WriteResult bulk;
    {
        Transaction transaction(*m_ws->workspace);
        BulkInserter inserter(*m_ws->workspace, Entity::DataResource);
        bulk = inserter.create(m_ws->reviewer, record);
        QVERIFY2(bulk.ok(), qPrintable(describe(Entity::DataResource, bulk.errors)));
        QVERIFY2(inserter.finish(&error), qPrintable(error));
        QVERIFY(transaction.commit());
    }

    Record a = resources.find(single.id).value();
    Record b = resources.find(bulk.id).value();
    QCOMPARE(b.lifecycle(), QStringLiteral("draft"));
    QCOMPARE(b.updatedBy, m_ws->reviewer.userId);
    a.values.remove(QStringLiteral("code"));
    b.values.remove(QStringLiteral("code"));
    QCOMPARE(b.values, a.values);

    const QList<OutboxEntry> entries = Outbox(m_ws->workspace->database()).entries();
    QCOMPARE(entries.size(), 5); // the region, two organisations, two resources
    QJsonObject singleChanges = entries.at(3).changes;
    QJsonObject bulkChanges = entries.at(4).changes;
    QCOMPARE(entries.at(4).recordId, bulk.id);
    QCOMPARE(entries.at(4).op, QStringLiteral("create"));
    QCOMPARE(bulkChanges.value(QStringLiteral("code")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("101001/000002"));
    singleChanges.remove(QStringLiteral("code"));
    bulkChanges.remove(QStringLiteral("code"));
    QCOMPARE(bulkChanges, singleChanges);

    // Found as a user types it: a two-character word, a half-width form of a full-width one.
    QCOMPARE(codesFound(QStringLiteral("人口")),
             (QStringList{QStringLiteral("101001/000001"), QStringLiteral("101001/000002")}));
    QCOMPARE(codesFound(QStringLiteral("abc")).size(), 2);
    QCOMPARE(codesFound(QStringLiteral("000002")), QStringList{QStringLiteral("101001/000002")});
}

void TestBulkInserter::keyClashIsRefusedWithTheReason()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const Record record = m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("常住人口"), m_ws->orgA);
    QVERIFY(resources.create(m_ws->reviewer, record).ok());
    Transaction transaction(*m_ws->workspace);
    BulkInserter inserter(*m_ws->workspace, Entity::DataResource);
    const WriteResult clash = inserter.create(m_ws->reviewer, record);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.errors.first().field, QStringLiteral("code"));
    QVERIFY(clash.errors.first().message.contains(QStringLiteral("already has this value")));
}

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
