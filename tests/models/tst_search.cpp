// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "store/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace dew::models;

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void editedRecordIsReindexed();
    void deletedItemLeavesIndex();

private:
    QStringList codesMatching(const QString &userQuery) const;

    std::unique_ptr<TestWorkspace> m_ws;
    QString m_populationId;
};

void TestSearch::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    RecordRepository items(*m_ws->workspace, Entity::DataItem);
    Record population = m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("常住人口基本信息"), m_ws->orgA);
    population.values.insert(QStringLiteral("summary"), QStringLiteral("全市常住人口的户籍与居住信息"));
    m_populationId = resources.create(m_ws->reviewer, population).id;
    QVERIFY(items.create(m_ws->reviewer, m_ws->item(m_populationId, QStringLiteral("身份证号码"))).ok());

    Record finance = m_ws->resource(QStringLiteral("305002/000002"), QStringLiteral("财务预算执行情况"), m_ws->orgB);
    finance.values.insert(QStringLiteral("catalogue_kind"), QStringLiteral("department"));
    finance.values.insert(QStringLiteral("summary"), QStringLiteral("Budget of GovCloud ABC-2024"));
    QVERIFY(resources.create(m_ws->reviewer, finance).ok());

    Record schools = m_ws->resource(QStringLiteral("203001/000003"), QStringLiteral("中小学教育资源"), m_ws->orgB);
    schools.values.insert(QStringLiteral("catalogue_kind"), QStringLiteral("theme"));
    schools.values.insert(QStringLiteral("summary"), QStringLiteral("学校 名录"));
    QVERIFY(resources.create(m_ws->reviewer, schools).ok());
}

QStringList TestSearch::codesMatching(const QString &userQuery) const
{
    QSqlQuery query(m_ws->workspace->database());
    query.prepare(QStringLiteral("SELECT r.code FROM data_resource_fts f JOIN data_resource r ON r.rid = f.rowid "
                                 "WHERE data_resource_fts MATCH ? AND r.deleted = 0 ORDER BY f.rowid"));
    query.addBindValue(SearchIndex::matchExpression(userQuery));
    QStringList codes;
    if (!query.exec()) {
        qWarning() << query.lastError().text();
    }
    while (query.next()) {
        codes << query.value(0).toString();
    }
    return codes;
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("codes");
    const QString population = QStringLiteral("101001/000001");
    const QString finance = QStringLiteral("305002/000002");
    const QString schools = QStringLiteral("203001/000003");
    QTest::newRow("2 chinese chars") << QStringLiteral("人口") << QStringList{population};
    QTest::newRow("2 chars at end of name") << QStringLiteral("信息") << QStringList{population};
    QTest::newRow("3+ chinese chars") << QStringLiteral("预算执行") << QStringList{finance};
    QTest::newRow("data item name") << QStringLiteral("身份证") << QStringList{population};
    QTest::newRow("ascii, any case") << QStringLiteral("govcloud") << QStringList{finance};
    QTest::newRow("2 ascii chars") << QStringLiteral("bc") << QStringList{finance};
    QTest::newRow("full-width ascii") << QStringLiteral("ＡＢＣ－２０２４") << QStringList{finance};
    QTest::newRow("code fragment") << QStringLiteral("000003") << QStringList{schools};
    QTest::newRow("code with slash") << QStringLiteral("101001/0") << QStringList{population};
    QTest::newRow("mixed terms, all must match") << QStringLiteral("教育 学校") << QStringList{schools};
    QTest::newRow("mixed chinese and ascii") << QStringLiteral("GovCloud 财务") << QStringList{finance};
    QTest::newRow("no match") << QStringLiteral("交通") << QStringList{};
    QTest::newRow("does not span words") << QStringLiteral("学校名录") << QStringList{};
    QTest::newRow("one char is a prefix") << QStringLiteral("财") << QStringList{finance};
    QTest::newRow("one char at word end") << QStringLiteral("录") << QStringList{schools};
    QTest::newRow("quote in query") << QStringLiteral("人\"口") << QStringList{};
}

void TestSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, codes);
    QCOMPARE(codesMatching(query), codes);
}

void TestSearch::editedRecordIsReindexed()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    QVERIFY(resources.update(m_ws->reviewer, m_populationId, {{QStringLiteral("name"), QStringLiteral("流动人员登记")}})
                .ok());
    QCOMPARE(codesMatching(QStringLiteral("流动")), QStringList{QStringLiteral("101001/000001")});
    QCOMPARE(codesMatching(QStringLiteral("基本信息")), QStringList{});
    QCOMPARE(codesMatching(QStringLiteral("人口")), QStringList{QStringLiteral("101001/000001")}); // still in summary
}

void TestSearch::deletedItemLeavesIndex()
{
    RecordRepository items(*m_ws->workspace, Entity::DataItem);
    const QList<Record> list = RecordRepository(*m_ws->workspace, Entity::DataResource).itemsOf(m_populationId);
    QCOMPARE(list.size(), 1);
    QVERIFY(items.remove(m_ws->reviewer, list.first().id).ok());
    QCOMPARE(codesMatching(QStringLiteral("身份证")), QStringList{});
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
