// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/dataitemtablemodel.h"
#include "itemmodels/pagedrecordmodel.h"
#include "seed/democity.h"
#include "store/recordrepository.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;

// Every item model, populated with the demo city and driven as the pages drive it.
class TestDemoModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagedModels_data();
    void pagedModels();
    void itemsOfDemoResources();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDemoModels::initTestCase()
{
    QString error;
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("demo.dew")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    DemoCity city(800);
    QVERIFY2(city.write(*m_workspace, &error), qPrintable(error));
}

void TestDemoModels::pagedModels_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QStringList>("columns");
    QTest::newRow("systems") << static_cast<int>(Entity::InformationSystem)
                             << QStringList{QStringLiteral("code"),      QStringLiteral("name"),
                                            QStringLiteral("owner_org"), QStringLiteral("status"),
                                            QStringLiteral("lifecycle"), QStringLiteral("retired")};
    QTest::newRow("resources") << static_cast<int>(Entity::DataResource)
                               << QStringList{QStringLiteral("code"),      QStringLiteral("name"),
                                              QStringLiteral("owner_org"), QStringLiteral("grade"),
                                              QStringLiteral("lifecycle"), QStringLiteral("retired")};
}

void TestDemoModels::pagedModels()
{
    QFETCH(int, entity);
    QFETCH(QStringList, columns);
    PagedRecordModel model(*m_workspace, static_cast<Entity>(entity), columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > PagedRecordModel::pageSize);
    // Read every row once: pages are fetched and evicted on the way.
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row, 0).data().toString();
        QVERIFY2(previous < code, qPrintable(code));
        previous = code;
    }
    model.sort(1, Qt::DescendingOrder);
    QVERIFY(model.index(0, 1).data().toString() >= model.index(model.rowCount() - 1, 1).data().toString());
    model.setFilter({{}, QStringLiteral("county"), QStringLiteral("published"), {}});
    const int countyPublished = model.rowCount();
    QVERIFY(countyPublished > 0);
    model.setFilter({{}, QStringLiteral("county"), QStringLiteral("published"), QStringLiteral("数据")});
    QVERIFY(model.rowCount() <= countyPublished);
    model.setFilter({});

    // Write through the store and tell the model, as a page does.
    RecordRepository repository(*m_workspace, static_cast<Entity>(entity));
    const QString id = model.idAt(3);
    const Actor reviewer{QStringLiteral("r"), QStringLiteral("R"), Role::Reviewer, {}};
    if (repository.find(id)->isRetired()) {
        QVERIFY(repository.perform(reviewer, id, RecordAction::Reactivate).ok());
    }
    QVERIFY(repository.remove(reviewer, id).ok());
    model.noteRemoved(id, 3);
    QVERIFY(model.rowOf(id) < 0);
    QVERIFY(repository.restore(reviewer, id).ok());
    model.noteInserted(id);
    QCOMPARE(model.rowOf(id), 3);
}

void TestDemoModels::itemsOfDemoResources()
{
    RecordRepository resources(*m_workspace, Entity::DataResource);
    PagedRecordModel list(*m_workspace, Entity::DataResource, {QStringLiteral("code")});
    DataItemTableModel items;
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int row = 0; row < 20; ++row) {
        const QList<Record> stored = resources.itemsOf(list.idAt(row));
        QVERIFY(stored.size() >= 2);
        items.setItems(stored);
        QCOMPARE(items.rowCount(), stored.size());
        QVERIFY(!items.index(0, 0).data().toString().isEmpty());
    }
    QVERIFY(items.insertRows(0, 1));
    QVERIFY(items.removeRows(1, 2));
}

QTEST_GUILESS_MAIN(TestDemoModels)
#include "tst_demomodels.moc"
