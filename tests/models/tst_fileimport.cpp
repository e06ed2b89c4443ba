// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fileimport.h"
#include "seed/democity.h"
#include "store/recordrepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DEW_TEST_DATA "/") + QLatin1String(name);
}

const RowVerdict *rowOf(const FilePlan &plan, Entity entity, int line)
{
    for (const SheetPlan &sheet : plan.sheets) {
        for (const RowVerdict &row : sheet.verdicts) {
            if (sheet.entity == entity && row.line == line) {
                return &row;
            }
        }
    }
    return nullptr;
}

} // namespace

// Whole files as officers send them, saved by LibreOffice (tests/data/README.md), planned and
// applied against the demo city.
class TestFileImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void workbookFromASpreadsheetProgram();
    void applyThenReimportChangesNothing();
    void badFilesSayWhatIsWrong_data();
    void badFilesSayWhatIsWrong();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Actor m_reviewer;
};

void TestFileImport::init()
{
    m_workspace.reset();
    QString error;
    static int serial = 0; // a fresh city for every test and every data row
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("city-%1.dew").arg(++serial)), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    DemoCity city(300);
    QVERIFY2(city.write(*m_workspace, &error), qPrintable(error));
    for (const Actor &actor : demoActors(*m_workspace)) {
        if (actor.role == Role::Reviewer) {
            m_reviewer = actor;
        }
    }
}

void TestFileImport::workbookFromASpreadsheetProgram()
{
    FilePlan plan;
    QString error;
    QVERIFY2(planFileImport(*m_workspace, m_reviewer, fixture("inventory.xlsx"), &plan, &error), qPrintable(error));
    const QString notes = plan.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("2 row(s) above the header")), qPrintable(notes)); // title and notes rows
    QVERIFY(notes.contains(QStringLiteral("备注"))); // an extra column, said once

    // Base-library resources without their base library (the file has no such column), one of
    // them also a conditional share without its condition: rejected, each reason with its field.
    const RowVerdict *conditional = rowOf(plan, Entity::DataResource, 4);
    QVERIFY(conditional && conditional->verdict == Verdict::Rejected);
    QStringList fields;
    for (const RowProblem &problem : conditional->problems) {
        fields << problem.field;
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("base_family"), QStringLiteral("share_condition")}));
    QCOMPARE(rowOf(plan, Entity::DataResource, 5)->verdict, Verdict::Rejected);
    // A shortened provider name is resolved, and said.
    QVERIFY(conditional->warnings.first().contains(QStringLiteral("呼和浩特市公安局")));
    // The demo city has this code: the row updates it, matched by code, listing what changes. Its
    // date was stored as a serial number without a date format, and is still a date.
    const RowVerdict *serialDate = rowOf(plan, Entity::DataResource, 8);
    QVERIFY(serialDate && serialDate->verdict == Verdict::Update);
    QVERIFY(serialDate->changedFields.contains(QStringLiteral("publish_date")));
    QCOMPARE(serialDate->values.value(QStringLiteral("publish_date")).toString(), QStringLiteral("2024-01-01"));
    // Items of the rejected resource are rejected with it; the others stand.
    QCOMPARE(rowOf(plan, Entity::DataItem, 2)->verdict, Verdict::Rejected);
    QCOMPARE(rowOf(plan, Entity::DataItem, 6)->verdict, Verdict::New);
    // Organisations: a mistyped USCC; and only an administrator adds organisations.
    QCOMPARE(rowOf(plan, Entity::Organisation, 2)->problems.first().field, QStringLiteral("uscc"));
    QCOMPARE(rowOf(plan, Entity::Organisation, 3)->verdict, Verdict::Rejected);

    const QStringList report = reportLines(plan);
    QCOMPARE(report.last(), QStringLiteral("1 new, 1 updated, 0 unchanged, 8 rejected."));
    QVERIFY(report.join(QLatin1Char('\n')).contains(QStringLiteral("row 4, 101001/000123: rejected")));
}

void TestFileImport::applyThenReimportChangesNothing()
{
    RecordRepository resources(*m_workspace, Entity::DataResource);
    const QString lifecycleBefore = resources.findByKey(QStringLiteral("201002/000001"))->lifecycle();
    FilePlan plan;
    QString error;
    QVERIFY(planFileImport(*m_workspace, m_reviewer, fixture("inventory.xlsx"), &plan, &error));
    const ApplyResult applied = applyImport(*m_workspace, m_reviewer, plan.groups());
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.summary.created, 1);
    QCOMPARE(applied.summary.updated, 1);
    QCOMPARE(applied.summary.rejected, 8); // not written
    const std::optional<Record> stored = resources.findByKey(QStringLiteral("201002/000001"));
    QVERIFY(stored);
    QCOMPARE(stored->lifecycle(), lifecycleBefore); // an import never moves a record's workflow
    QCOMPARE(stored->text(QStringLiteral("catalogue_kind")), QStringLiteral("theme")); // from the code
    QCOMPARE(stored->text(QStringLiteral("publish_date")), QStringLiteral("2024-01-01"));
    QVERIFY(!resources.findByKey(QStringLiteral("101001/000124")));

    FilePlan again;
    QVERIFY(planFileImport(*m_workspace, m_reviewer, fixture("inventory.xlsx"), &again, &error));
    const ImportSummary summary = again.summary();
    QCOMPARE(summary.created, 0);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.unchanged, 2);
}

void TestFileImport::badFilesSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated workbook") << fixture("truncated.xlsx") << QStringLiteral("truncated");
    QTest::newRow("zip that is no workbook") << fixture("not-a-workbook.xlsx") << QStringLiteral("workbook.xml");
    QTest::newRow("text named .xlsx") << fixture("text-renamed.xlsx") << QStringLiteral("zip");
    QTest::newRow("missing required columns") << fixture("resources-gb18030.csv") << QStringLiteral("资源格式");
    QTest::newRow("unterminated quote") << fixture("unterminated-quote.csv") << QStringLiteral("row 3");
}

void TestFileImport::badFilesSayWhatIsWrong()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const qint64 before = RecordRepository(*m_workspace, Entity::DataResource).count();
    FilePlan plan;
    QString error;
    QVERIFY(!planFileImport(*m_workspace, m_reviewer, file, &plan, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(RecordRepository(*m_workspace, Entity::DataResource).count(), before);
}

QTEST_GUILESS_MAIN(TestFileImport)
#include "tst_fileimport.moc"
