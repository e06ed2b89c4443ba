// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "seed/democity.h"
#include "store/recordrepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace dew;

// `dew import` and `dew export` as an administrator's script runs them.
class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportThenImportIsUnchanged();
    void rejectedRowsMakeTheExitCodeNonZero();
    void applyWritesAndSecondRunChangesNothing();
    void unreadableFileIsExitCodeTwo();

private:
    int run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_out;
    QString m_err;
};

void TestCommandLine::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("city.dew"));
    QString error;
    auto workspace = models::Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    models::DemoCity city(200);
    QVERIFY2(city.write(*workspace, &error), qPrintable(error));
}

int TestCommandLine::run(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return ui::runCommandLine(QStringList{QStringLiteral("dew")} + arguments +
                                  QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--user"),
                                              QStringLiteral("demo-reviewer-1")},
                              out, err);
}

void TestCommandLine::exportThenImportIsUnchanged()
{
    const QString file = m_dir.filePath(QStringLiteral("catalogue.xlsx"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("template"), file}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("rows written")), qPrintable(m_out + m_err));
    QCOMPARE(run({QStringLiteral("import"), file}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("0 new, 0 updated")), qPrintable(m_out));
    QVERIFY(m_out.contains(QStringLiteral("0 rejected")));

    const QString csv = m_dir.filePath(QStringLiteral("systems.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("systems"), csv, QStringLiteral("--search"),
                  QStringLiteral("平台")}),
             0);
    QCOMPARE(run({QStringLiteral("import"), csv}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("0 new, 0 updated")), qPrintable(m_out));
}

void TestCommandLine::rejectedRowsMakeTheExitCodeNonZero()
{
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(DEW_TEST_DATA "/inventory.xlsx")}), 1);
    QVERIFY(m_out.contains(QStringLiteral("row 4, 101001/000123: rejected")));
    QVERIFY(m_out.contains(QStringLiteral("Dry run: nothing was written")));
}

void TestCommandLine::applyWritesAndSecondRunChangesNothing()
{
    auto workspace = models::Workspace::open(m_workspace, nullptr);
    const qint64 items = models::RecordRepository(*workspace, models::Entity::DataItem).count();
    workspace.reset();
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral(DEW_TEST_DATA "/inventory.xlsx"), QStringLiteral("--apply")}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("Written: ")), qPrintable(m_out + m_err));
    workspace = models::Workspace::open(m_workspace, nullptr);
    QCOMPARE(models::RecordRepository(*workspace, models::Entity::DataItem).count(), items + 1); // AQI
    workspace.reset();
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(DEW_TEST_DATA "/inventory.xlsx")}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("0 new, 0 updated")), qPrintable(m_out));
}

void TestCommandLine::unreadableFileIsExitCodeTwo()
{
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(DEW_TEST_DATA "/truncated.xlsx")}), 2);
    QVERIFY(m_err.contains(QStringLiteral("truncated")));
    QCOMPARE(run({QStringLiteral("import")}), 2);
    QVERIFY(m_err.contains(QStringLiteral("Usage")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
