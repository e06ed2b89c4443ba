// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/spreadsheetdates.h"
#include "io/spreadsheetreader.h"
#include "io/xlsxparts.h"
#include "io/ziparchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DEW_SPREADSHEET_DATA "/") + QString::fromUtf8(name);
}

QList<int> rowNumbers(const SheetTable &table)
{
    QList<int> numbers;
    for (const SheetRow &row : table.rows) {
        numbers.append(row.number);
    }
    return numbers;
}

const SheetRow *rowAt(const SheetTable &table, int number)
{
    for (const SheetRow &row : table.rows) {
        if (row.number == number) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sheetsInWorkbookOrder();
    void cellsOfLibreOfficeWorkbook();
    void verticalMergesAreFilledDown();
    void sparseRowsAndCells();
    void zipCalledCsvIsReadAsWorkbook();
    void workbookFromMemory();
    void badFilesGiveClearErrors_data();
    void badFilesGiveClearErrors();
    void partSizeIsCapped();
    void sharedStringsSkipPhoneticGuides();
    void worksheetCellKinds();
    void brokenWorksheetIsReported();
    void referencesBeyondTheSheetAreIgnored();
    void mergesDoNotCreateBlankRows();
    void dateFormatCodes_data();
    void dateFormatCodes();

private:
    std::optional<SheetTable> m_resources;
    std::optional<SheetTable> m_items;
};

void TestXlsxReader::initTestCase()
{
    SpreadsheetReader reader;
    QVERIFY2(reader.open(fixture("inventory.xlsx")), qPrintable(reader.errorString()));
    m_resources = reader.readSheet(0);
    m_items = reader.readSheet(1);
    QVERIFY2(m_resources && m_items, qPrintable(reader.errorString()));
}

void TestXlsxReader::sheetsInWorkbookOrder()
{
    SpreadsheetReader reader;
    QVERIFY(reader.open(fixture("inventory.xlsx")));
    QCOMPARE(reader.format(), SpreadsheetReader::Format::Xlsx);
    QCOMPARE(reader.sheetNames(),
             (QStringList{QStringLiteral("数据资源目录"), QStringLiteral("信息项"), QStringLiteral("组织机构")}));
    QCOMPARE(reader.sheetIndex(QStringLiteral("组织机构")), 2);
    QVERIFY(reader.encodingName().isEmpty());
    QVERIFY(!reader.isDate1904());
    const auto organisations = reader.readSheet(2);
    QVERIFY(organisations);
    QCOMPARE(organisations->rows.size(), 3);
    QCOMPARE(organisations->rows.at(2).text(1), QStringLiteral("91350100M000100Y43"));
}

void TestXlsxReader::cellsOfLibreOfficeWorkbook()
{
    const SheetTable &t = *m_resources;
    // The title was typed into a cell merged over A1:L1, in runs of two fonts.
    QCOMPARE(rowAt(t, 1)->cells.size(), 1);
    QCOMPARE(rowAt(t, 1)->text(1), QStringLiteral("呼和浩特市政务数据资源目录（2024年）"));
    QCOMPARE(rowAt(t, 3)->text(3), QStringLiteral("\u3000资源提供方")); // as written; the mapping trims
    const SheetRow &r4 = *rowAt(t, 4);
    QCOMPARE(r4.text(2), QStringLiteral("人口基础信息")); // rich text: three runs
    const Cell *published = r4.cell(8);
    QCOMPARE(published->type, Cell::Type::Date);
    QCOMPARE(published->value.toDate(), QDate(2024, 5, 28));
    QCOMPARE(published->text, QStringLiteral("2024-05-28"));
    QCOMPARE(r4.cell(9)->type, Cell::Type::Number);
    QCOMPARE(r4.cell(9)->text, QStringLiteral("1200"));
    // A formula: its cached value.
    QCOMPARE(r4.cell(10)->value.toDouble(), 1.2);
    QCOMPARE(r4.cell(10)->text, QStringLiteral("1.2"));
    QCOMPARE(r4.cell(11)->type, Cell::Type::Boolean);
    QCOMPARE(r4.cell(11)->text, QStringLiteral("TRUE"));
    QCOMPARE(r4.cell(11)->reference(), QStringLiteral("K4"));

    const SheetRow &r5 = *rowAt(t, 5);
    QCOMPARE(r5.cell(8)->value.toDate(), QDate(2024, 6, 1)); // yyyy"年"m"月"d"日"
    // A boolean formula, which LibreOffice stores as a number in a TRUE/FALSE format.
    QCOMPARE(r5.cell(11)->type, Cell::Type::Boolean);
    QCOMPARE(r5.cell(11)->value.toBool(), false);

    const SheetRow &r6 = *rowAt(t, 6);
    QCOMPARE(r6.cell(8)->type, Cell::Type::Text);
    QCOMPARE(dateFromCell(*r6.cell(8)), QDate(2024, 5, 28));
    QCOMPARE(r6.text(9), QStringLiteral("１５００"));
    QCOMPARE(r6.text(12), QStringLiteral("含\"引号\", 和逗号"));

    // A serial number without a date format stays a number; the date helper reads it.
    const Cell *serial = rowAt(t, 8)->cell(8);
    QCOMPARE(serial->type, Cell::Type::Number);
    QCOMPARE(serial->text, QStringLiteral("45292"));
    QCOMPARE(dateFromCell(*serial), QDate(2024, 1, 1));
}

void TestXlsxReader::verticalMergesAreFilledDown()
{
    const SheetTable &t = *m_resources;
    QCOMPARE(t.merges.size(), 2);
    QCOMPARE(t.merges.at(0).toString(), QStringLiteral("A1:L1"));
    QCOMPARE(t.merges.at(1).toString(), QStringLiteral("C4:C6"));
    for (int row = 4; row <= 6; ++row) {
        const Cell *provider = rowAt(t, row)->cell(3);
        QVERIFY2(provider, qPrintable(QStringLiteral("C%1").arg(row)));
        QCOMPARE(provider->text, QStringLiteral("市公安局"));
        QCOMPARE(provider->row, row);
        QCOMPARE(provider->fromMerge, row > 4);
    }
    QCOMPARE(rowAt(*m_items, 4)->text(1), QStringLiteral("101001/000123"));
    QVERIFY(!rowAt(*m_items, 6)->cell(1)->fromMerge);
}

void TestXlsxReader::sparseRowsAndCells()
{
    QCOMPARE(rowNumbers(*m_resources), (QList<int>{1, 2, 3, 4, 5, 6, 8}));
    QCOMPARE(rowNumbers(*m_items), (QList<int>{1, 2, 3, 4, 6, 7}));
    const SheetRow &note = *rowAt(*m_items, 7);
    QCOMPARE(note.cells.size(), 1);
    QCOMPARE(note.cells.first().reference(), QStringLiteral("H7"));
    QVERIFY(!note.cell(1));
    QVERIFY(note.text(2).isEmpty());
    QVERIFY(!rowAt(*m_items, 4)->cell(4)); // 出生日期 has no length
}

void TestXlsxReader::zipCalledCsvIsReadAsWorkbook()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.csv"));
    QVERIFY(QFile::copy(fixture("inventory.xlsx"), path));
    SpreadsheetReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.format(), SpreadsheetReader::Format::Xlsx);
    QCOMPARE(reader.sheetNames().size(), 3);
}

void TestXlsxReader::workbookFromMemory()
{
    QFile file(fixture("inventory.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    SpreadsheetReader reader;
    QVERIFY2(reader.openData(bytes, QStringLiteral("download.xlsx")), qPrintable(reader.errorString()));
    const auto table = reader.readSheet(0);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), m_resources->rows.size());
    QCOMPARE(rowAt(*table, 5)->text(3), QStringLiteral("市公安局"));

    QVERIFY(!reader.openData(bytes.first(6000), QStringLiteral("cut.xlsx")));
    QCOMPARE(reader.errorString(), QStringLiteral("cut.xlsx: truncated zip: the file ends before the zip directory"));
    QVERIFY(!reader.openData(QByteArray(), QStringLiteral("nothing.xlsx")));
    QCOMPARE(reader.errorString(), QStringLiteral("nothing.xlsx: the file is empty"));
}

void TestXlsxReader::badFilesGiveClearErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated") << QStringLiteral("truncated.xlsx")
                               << QStringLiteral(
                                      "truncated.xlsx: truncated zip: the file ends before the zip directory");
    QTest::newRow("zip, not a workbook") << QStringLiteral("not-a-workbook.xlsx")
                                         << QStringLiteral(
                                                "not-a-workbook.xlsx: not a workbook: the zip has no xl/workbook.xml");
    QTest::newRow("text renamed") << QStringLiteral("text-renamed.xlsx")
                                  << QStringLiteral(
                                         "text-renamed.xlsx: not an XLSX workbook: the file is not a zip archive");
}

void TestXlsxReader::badFilesGiveClearErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    SpreadsheetReader reader;
    QVERIFY(!reader.open(QStringLiteral(DEW_SPREADSHEET_DATA "/") + file));
    QCOMPARE(reader.errorString(), error);
    QCOMPARE(reader.format(), SpreadsheetReader::Format::None);
    QVERIFY(!reader.readSheet(0));
    QVERIFY(reader.sheetNames().isEmpty());
}

void TestXlsxReader::partSizeIsCapped()
{
    ZipArchive zip(1024);
    QVERIFY(zip.open(fixture("inventory.xlsx")));
    QVERIFY(zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"))); // under 1 kB
    QVERIFY(!zip.read(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(zip.errorString().startsWith(QStringLiteral("xl/worksheets/sheet1.xml unpacks to more than")),
             qPrintable(zip.errorString()));
    QVERIFY(!zip.read(QStringLiteral("xl/missing.xml")));
    QCOMPARE(zip.errorString(), QStringLiteral("the zip has no xl/missing.xml"));
}

void TestXlsxReader::sharedStringsSkipPhoneticGuides()
{
    // As Excel writes Japanese or Chinese text with a reading guide, and a CR in a cell.
    const QByteArray xml = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <si><r><rPr><b/></rPr><t>东京</t></r><r><t xml:space="preserve"> 都</t></r>
            <rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
        <si><t>第一行_x000D_
第二行</t></si><si><t/></si></sst>)";
    QStringList strings;
    QString error;
    QVERIFY(xlsx::parseSharedStrings(xml, &strings, &error));
    QCOMPARE(strings, (QStringList{QStringLiteral("东京 都"), QStringLiteral("第一行\r\n第二行"), QString()}));
}

void TestXlsxReader::worksheetCellKinds()
{
    // Inline strings, a formula's text, an error, ISO dates, rows and cells without r="".
    const QByteArray xml = R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <x:sheetData>
          <x:row><x:c t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c>
                 <x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="d"><x:v>2024-05-28T00:00:00</x:v></x:c>
                 <x:c s="1"><x:v>45440</x:v></x:c><x:c><x:v>3.14159</x:v></x:c></x:row>
          <x:row><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row>
        </x:sheetData></x:worksheet>)";
    const QStringList shared{QStringLiteral("共享")};
    const QList<xlsx::NumberStyle> styles{xlsx::NumberStyle::Plain, xlsx::NumberStyle::Date};
    std::map<int, SheetRow> rows;
    QList<CellRange> merges;
    QString error;
    QVERIFY2(xlsx::parseWorksheet(xml, {shared, styles, false}, &rows, &merges, &error), qPrintable(error));
    QCOMPARE(rows.size(), size_t(2));
    const SheetRow &first = rows.at(1);
    QCOMPARE(first.cells.size(), 6);
    QCOMPARE(first.text(1), QStringLiteral("内联"));
    QCOMPARE(first.text(2), QStringLiteral("公式"));
    QCOMPARE(first.cell(3)->type, Cell::Type::Error);
    QCOMPARE(first.cell(4)->value.toDate(), QDate(2024, 5, 28));
    QCOMPARE(first.cell(5)->value.toDate(), QDate(2024, 5, 28));
    QCOMPARE(first.cell(6)->text, QStringLiteral("3.14159"));
    QCOMPARE(rows.at(2).cell(2)->text, QStringLiteral("共享"));
}

void TestXlsxReader::brokenWorksheetIsReported()
{
    const QStringList shared;
    const QList<xlsx::NumberStyle> styles;
    std::map<int, SheetRow> rows;
    QList<CellRange> merges;
    QString error;
    QVERIFY(!xlsx::parseWorksheet("<worksheet><sheetData><row r=\"1\"><c r=\"C1\" t=\"s\"><v>7</v></c>",
                                  {shared, styles, false}, &rows, &merges, &error));
    QCOMPARE(error, QStringLiteral("cell C1 names shared string 7, which does not exist"));
    error.clear();
    QVERIFY(!xlsx::parseWorksheet("<worksheet><sheetData><row></sheetData>", {shared, styles, false}, &rows, &merges,
                                  &error));
    QVERIFY2(error.startsWith(QStringLiteral("not well-formed XML at line 1")), qPrintable(error));
}

void TestXlsxReader::referencesBeyondTheSheetAreIgnored()
{
    // Past Excel's 1,048,576 rows and XFD: treated as absent, so row arithmetic cannot overflow.
    const QByteArray xml = R"(<worksheet><sheetData>
        <row r="2147483647"><c><v>1</v></c></row>
        <row><c r="A99999999"><v>2</v></c><c r="XFE2"><v>3</v></c></row>
        </sheetData><mergeCells><mergeCell ref="A1:A2147483647"/><mergeCell ref="A1:A5"/></mergeCells></worksheet>)";
    const QStringList shared;
    const QList<xlsx::NumberStyle> styles;
    std::map<int, SheetRow> rows;
    QList<CellRange> merges;
    QString error;
    QVERIFY2(xlsx::parseWorksheet(xml, {shared, styles, false}, &rows, &merges, &error), qPrintable(error));
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows.at(1).text(1), QStringLiteral("1"));
    QCOMPARE(rows.at(2).text(1), QStringLiteral("2"));
    QCOMPARE(rows.at(2).text(2), QStringLiteral("3")); // no reference: the next column
    QCOMPARE(merges.size(), 1);
    QVERIFY(xlsx::fillMergedCells(merges, &rows));
    QCOMPARE(rows.size(), size_t(2)); // filled only down to the last row with data
}

void TestXlsxReader::mergesDoNotCreateBlankRows()
{
    // Found by fuzz_xlsx: one cell at the last row made this 1.5 kB sheet a million rows (7 s, 750 MB).
    const QByteArray xml = R"(<worksheet><sheetData>
        <row r="1"><c r="A1"><v>1</v></c></row>
        <row r="3"><c r="B3"><v>3</v></c></row>
        <row r="1048576"><c r="B1048576"><v>4</v></c></row>
        </sheetData><mergeCells><mergeCell ref="A1:A1048576"/></mergeCells></worksheet>)";
    const QStringList shared;
    const QList<xlsx::NumberStyle> styles;
    std::map<int, SheetRow> rows;
    QList<CellRange> merges;
    QString error;
    QVERIFY2(xlsx::parseWorksheet(xml, {shared, styles, false}, &rows, &merges, &error), qPrintable(error));
    QVERIFY(xlsx::fillMergedCells(merges, &rows));
    QCOMPARE(rows.size(), size_t(3)); // row 2 stays blank
    QCOMPARE(rows.at(3).text(1), QStringLiteral("1"));
    QVERIFY(rows.at(3).cell(1)->fromMerge);
    QCOMPARE(rows.at(1048576).text(1), QStringLiteral("1"));
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("General") << QStringLiteral("General") << false;
    QTest::newRow("iso") << QStringLiteral("yyyy\\-mm\\-dd") << true;
    QTest::newRow("chinese quoted") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("chinese escaped") << QStringLiteral("yyyy\\年m\\月d\\日") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-804]yyyy/m/d;@") << true;
    QTest::newRow("time") << QStringLiteral("h:mm:ss") << false;
    QTest::newRow("elapsed") << QStringLiteral("[h]:mm") << false;
    QTest::newRow("month-year") << QStringLiteral("mmm-yy") << true;
    QTest::newRow("currency with text") << QStringLiteral("#,##0.00\"元/天\"") << false;
    QTest::newRow("red negative") << QStringLiteral("0.00_);[Red]\\(0.00\\)") << false;
    QTest::newRow("boolean") << QStringLiteral("\"TRUE\";\"TRUE\";\"FALSE\"") << false;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(xlsx::isDateFormatCode(code), isDate);
    QVERIFY(xlsx::isBuiltInDateFormat(14));
    QVERIFY(xlsx::isBuiltInDateFormat(31));  // yyyy"年"m"月"d"日" in Chinese Excel
    QVERIFY(!xlsx::isBuiltInDateFormat(20)); // h:mm
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
