// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"
#include "io/spreadsheetreader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DEW_SPREADSHEET_DATA "/") + QString::fromUtf8(name);
}

// Rows as "number: A=text | B=text", so a failure shows what was read.
QStringList describe(const QList<SheetRow> &rows)
{
    QStringList lines;
    for (const SheetRow &row : rows) {
        QStringList cells;
        for (const Cell &cell : row.cells) {
            cells.append(cell.reference() + QLatin1Char('=') + cell.text);
        }
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

QList<SheetRow> readCsv(CsvReader &reader, QByteArrayView data)
{
    QList<SheetRow> rows;
    const bool ok = reader.readData(data, [&](const SheetRow &row) {
        rows.append(row);
        return true;
    });
    return ok ? rows : QList<SheetRow>();
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void gb18030AndUtf8BomReadIdentically();
    void quotesLineBreaksAndBlankRows();
    void tabsAreDetected();
    void semicolonsAreDetected();
    void unterminatedQuoteNamesTheRow();
    void badEncodingIsReported();
    void emptyAndBinaryFilesAreRejected();
    void largeGb18030FileStreamsAcrossChunks();
    void visitorCanCancel();
    void csvFromMemory();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("rows");
    QTest::newRow("doubled quote") << QByteArray("a,\"b\"\"c\",d\n") << QStringLiteral("A1=a | B1=b\"c | C1=d");
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,e") << QStringLiteral("A1=abcd | B1=e");
    QTest::newRow("stray quote kept") << QByteArray("ab\"cd,e\n") << QStringLiteral("A1=ab\"cd | B1=e");
    QTest::newRow("CR line ends") << QByteArray("a,b\rc,d\r") << QStringLiteral("A1=a | B1=b / A2=c | B2=d");
    QTest::newRow("no final line end") << QByteArray("a\nb") << QStringLiteral("A1=a / A2=b");
    QTest::newRow("CRLF inside quotes") << QByteArray("\"x\r\ny\",z\r\n") << QStringLiteral("A1=x\ny | B1=z");
    QTest::newRow("empty fields") << QByteArray(",b,,d\n") << QStringLiteral("B1=b | D1=d");
    QTest::newRow("only empty quotes") << QByteArray("\"\",\"\"\nx\n") << QStringLiteral("A2=x");
    QTest::newRow("delimiter and quote in quotes") << QByteArray("\"a,\"\"b\"\"\"\n") << QStringLiteral("A1=a,\"b\"");
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << QStringLiteral("A1= a  | B1= b ");
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, rows);
    CsvReader reader;
    QCOMPARE(describe(readCsv(reader, csv)).join(QStringLiteral(" / ")), rows);
}

void TestCsvReader::gb18030AndUtf8BomReadIdentically()
{
    SpreadsheetReader utf8;
    QVERIFY2(utf8.open(fixture("resources-utf8-bom.csv")), qPrintable(utf8.errorString()));
    SpreadsheetReader gb;
    QVERIFY2(gb.open(fixture("resources-gb18030.csv")), qPrintable(gb.errorString()));
    QCOMPARE(utf8.format(), SpreadsheetReader::Format::Csv);
    QCOMPARE(utf8.encodingName(), QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(gb.encodingName(), QStringLiteral("GB18030"));
    QCOMPARE(gb.sheetNames(), QStringList{QStringLiteral("resources-gb18030")});

    const auto a = utf8.readSheet(0);
    const auto b = gb.readSheet(0);
    QVERIFY(a && b);
    QCOMPARE(describe(b->rows), describe(a->rows));
    // The BOM is not part of the first cell.
    QCOMPARE(a->rows.at(0).text(1), QStringLiteral("呼和浩特市政务数据资源目录（2024年）"));
}

void TestCsvReader::quotesLineBreaksAndBlankRows()
{
    SpreadsheetReader reader;
    QVERIFY(reader.open(fixture("resources-utf8-bom.csv")));
    const auto table = reader.readSheet(0);
    QVERIFY(table);
    const QStringList expected = {
        QStringLiteral("A1=呼和浩特市政务数据资源目录（2024年）"),
        QStringLiteral("A2=资源代码 | B2=资源名称 | C2=资源提供方 | D2=资源摘要 | E2=发布日期"),
        QStringLiteral("A3=101001/000123 | B3=人口基础信息 | C3=市公安局 | D3=全市户籍人口, 含\"流动人口\"\n第二行 | "
                       "E3=2024/5/28"),
        // Row 4 is blank: not delivered, and the numbers still match the spreadsheet's.
        QStringLiteral("A5=201002/000001 | B5=空气质量监测 | C5=市生态环境局 | E5=2024年5月28日"),
    };
    QCOMPARE(describe(table->rows), expected);
    QCOMPARE(table->rows.at(2).cell(4)->type, Cell::Type::Text);
}

void TestCsvReader::tabsAreDetected()
{
    SpreadsheetReader tsv;
    QVERIFY(tsv.open(fixture("resources-tab.tsv")));
    SpreadsheetReader csv;
    QVERIFY(csv.open(fixture("resources-utf8-bom.csv")));
    QCOMPARE(describe(tsv.readSheet(0)->rows), describe(csv.readSheet(0)->rows));

    CsvReader reader;
    readCsv(reader, "a\tb,c\td\n1\t2,3\t4\n");
    QCOMPARE(reader.delimiter(), QLatin1Char('\t'));
}

void TestCsvReader::semicolonsAreDetected()
{
    CsvReader reader;
    const auto rows = readCsv(reader, "code;name\r\n101001;\"a;b\"\r\n");
    QCOMPARE(reader.delimiter(), QLatin1Char(';'));
    QCOMPARE(describe(rows), (QStringList{QStringLiteral("A1=code | B1=name"), QStringLiteral("A2=101001 | B2=a;b")}));
}

void TestCsvReader::unterminatedQuoteNamesTheRow()
{
    SpreadsheetReader reader;
    QVERIFY(reader.open(fixture("unterminated-quote.csv")));
    int delivered = 0;
    QVERIFY(!reader.readSheet(0, [&](const SheetRow &) { return ++delivered > 0; }));
    QCOMPARE(delivered, 2); // the rows before the broken one
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("unterminated-quote.csv: row 3: unterminated quote")),
             qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QStringLiteral("column B")), qPrintable(reader.errorString()));
}

void TestCsvReader::badEncodingIsReported()
{
    // Latin-1 "café" is neither valid UTF-8 nor well-formed GB18030 (0xE9 then a line end).
    CsvReader reader(QStringLiteral("latin1.csv"));
    QVERIFY(!reader.readData("name\ncaf\xe9\n", [](const SheetRow &) { return true; }));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("latin1.csv: unknown text encoding: line 2 (byte 8)")),
             qPrintable(reader.errorString()));
}

void TestCsvReader::emptyAndBinaryFilesAreRejected()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    QFile(empty).open(QIODevice::WriteOnly);
    SpreadsheetReader reader;
    QVERIFY(!reader.open(empty));
    QCOMPARE(reader.errorString(), QStringLiteral("empty.csv: the file is empty"));

    const QString binary = dir.filePath(QStringLiteral("data.csv"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("abc\0\0\x01\x02", 7));
    file.close();
    QVERIFY(!reader.open(binary));
    QCOMPARE(reader.errorString(), QStringLiteral("data.csv: not a text file: it holds binary data"));
}

void TestCsvReader::largeGb18030FileStreamsAcrossChunks()
{
    // Several 1 MB chunks, so two-byte characters and quoted fields straddle chunk ends.
    QString text = QStringLiteral("资源代码,资源名称,资源摘要\n");
    const int rows = 70000;
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("%1,数据资源名称%2,\"摘要，含逗号\n和换行%2\"\n").arg(100000 + i).arg(i);
    }
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(bytes.size() > 3 * 1024 * 1024);

    CsvReader reader;
    int count = 0;
    SheetRow last;
    QVERIFY2(reader.readData(bytes,
                             [&](const SheetRow &row) {
                                 ++count;
                                 last = row;
                                 return true;
                             }),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding(), TextEncoding::Gb18030);
    QCOMPARE(count, rows + 1);
    QCOMPARE(last.number, rows + 1);
    QCOMPARE(last.text(2), QStringLiteral("数据资源名称%1").arg(rows - 1));
    QCOMPARE(last.text(3), QStringLiteral("摘要，含逗号\n和换行%1").arg(rows - 1));
}

void TestCsvReader::visitorCanCancel()
{
    SpreadsheetReader reader;
    QVERIFY(reader.open(fixture("resources-gb18030.csv")));
    int seen = 0;
    QVERIFY(reader.readSheet(0, [&](const SheetRow &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
    QVERIFY(reader.wasCancelled());
}

void TestCsvReader::csvFromMemory()
{
    QFile file(fixture("resources-gb18030.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    SpreadsheetReader memory;
    QVERIFY(memory.openData(file.readAll(), QStringLiteral("pasted.csv")));
    QCOMPARE(memory.encodingName(), QStringLiteral("GB18030"));
    QCOMPARE(memory.sheetNames(), QStringList{QStringLiteral("pasted")});
    SpreadsheetReader disk;
    QVERIFY(disk.open(fixture("resources-gb18030.csv")));
    QCOMPARE(describe(memory.readSheet(0)->rows), describe(disk.readSheet(0)->rows));
    // A name ending in .xlsx promises a workbook, from memory as from disk.
    QVERIFY(!memory.openData("a,b\n", QStringLiteral("book.xlsx")));
    QCOMPARE(memory.errorString(), QStringLiteral("book.xlsx: not an XLSX workbook: the file is not a zip archive"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
