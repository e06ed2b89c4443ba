// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/filelayout.h"
#include "import/mappingmemory.h"
#include "import/sheetmappingdraft.h"
#include "support/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;

namespace {

SheetRow textRow(int number, const QStringList &texts)
{
    SheetRow row{number, {}};
    for (int i = 0; i < texts.size(); ++i) {
        Cell cell;
        cell.type = Cell::Type::Text;
        cell.text = texts.at(i);
        cell.value = cell.text;
        cell.row = number;
        cell.column = i + 1;
        row.cells.append(cell);
    }
    return row;
}

ColumnMapping recognise(SheetKind kind, const QStringList &headers)
{
    return ColumnMapping::fromHeaderRow(kind, textRow(1, headers));
}

const QStringList ownHeaders{QStringLiteral("资源代码"), QStringLiteral("资源名称"), QStringLiteral("提供部门"),
                             QStringLiteral("数据格式"), QStringLiteral("备注")};

ColumnTarget resource(const char *field)
{
    return {Entity::DataResource, QString::fromLatin1(field)};
}

} // namespace

// The column mapping a user corrected is kept per file layout, and only for that layout.
class TestMappingMemory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void otherLayoutsDoNotGetIt();
    void recognisedMappingIsForgotten();
    void draftReportsClashesAndMissingFields();
    void layoutOfAFile();

private:
    QTemporaryDir m_dir;
};

void TestMappingMemory::initTestCase()
{
    Settings::useTemporaryStore(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestMappingMemory::roundTrip()
{
    const ColumnMapping recognised = recognise(SheetKind::Resources, ownHeaders);
    QCOMPARE(recognised.target(4), std::nullopt); // 数据格式 is no template header
    ColumnMapping chosen = recognised;
    chosen.setTarget(3, resource("owner_org"));
    chosen.setTarget(4, resource("format"));
    chosen.clearTarget(2); // 资源名称 not imported: an odd choice, but the user's

    MappingMemory memory(Settings::instance());
    QSignalSpy changed(&Settings::instance(), &Settings::changed);
    memory.remember(recognised, chosen);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Settings::Key>(), Settings::Key::ImportColumnMapping);

    // A new file of the same layout: read again from its own header row.
    const std::optional<ColumnMapping> recalled =
        MappingMemory(Settings::instance()).recall(recognise(SheetKind::Resources, ownHeaders));
    QVERIFY(recalled);
    QCOMPARE(recalled->columns(), (QList<int>{1, 3, 4}));
    QCOMPARE(recalled->target(3), resource("owner_org"));
    QCOMPARE(recalled->target(4), resource("format"));
    QCOMPARE(recalled->target(2), std::nullopt);
    QCOMPARE(recalled->header(4), QStringLiteral("数据格式"));
    QCOMPARE(recalled->layoutSignature(), recognised.layoutSignature());
}

void TestMappingMemory::otherLayoutsDoNotGetIt()
{
    const ColumnMapping recognised = recognise(SheetKind::Resources, ownHeaders);
    ColumnMapping chosen = recognised;
    chosen.setTarget(4, resource("format"));
    MappingMemory memory(Settings::instance());
    memory.remember(recognised, chosen);
    QVERIFY(memory.recall(recognised));

    // Another column, the same columns in another order, or the same headers on an item sheet.
    QVERIFY(!memory.recall(recognise(SheetKind::Resources, ownHeaders + QStringList{QStringLiteral("主题")})));
    QVERIFY(!memory.recall(recognise(SheetKind::Resources, {ownHeaders.at(1), ownHeaders.at(0), ownHeaders.at(2),
                                                            ownHeaders.at(3), ownHeaders.at(4)})));
    QVERIFY(!memory.recall(recognise(SheetKind::Items, ownHeaders)));
    // Headers are compared as keys: spacing and full-width forms are the same layout.
    QStringList spaced = ownHeaders;
    spaced[0] = QStringLiteral(" *资源代码\u3000");
    QVERIFY(memory.recall(recognise(SheetKind::Resources, spaced)));
}

void TestMappingMemory::recognisedMappingIsForgotten()
{
    const ColumnMapping recognised = recognise(SheetKind::Resources, ownHeaders);
    ColumnMapping chosen = recognised;
    chosen.setTarget(4, resource("format"));
    MappingMemory memory(Settings::instance());
    memory.remember(recognised, chosen);
    QVERIFY(memory.recall(recognised));
    // Back to what the headers say (the user pressed Reset): nothing is offered next time.
    memory.remember(recognised, recognised);
    QVERIFY(!memory.recall(recognised));
}

void TestMappingMemory::draftReportsClashesAndMissingFields()
{
    const ColumnMapping recognised = recognise(SheetKind::Resources, ownHeaders);
    QList<SourceColumn> columns;
    for (const int column : recognised.headerColumns()) {
        columns.append({column, recognised.header(column), {}});
    }
    SheetMappingDraft edited(SheetLayout{QStringLiteral("数据资源目录"), recognised, columns});
    QVERIFY(edited.isRecognised());
    QVERIFY(!edited.isValid());
    QVERIFY(edited.missingRequired().contains(QStringLiteral("资源格式")));

    edited.setTarget(3, resource("format")); // row 3 is column D, 数据格式
    edited.setTarget(4, resource("format")); // and 备注 too: a clash
    QCOMPARE(edited.clashingRows(3), QList<int>{4});
    QCOMPARE(edited.clashingRows(4), QList<int>{3});
    QVERIFY(!edited.missingRequired().contains(QStringLiteral("资源格式")));
    const QStringList problems = edited.problems();
    QVERIFY2(problems.first().contains(QStringLiteral("资源格式")) && problems.first().contains(QStringLiteral("D、E")),
             qPrintable(problems.join(QLatin1Char('\n'))));

    edited.setTarget(4, std::nullopt);
    QVERIFY(edited.clashingRows(3).isEmpty());
    QVERIFY(!edited.isRecognised());
    QCOMPARE(edited.mapping().target(4), resource("format"));
    QCOMPARE(edited.mapping().target(5), std::nullopt);
    edited.resetToRecognised();
    QCOMPARE(edited.target(3), std::nullopt);
    QVERIFY(edited.isRecognised());
}

void TestMappingMemory::layoutOfAFile()
{
    FileLayout layout;
    QString error;
    QVERIFY2(readFileLayout(QStringLiteral(DEW_TEST_DATA "/resources-own-headers.csv"), &layout, &error),
             qPrintable(error));
    QCOMPARE(layout.sheets.size(), 1);
    const SheetLayout &sheet = layout.sheets.first();
    QCOMPARE(sheet.columns.size(), 8);
    QCOMPARE(sheet.columns.at(3).header, QStringLiteral("数据格式"));
    QCOMPARE(sheet.columns.at(3).samples, (QStringList{QStringLiteral("电子表格"), QStringLiteral("纸质台账")}));
    QCOMPARE(sheet.columns.at(7).samples, QStringList{QStringLiteral("重点排污单位")});
    QCOMPARE(sheet.recognised.target(4), std::nullopt);
    QCOMPARE(sheet.recognised.missingRequired(), QStringList{QStringLiteral("资源格式")});

    // A workbook: its sheets in a template layout, the title and notes rows above the header skipped.
    FileLayout workbook;
    QVERIFY2(readFileLayout(QStringLiteral(DEW_TEST_DATA "/inventory.xlsx"), &workbook, &error), qPrintable(error));
    QCOMPARE(workbook.sheets.size(), 3);
    QCOMPARE(workbook.sheets.first().recognised.headerRow(), 3);
    QCOMPARE(workbook.sheets.first().columns.first().samples.first(), QStringLiteral("101001/000123"));

    QVERIFY(!readFileLayout(QStringLiteral(DEW_TEST_DATA "/truncated.xlsx"), &workbook, &error));
    QVERIFY2(error.contains(QStringLiteral("truncated.xlsx")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMappingMemory)
#include "tst_mappingmemory.moc"
