// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fileimport.h"
#include "seed/democity.h"
#include "store/recordrepository.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>

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

enum class BadCell { None, ShareType, Provider, Name, Code, Duplicate };

QString codeOfRow(int i)
{
    return QStringLiteral("301000/%1").arg(i + 1, 6, 10, QLatin1Char('0'));
}

QString nameOfRow(int i)
{
    return QStringLiteral("交通运行监测数据%1").arg(i);
}

// Resources in the template's columns (A 资源代码 … I 数据分级), one bad cell in the rows that badness picks.
void writeResourcesCsv(const QString &path, int rows, const std::function<BadCell(int)> &badness)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "资源代码,资源名称,资源提供方,资源摘要,资源格式,更新周期,共享类型,开放类型,数据分级\r\n";
    for (int i = 0; i < rows; ++i) {
        const BadCell bad = badness(i);
        const QString code = bad == BadCell::Code        ? QStringLiteral("3O1000/%1").arg(i, 6, 10, QLatin1Char('0'))
                             : bad == BadCell::Duplicate ? codeOfRow(i - 1)
                                                         : codeOfRow(i);
        text +=
            QStringLiteral("%1,%2,%3,全市道路交通流量与拥堵指数的监测数据,数据库,每日,%4,不予开放,一般数据（2级）\r\n")
                .arg(code, bad == BadCell::Name ? QString() : nameOfRow(i),
                     bad == BadCell::Provider ? QStringLiteral("不存在的局") : QStringLiteral("呼和浩特市数据局"),
                     bad == BadCell::ShareType ? QStringLiteral("随便共享") : QStringLiteral("无条件共享"))
                .toUtf8();
    }
    QCOMPARE(file.write(text), text.size());
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
    void dryRunReportsProgressAndCanBeCancelled();
    void largeFileWithBadRows();

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

void TestFileImport::dryRunReportsProgressAndCanBeCancelled()
{
    const QString csv = m_dir.filePath(QStringLiteral("progress.csv"));
    writeResourcesCsv(csv, 1000, [](int) { return BadCell::None; });
    QList<std::pair<int, int>> reports;
    FilePlan plan;
    QString error;
    QVERIFY2(planFileImport(
                 *m_workspace, m_reviewer, csv, &plan, &error,
                 [&](int done, int total) {
                     reports.append({done, total});
                 },
                 nullptr),
             qPrintable(error));
    QVERIFY(reports.size() >= 3);
    QCOMPARE(reports.last(), std::make_pair(1000, 1000)); // the bar reaches its end
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first > reports.at(i - 1).first);
    }

    // The user presses Cancel while the rows are being checked: no plan, nothing to apply.
    std::atomic_bool cancel = false;
    int last = 0;
    FilePlan cancelled;
    QVERIFY(!planFileImport(
        *m_workspace, m_reviewer, csv, &cancelled, &error,
        [&](int done, int) {
            last = done;
            cancel = done >= 256;
        },
        &cancel));
    QVERIFY(cancelled.cancelled);
    QCOMPARE(last, 256);
    QVERIFY(cancelled.sheets.isEmpty());
    QVERIFY(cancelled.groups().isEmpty());
    QVERIFY(error.contains(QStringLiteral("cancelled")));
}

// Issue 3, point 6: a large file with some bad rows. Each bad row is named with its row, column
// and reason; the good rows are written; the bad ones leave no trace.
void TestFileImport::largeFileWithBadRows()
{
    const int rows = 100000;
    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    const auto badness = [](int i) {
        return i % 20 == 7 ? static_cast<BadCell>(1 + (i / 20) % 5) : BadCell::None;
    };
    writeResourcesCsv(csv, rows, badness);
    RecordRepository resources(*m_workspace, Entity::DataResource);
    const qint64 before = resources.count();

    FilePlan plan;
    QString error;
    QVERIFY2(planFileImport(*m_workspace, m_reviewer, csv, &plan, &error), qPrintable(error));
    QCOMPARE(plan.summary().created, rows - rows / 20);
    QCOMPARE(plan.summary().rejected, rows / 20);
    const SheetPlan &sheet = plan.sheets.first();
    QHash<int, QString> reportOfRow; // the report's line of each rejected row, by its row number
    for (const QString &line : reportLines(plan)) {
        const QStringList parts = line.split(QStringLiteral(", "));
        if (parts.size() > 2 && line.contains(QStringLiteral(": rejected"))) {
            reportOfRow.insert(parts.at(1).mid(4).toInt(), line);
        }
    }
    QCOMPARE(reportOfRow.size(), rows / 20);
    const QHash<BadCell, QString> expected{{BadCell::ShareType, QStringLiteral("column G Share type: ")},
                                           {BadCell::Provider, QStringLiteral("column C Provider: ")},
                                           {BadCell::Name, QStringLiteral("column B Resource name: ")},
                                           {BadCell::Code, QStringLiteral("column A Resource code: ")},
                                           {BadCell::Duplicate, QStringLiteral("column A Resource code: ")}};
    for (int i = 0; i < rows; ++i) {
        const BadCell bad = badness(i);
        if (bad == BadCell::None) {
            continue;
        }
        const int line = i + 2; // under the header row
        const QString report = reportOfRow.value(line);
        QVERIFY2(report.contains(expected.value(bad)), qPrintable(QString::number(line) + QLatin1Char(' ') + report));
        if (bad == BadCell::Duplicate) {
            QVERIFY2(report.contains(QStringLiteral("Duplicate of row %1").arg(line - 1)), qPrintable(report));
        }
    }
    QVERIFY(reportOfRow.value(7 + 2).contains(QStringLiteral("随便共享")));
    QVERIFY(reportOfRow.value(27 + 2).contains(QStringLiteral("不存在的局")));
    Q_UNUSED(sheet);

    const ApplyResult applied = applyImport(*m_workspace, m_reviewer, plan.groups());
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.summary.created, rows - rows / 20);
    QCOMPARE(resources.count(), before + rows - rows / 20);
    // Nothing of a rejected row was stored: not its code, nor its values over a good row's.
    QVERIFY(!resources.findByKey(codeOfRow(7)));
    QVERIFY(!resources.findByKey(codeOfRow(27)));
    QCOMPARE(resources.findByKey(codeOfRow(86))->text(QStringLiteral("name")), nameOfRow(86)); // row 87 repeats it
    QCOMPARE(resources.findByKey(codeOfRow(99999))->text(QStringLiteral("name")), nameOfRow(99999));

    FilePlan again;
    QVERIFY(planFileImport(*m_workspace, m_reviewer, csv, &again, &error));
    QCOMPARE(again.summary().unchanged, rows - rows / 20);
    QCOMPARE(again.summary().created, 0);
}

QTEST_GUILESS_MAIN(TestFileImport)
#include "tst_fileimport.moc"
