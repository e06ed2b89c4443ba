// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "itemmodels/dataitemtablemodel.h"
#include "itemmodels/pagedrecordmodel.h"
#include "itemmodels/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace dew::models;

namespace {

const QStringList columns{QStringLiteral("code"),       QStringLiteral("name"),      QStringLiteral("owner_org"),
                          QStringLiteral("share_type"), QStringLiteral("lifecycle"), QStringLiteral("retired")};

QString codeOf(int n)
{
    return QStringLiteral("101001/%1").arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestPagedRecordModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesMatchTheTable();
    void farPagesReadFromTheEnd();
    void sortsByAColumn();
    void filtersAndSearches();
    void notificationsKeepTheModelConsistent();
    void dataItemTableModel();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    static constexpr int total = 1000; // several pages of PagedRecordModel::pageSize
};

void TestPagedRecordModel::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    Transaction transaction(*m_ws->workspace);
    // Inserted in a shuffled order, so that the code order is not the insertion order.
    for (int i = 0; i < total; ++i) {
        const int n = (i * 7919) % total;
        Record record =
            m_ws->resource(codeOf(n), QStringLiteral("资源%1").arg(total - n), n % 3 ? m_ws->orgA : m_ws->orgB);
        if (n % 10 == 0) {
            record.values.insert(QStringLiteral("summary"), QStringLiteral("交通出行数据"));
        }
        QVERIFY(resources.create(m_ws->reviewer, record).ok());
    }
    QVERIFY(transaction.commit());
}

void TestPagedRecordModel::pagesMatchTheTable()
{
    PagedRecordModel model(*m_ws->workspace, Entity::DataResource, columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.columnCount(), columns.size());
    for (int row : {0, 1, 127, 128, 500, 998, 999}) {
        QCOMPARE(model.index(row, 0).data().toString(), codeOf(row));
    }
    // Labels, not codes, are displayed; the code is there for who needs it.
    const QModelIndex share = model.index(0, model.columnOf(QStringLiteral("share_type")));
    QCOMPARE(share.data(RawValueRole).toString(), QStringLiteral("unconditional"));
    QCOMPARE(share.data().toString(), QStringLiteral("Shared unconditionally"));
    QCOMPARE(model.index(1, model.columnOf(QStringLiteral("owner_org"))).data().toString(),
             QStringLiteral("呼和浩特市数据局"));
    QCOMPARE(model.rowOf(model.idAt(640)), 640);
}

void TestPagedRecordModel::farPagesReadFromTheEnd()
{
    RecordQuery query(*m_ws->workspace, Entity::DataResource, columns);
    const QList<ListedRow> tail = query.fetch(total - 5, 128, total);
    QCOMPARE(tail.size(), 5);
    QCOMPARE(tail.first().values.first().toString(), codeOf(total - 5));
    QCOMPARE(tail.last().values.first().toString(), codeOf(total - 1));
    const QList<ListedRow> middle = query.fetch(600, 10, total);
    QCOMPARE(middle.first().values.first().toString(), codeOf(600));
    QCOMPARE(middle.last().values.first().toString(), codeOf(609));
}

void TestPagedRecordModel::sortsByAColumn()
{
    PagedRecordModel model(*m_ws->workspace, Entity::DataResource, columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(model.columnOf(QStringLiteral("name")), Qt::DescendingOrder);
    QStringList names;
    for (int row = 0; row < model.rowCount(); row += 97) {
        names << model.index(row, 1).data().toString();
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(names, sorted);
    for (int row : {0, 3, 500, 999}) {
        QCOMPARE(model.rowOf(model.idAt(row)), row);
    }
}

void TestPagedRecordModel::filtersAndSearches()
{
    PagedRecordModel model(*m_ws->workspace, Entity::DataResource, columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter({m_ws->orgB, {}, {}, {}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 334); // n % 3 == 0 for n in [0, 1000)
    model.setFilter({{}, {}, {}, QStringLiteral("交通")});
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(0, 0).data().toString().right(1), QStringLiteral("0"));
    model.setFilter({m_ws->orgB, {}, {}, QStringLiteral("交通")});
    QCOMPARE(model.rowCount(), 34); // n % 30 == 0
    // A term that most records match: results arrive a page at a time as the view scrolls.
    model.setFilter({{}, {}, {}, QStringLiteral("资源")});
    QCOMPARE(model.rowCount(), PagedRecordModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isCountComplete());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QCoreApplication::processEvents();
    }
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(inserted.size(), (total + PagedRecordModel::pageSize - 1) / PagedRecordModel::pageSize - 1);
    QVERIFY(model.isCountComplete());
    QCOMPARE(model.rowOf(model.idAt(total - 1)), total - 1);
    // Sorted search results are counted: sorting needs them all anyway.
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    model.sort(-1, Qt::AscendingOrder);
    model.setFilter({{}, {}, QStringLiteral("published"), {}});
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({{}, QStringLiteral("city"), {}, {}});
    QCOMPARE(model.rowCount(), total); // both organisations are city-level
}

void TestPagedRecordModel::notificationsKeepTheModelConsistent()
{
    PagedRecordModel model(*m_ws->workspace, Entity::DataResource, columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    model.index(0, 0).data(); // a cached page

    const QString inserted =
        resources
            .create(m_ws->reviewer, m_ws->resource(QStringLiteral("101002/000000"), QStringLiteral("新增"), m_ws->orgA))
            .id;
    QVERIFY(!inserted.isEmpty());
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.noteInserted(inserted);
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(model.rowCount(), total + 1);
    QCOMPARE(model.idAt(total), inserted); // sorts last by code

    // A changed sort key moves the row: the model resets and shows it at its new place.
    const int oldRow = model.rowOf(inserted);
    QVERIFY(
        resources.update(m_ws->reviewer, inserted, {{QStringLiteral("code"), QStringLiteral("101000/000000")}}).ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.noteChanged(inserted, oldRow);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.idAt(0), inserted);

    // A plain edit is a dataChanged of that row.
    QVERIFY(resources.update(m_ws->reviewer, inserted, {{QStringLiteral("name"), QStringLiteral("改名")}}).ok());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.noteChanged(inserted, 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("改名"));

    // A delete removes the row.
    model.index(1, 0).data();
    QVERIFY(resources.remove(m_ws->reviewer, inserted).ok());
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    model.noteRemoved(inserted, 0);
    QCOMPARE(removals.size(), 1);
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.index(0, 0).data().toString(), codeOf(0));
    model.reload();
    QCOMPARE(model.rowCount(), total);
}

void TestPagedRecordModel::dataItemTableModel()
{
    DataItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Record stored;
    stored.id = QStringLiteral("item-1");
    stored.values = {{QStringLiteral("name"), QStringLiteral("姓名")},
                     {QStringLiteral("data_type"), QStringLiteral("string")}};
    model.setItems({stored});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isModified());
    QVERIFY(model.insertRows(1, 2));
    QVERIFY(model.setData(model.index(1, 0), QStringLiteral("身份证号码")));
    QVERIFY(model.setData(model.index(1, DataItemTableModel::columnFields().indexOf(QStringLiteral("sensitive"))),
                          Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.items().at(1).value(QStringLiteral("sensitive")).toBool(), true);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Text"));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.removedIds(), QStringList{QStringLiteral("item-1")});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isModified());
    model.setReadOnly(true);
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestPagedRecordModel)
#include "tst_pagedrecordmodel.moc"
