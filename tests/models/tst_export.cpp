// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/viewexport.h"
#include "fixtures.h"
#include "import/importplanner.h"
#include "import/sheetrows.h"
#include "io/spreadsheetreader.h"

#include <QFile>

using namespace dew::models;

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvOpensInExcel();
    void viewFollowsFilterAndSort();
    void templateRoundTripIsUnchanged();

private:
    std::optional<SheetTable> readBack(const QString &path, int sheet);

    std::unique_ptr<TestWorkspace> m_ws;
    const QStringList m_columns{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("owner_org"),
                                QStringLiteral("share_type"), QStringLiteral("grade")};
};

void TestExport::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    RecordRepository items(*m_ws->workspace, Entity::DataItem);
    for (int i = 1; i <= 30; ++i) {
        Record record = m_ws->resource(QStringLiteral("101001/%1").arg(i, 6, 10, QLatin1Char('0')),
                                       QStringLiteral("人口资源%1").arg(i), i % 2 ? m_ws->orgA : m_ws->orgB);
        if (i == 7) {
            record.values.insert(QStringLiteral("name"), QStringLiteral("户籍，\"流动\"人口")); // comma and quotes
            record.values.insert(QStringLiteral("publish_date"), QStringLiteral("2024-05-28"));
            record.values.insert(QStringLiteral("record_count"), 120000);
        }
        const QString id = resources.create(m_ws->reviewer, record).id;
        QVERIFY(items.create(m_ws->reviewer, m_ws->item(id, QStringLiteral("姓名"))).ok());
        QVERIFY(items.create(m_ws->reviewer, m_ws->item(id, QStringLiteral("身份证号码"))).ok());
    }
}

std::optional<SheetTable> TestExport::readBack(const QString &path, int sheet)
{
    SpreadsheetReader reader;
    if (!reader.open(path)) {
        qWarning() << reader.errorString();
        return std::nullopt;
    }
    return reader.readSheet(sheet);
}

void TestExport::csvOpensInExcel()
{
    const QString path = m_ws->dir.filePath(QStringLiteral("view.csv"));
    QString error;
    const ExportSheet sheet = viewSheet(*m_ws->workspace, Entity::DataResource, {}, {}, Qt::AscendingOrder, m_columns);
    QCOMPARE(writeCsv(path, sheet, &error), 30);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(QString::fromUtf8(lines.first()).trimmed(),
             QStringLiteral("资源代码,资源名称,资源提供方,共享类型,数据分级"));
    QVERIFY(bytes.contains("\"户籍，\"\"流动\"\"人口\"") || bytes.contains("户籍，\"\"流动\"\"人口"));
    QCOMPARE(QString::fromUtf8(lines.at(1)).trimmed(),
             QStringLiteral("101001/000001,人口资源1,呼和浩特市数据局,无条件共享,一般数据（2级）"));

    const std::optional<SheetTable> table = readBack(path, 0);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 31);
    QCOMPARE(table->rows.at(7).text(2), QStringLiteral("户籍，\"流动\"人口"));
}

void TestExport::viewFollowsFilterAndSort()
{
    const QString path = m_ws->dir.filePath(QStringLiteral("view.xlsx"));
    QString error;
    const RecordFilter filter{m_ws->orgB, {}, {}, {}};
    QCOMPARE(writeXlsx(path,
                       {viewSheet(*m_ws->workspace, Entity::DataResource, filter, QStringLiteral("code"),
                                  Qt::DescendingOrder, {QStringLiteral("name"), QStringLiteral("code")})},
                       &error),
             15);
    const std::optional<SheetTable> table = readBack(path, 0);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 16);
    QCOMPARE(table->rows.at(0).text(1), QStringLiteral("资源名称"));      // the visible columns, in their order
    QCOMPARE(table->rows.at(1).text(2), QStringLiteral("101001/000030")); // sorted descending, leading zeros kept
    QCOMPARE(table->rows.at(15).text(2), QStringLiteral("101001/000002"));
}

void TestExport::templateRoundTripIsUnchanged()
{
    const QString path = m_ws->dir.filePath(QStringLiteral("template.xlsx"));
    QString error;
    const qint64 written =
        writeXlsx(path, resourceTemplateSheets(*m_ws->workspace, {}, {}, Qt::AscendingOrder), &error);
    QCOMPARE(written, 30 + 60);

    SpreadsheetReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("数据资源目录"), QStringLiteral("信息项")}));
    const std::optional<SheetTable> resources = reader.readSheet(0);
    const std::optional<SheetTable> items = reader.readSheet(1);
    QVERIFY(resources && items);
    const std::optional<HeaderDetection> resourceHeader = findHeaderRow(resources->rows, SheetKind::Resources);
    const std::optional<HeaderDetection> itemHeader = findHeaderRow(items->rows, SheetKind::Items);
    QVERIFY(resourceHeader && itemHeader);
    QVERIFY(resourceHeader->mapping.unknownColumns().isEmpty());
    QVERIFY(resourceHeader->mapping.missingRequired().isEmpty());

    ImportPlanner resourcePlanner(*m_ws->workspace, Entity::DataResource, m_ws->reviewer);
    const QList<RowVerdict> resourcePlan =
        resourcePlanner.plan(sourceRows(resources->rows, resourceHeader->mapping, Entity::DataResource));
    ImportPlanner itemPlanner(*m_ws->workspace, Entity::DataItem, m_ws->reviewer);
    itemPlanner.setResourceRowsOfThisImport(resourcePlan);
    const QList<RowVerdict> itemPlan = itemPlanner.plan(sourceRows(items->rows, itemHeader->mapping, Entity::DataItem));
    for (const RowVerdict &verdict : resourcePlan + itemPlan) {
        QVERIFY2(verdict.verdict == Verdict::Unchanged,
                 qPrintable(QStringLiteral("row %1 %2: %3 %4")
                                .arg(verdict.line)
                                .arg(verdictLabel(verdict.verdict), verdict.changedFields.join(QLatin1Char(',')),
                                     verdict.problems.isEmpty() ? QString() : verdict.problems.first().message)));
    }
    QCOMPARE(resourcePlan.size(), 30);
    QCOMPARE(itemPlan.size(), 60);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
