// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/uscc.h"
#include "fixtures.h"
#include "import/importapplier.h"
#include "import/importplanner.h"
#include "store/outbox.h"

#include <QSqlQuery>

using namespace dew::models;

namespace {

// A row as an officer fills the template: Chinese labels, the provider by name.
SourceRow resourceRow(int line, const QString &code, const QString &name, const QString &provider)
{
    return {line,
            {{QStringLiteral("code"), code},
             {QStringLiteral("name"), name},
             {QStringLiteral("owner_org"), provider},
             {QStringLiteral("catalogue_kind"), QStringLiteral("基础库")},
             {QStringLiteral("base_family"), QStringLiteral("人口")},
             {QStringLiteral("format"), QStringLiteral("数据库")},
             {QStringLiteral("update_cycle"), QStringLiteral("每日")},
             {QStringLiteral("share_type"), QStringLiteral("无条件共享")},
             {QStringLiteral("open_type"), QStringLiteral("不予开放")},
             {QStringLiteral("grade"), QStringLiteral("一般数据（2级）")},
             {QStringLiteral("publish_date"), QStringLiteral("2024年5月28日")}}};
}

SourceRow itemRow(int line, const QString &resourceCode, const QString &name)
{
    return {line,
            {{QStringLiteral("resource_code"), resourceCode},
             {QStringLiteral("name"), name},
             {QStringLiteral("data_type"), QStringLiteral("字符型")},
             {QStringLiteral("sensitive"), QStringLiteral("否")}}};
}

QList<Verdict> verdictsOf(const QList<RowVerdict> &plan)
{
    QList<Verdict> result;
    for (const RowVerdict &row : plan) {
        result << row.verdict;
    }
    return result;
}

} // namespace

class TestImportPlanner : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void newRowsThenReimportIsUnchanged();
    void updateListsChangedFieldsAndKeepsLifecycle();
    void rejectedRowsSayWhereAndWhy();
    void usccWinsOverName();
    void unknownSourceSystemIsAWarning();
    void itemsFollowTheirResource();
    void officerCannotImportForAnotherOrganisation();
    void failedApplyLeavesNothing();
    void cancelledApplyLeavesNothing();
    void organisationsOfTheSameImportAreKnown();

private:
    QList<RowVerdict> planResources(const QList<SourceRow> &rows, const Actor &actor) const
    {
        return ImportPlanner(*m_ws->workspace, Entity::DataResource, actor).plan(rows);
    }

    std::unique_ptr<TestWorkspace> m_ws;
};

void TestImportPlanner::newRowsThenReimportIsUnchanged()
{
    const QList<SourceRow> rows{
        resourceRow(3, QStringLiteral("101001/000001"), QStringLiteral("常住人口"), QStringLiteral("呼和浩特市数据局")),
        resourceRow(4, QStringLiteral("101001/000002"), QStringLiteral("户籍人口"),
                    QStringLiteral("呼和浩特市教育局"))};
    const QList<RowVerdict> plan = planResources(rows, m_ws->reviewer);
    QCOMPARE(verdictsOf(plan), (QList<Verdict>{Verdict::New, Verdict::New}));
    QCOMPARE(plan.first().values.value(QStringLiteral("update_cycle")).toString(), QStringLiteral("daily"));
    QCOMPARE(plan.first().values.value(QStringLiteral("publish_date")).toString(), QStringLiteral("2024-05-28"));

    const ApplyResult applied = applyImport(*m_ws->workspace, m_ws->reviewer, plan, {});
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.summary.created, 2);
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    QCOMPARE(resources.count(), 2);
    QCOMPARE(resources.findByKey(QStringLiteral("101001/000002"))->ownerOrg(), m_ws->orgB);

    const qint64 outbox = Outbox(m_ws->workspace->database()).pendingCount();
    const QList<RowVerdict> again = planResources(rows, m_ws->reviewer);
    QCOMPARE(verdictsOf(again), (QList<Verdict>{Verdict::Unchanged, Verdict::Unchanged}));
    QVERIFY(applyImport(*m_ws->workspace, m_ws->reviewer, again, {}).ok);
    QCOMPARE(Outbox(m_ws->workspace->database()).pendingCount(), outbox);
}

void TestImportPlanner::updateListsChangedFieldsAndKeepsLifecycle()
{
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString id = resources
                           .create(m_ws->reviewer, m_ws->resource(QStringLiteral("101001/000001"),
                                                                  QStringLiteral("常住人口"), m_ws->orgA))
                           .id;
    QVERIFY(resources.perform(m_ws->reviewer, id, RecordAction::Submit).ok());
    QVERIFY(resources.perform(m_ws->reviewer, id, RecordAction::Publish).ok());

    SourceRow row =
        resourceRow(7, QStringLiteral("101001/000001"), QStringLiteral("常住人口"), QStringLiteral("呼和浩特市数据局"));
    row.cells.insert(QStringLiteral("update_cycle"), QStringLiteral("每月"));
    row.cells.insert(QStringLiteral("summary"), QStringLiteral("全市常住人口的基本信息")); // as stored
    row.cells.remove(QStringLiteral("publish_date"));
    const QList<RowVerdict> plan = planResources({row}, m_ws->reviewer);
    QCOMPARE(plan.first().verdict, Verdict::Update);
    QCOMPARE(plan.first().changedFields, QStringList{QStringLiteral("update_cycle")});
    QVERIFY(applyImport(*m_ws->workspace, m_ws->reviewer, plan, {}).ok);
    const Record stored = resources.find(id).value();
    QCOMPARE(stored.text(QStringLiteral("update_cycle")), QStringLiteral("monthly"));
    QCOMPARE(stored.lifecycle(), QStringLiteral("published")); // an import never moves the workflow
}

void TestImportPlanner::rejectedRowsSayWhereAndWhy()
{
    SourceRow badEnum =
        resourceRow(5, QStringLiteral("101001/000001"), QStringLiteral("甲"), QStringLiteral("呼和浩特市数据局"));
    badEnum.cells.insert(QStringLiteral("share_type"), QStringLiteral("随便共享"));
    const SourceRow unknownOrg =
        resourceRow(6, QStringLiteral("101001/000002"), QStringLiteral("乙"), QStringLiteral("不存在的局"));
    const SourceRow duplicate =
        resourceRow(7, QStringLiteral("101001/000001"), QStringLiteral("丙"), QStringLiteral("呼和浩特市数据局"));
    SourceRow missingName =
        resourceRow(8, QStringLiteral("101001/000003"), QString(), QStringLiteral("呼和浩特市数据局"));
    const SourceRow kindMismatch =
        resourceRow(9, QStringLiteral("201001/000004"), QStringLiteral("丁"), QStringLiteral("呼和浩特市数据局"));
    const QList<RowVerdict> plan =
        planResources({badEnum, unknownOrg, duplicate, missingName, kindMismatch}, m_ws->reviewer);
    QCOMPARE(verdictsOf(plan), QList<Verdict>(5, Verdict::Rejected));
    QCOMPARE(plan.at(0).problems.first().field, QStringLiteral("share_type"));
    QVERIFY(plan.at(0).problems.first().message.contains(QStringLiteral("随便共享")));
    QCOMPARE(plan.at(1).problems.first().field, QStringLiteral("owner_org"));
    QVERIFY(plan.at(1).problems.first().message.contains(QStringLiteral("不存在的局")));
    QVERIFY2(plan.at(2).problems.last().message.contains(QStringLiteral("5")),
             qPrintable(plan.at(2).problems.last().message));
    QCOMPARE(plan.at(3).problems.first().field, QStringLiteral("name"));
    QCOMPARE(plan.at(4).problems.first().field, QStringLiteral("code"));
    QCOMPARE(summarize(plan).rejected, 5);
}

void TestImportPlanner::usccWinsOverName()
{
    SourceRow row =
        resourceRow(2, QStringLiteral("101001/000001"), QStringLiteral("常住人口"), QStringLiteral("呼和浩特市数据局"));
    row.cells.insert(QStringLiteral("owner_uscc"), QStringLiteral("91110000600037341L")); // orgB's code
    const RowVerdict verdict = planResources({row}, m_ws->reviewer).first();
    QCOMPARE(verdict.verdict, Verdict::New);
    QCOMPARE(verdict.values.value(QStringLiteral("owner_org")).toString(), m_ws->orgB);
    QCOMPARE(verdict.warnings.size(), 1);
}

void TestImportPlanner::unknownSourceSystemIsAWarning()
{
    SourceRow row =
        resourceRow(2, QStringLiteral("101001/000001"), QStringLiteral("常住人口"), QStringLiteral("呼和浩特市数据局"));
    row.cells.insert(QStringLiteral("source_system"), QStringLiteral("XT-404"));
    const RowVerdict verdict = planResources({row}, m_ws->reviewer).first();
    QCOMPARE(verdict.verdict, Verdict::New);
    QVERIFY(verdict.warnings.first().contains(QStringLiteral("XT-404")));
    QVERIFY(!verdict.values.contains(QStringLiteral("source_system")));
}

void TestImportPlanner::itemsFollowTheirResource()
{
    SourceRow badResource =
        resourceRow(3, QStringLiteral("101001/000002"), QStringLiteral("乙"), QStringLiteral("呼和浩特市数据局"));
    badResource.cells.insert(QStringLiteral("format"), QStringLiteral("羊皮纸"));
    const QList<RowVerdict> resources =
        planResources({resourceRow(2, QStringLiteral("101001/000001"), QStringLiteral("常住人口"),
                                   QStringLiteral("呼和浩特市数据局")),
                       badResource},
                      m_ws->reviewer);
    ImportPlanner itemPlanner(*m_ws->workspace, Entity::DataItem, m_ws->reviewer);
    itemPlanner.setResourceRowsOfThisImport(resources);
    const QList<SourceRow> itemRows{itemRow(2, QStringLiteral("101001/000001"), QStringLiteral("姓名")),
                                    itemRow(3, QStringLiteral("101001/000001"), QStringLiteral("身份证号码")),
                                    itemRow(4, QStringLiteral("101001/000002"), QStringLiteral("住址")),
                                    itemRow(5, QStringLiteral("101001/000009"), QStringLiteral("电话")),
                                    itemRow(6, QStringLiteral("101001/000001"), QStringLiteral("姓名"))};
    const QList<RowVerdict> items = itemPlanner.plan(itemRows);
    QCOMPARE(verdictsOf(items),
             (QList<Verdict>{Verdict::New, Verdict::New, Verdict::Rejected, Verdict::Rejected, Verdict::Rejected}));
    QVERIFY(items.at(2).problems.first().message.contains(QStringLiteral("3"))); // its resource's row
    QVERIFY(items.at(3).problems.first().message.contains(QStringLiteral("101001/000009")));

    const ApplyResult applied = applyImport(*m_ws->workspace, m_ws->reviewer, resources, items);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    const QString id =
        RecordRepository(*m_ws->workspace, Entity::DataResource).findByKey(QStringLiteral("101001/000001"))->id;
    QCOMPARE(RecordRepository(*m_ws->workspace, Entity::DataResource).itemsOf(id).size(), 2);

    // Matched by (resource code, item name) the second time.
    ImportPlanner again(*m_ws->workspace, Entity::DataItem, m_ws->reviewer);
    QCOMPARE(verdictsOf(again.plan(itemRows.mid(0, 2))), (QList<Verdict>{Verdict::Unchanged, Verdict::Unchanged}));
}

void TestImportPlanner::officerCannotImportForAnotherOrganisation()
{
    const QList<RowVerdict> plan = planResources(
        {resourceRow(2, QStringLiteral("101001/000001"), QStringLiteral("甲"), QStringLiteral("呼和浩特市教育局"))},
        m_ws->officer);
    QCOMPARE(plan.first().verdict, Verdict::Rejected);
    QVERIFY(plan.first().problems.first().field.isEmpty());
}

void TestImportPlanner::failedApplyLeavesNothing()
{
    QList<SourceRow> rows;
    for (int i = 1; i <= 5; ++i) {
        rows << resourceRow(i + 1, QStringLiteral("101001/%1").arg(i, 6, 10, QLatin1Char('0')),
                            QStringLiteral("资源%1").arg(i), QStringLiteral("呼和浩特市数据局"));
    }
    const QList<RowVerdict> plan = planResources(rows, m_ws->reviewer);
    QSqlQuery(m_ws->workspace->database())
        .exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_fourth BEFORE INSERT ON data_resource WHEN new.code = '101001/000004' "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    const ApplyResult applied = applyImport(*m_ws->workspace, m_ws->reviewer, plan, {});
    QVERIFY(!applied.ok);
    QCOMPARE(applied.failedLine, 5);
    QVERIFY(applied.error.contains(QStringLiteral("disk full")));
    QCOMPARE(RecordRepository(*m_ws->workspace, Entity::DataResource).count(), 0);
}

void TestImportPlanner::cancelledApplyLeavesNothing()
{
    QList<SourceRow> rows;
    for (int i = 1; i <= 600; ++i) {
        rows << resourceRow(i + 1, QStringLiteral("101001/%1").arg(i, 6, 10, QLatin1Char('0')),
                            QStringLiteral("资源%1").arg(i), QStringLiteral("呼和浩特市数据局"));
    }
    const QList<RowVerdict> plan = planResources(rows, m_ws->reviewer);
    std::atomic_bool cancel = false;
    int reports = 0;
    const ApplyResult applied = applyImport(
        *m_ws->workspace, m_ws->reviewer, plan, {},
        [&](int done, int total) {
            QCOMPARE(total, 600);
            ++reports;
            if (done >= 256) {
                cancel = true; // the user presses Cancel halfway
            }
        },
        &cancel);
    QVERIFY(applied.cancelled);
    QVERIFY(!applied.ok);
    QVERIFY(reports >= 1);
    QCOMPARE(RecordRepository(*m_ws->workspace, Entity::DataResource).count(), 0);
}

void TestImportPlanner::organisationsOfTheSameImportAreKnown()
{
    // A workbook adds a district bureau on its organisations sheet and names it as the provider on
    // its resources sheet, once by name and once by its code; a second bureau's row is rejected.
    // Only an administrator adds organisations and only the other roles add resources, so each
    // sheet is planned and applied here by its own actor; the link between them is the same.
    const QString body = QStringLiteral("11150102MB0000000");
    const QString uscc = body + *uscc::checkCharacter(body);
    const QList<SourceRow> orgRows{{2,
                                    {{QStringLiteral("uscc"), uscc},
                                     {QStringLiteral("name"), QStringLiteral("新城区数据局")},
                                     {QStringLiteral("region_code"), QStringLiteral("150100")},
                                     {QStringLiteral("kind"), QStringLiteral("党政机关")}}},
                                   {3,
                                    {{QStringLiteral("uscc"), QStringLiteral("11150103MB000000X")}, // one short
                                     {QStringLiteral("name"), QStringLiteral("回民区数据局")},
                                     {QStringLiteral("region_code"), QStringLiteral("150100")},
                                     {QStringLiteral("kind"), QStringLiteral("党政机关")}}}};
    const QList<RowVerdict> orgs = ImportPlanner(*m_ws->workspace, Entity::Organisation, m_ws->admin).plan(orgRows);
    QCOMPARE(verdictsOf(orgs), (QList<Verdict>{Verdict::New, Verdict::Rejected}));

    SourceRow byCode = resourceRow(3, QStringLiteral("101001/000002"), QStringLiteral("户籍人口"), QString());
    byCode.cells.insert(QStringLiteral("owner_uscc"), uscc);
    const QList<SourceRow> resourceRows{
        resourceRow(2, QStringLiteral("101001/000001"), QStringLiteral("常住人口"), QStringLiteral("新城区数据局")),
        byCode,
        resourceRow(4, QStringLiteral("101001/000003"), QStringLiteral("流动人口"), QStringLiteral("回民区数据局"))};
    ImportPlanner planner(*m_ws->workspace, Entity::DataResource, m_ws->reviewer);
    planner.setOrganisationRowsOfThisImport(orgRows, orgs);
    const QList<RowVerdict> resources = planner.plan(resourceRows);
    QCOMPARE(verdictsOf(resources), (QList<Verdict>{Verdict::New, Verdict::New, Verdict::Rejected}));
    QCOMPARE(resources.at(2).problems.first().field, QStringLiteral("owner_org"));
    QCOMPARE(resources.at(2).problems.first().message, QStringLiteral("Its organisation (row 3) is rejected."));

    QVERIFY(applyImport(*m_ws->workspace, m_ws->admin, Entity::Organisation, orgs).ok);
    const ApplyResult applied = applyImport(*m_ws->workspace, m_ws->reviewer, resources, {});
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.summary.created, 2);
    const QString bureau = RecordRepository(*m_ws->workspace, Entity::Organisation).findByKey(uscc).value().id;
    RecordRepository stored(*m_ws->workspace, Entity::DataResource);
    QCOMPARE(stored.findByKey(QStringLiteral("101001/000001"))->ownerOrg(), bureau);
    QCOMPARE(stored.findByKey(QStringLiteral("101001/000002"))->ownerOrg(), bureau);

    // The same file again changes nothing: the bureau is stored now.
    ImportPlanner again(*m_ws->workspace, Entity::DataResource, m_ws->reviewer);
    again.setOrganisationRowsOfThisImport(
        orgRows, ImportPlanner(*m_ws->workspace, Entity::Organisation, m_ws->admin).plan(orgRows));
    QCOMPARE(verdictsOf(again.plan(resourceRows.mid(0, 2))), (QList<Verdict>{Verdict::Unchanged, Verdict::Unchanged}));
}

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "tst_importplanner.moc"
