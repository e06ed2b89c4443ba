// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/headermapping.h"
#include "io/spreadsheetdates.h"
#include "io/spreadsheetreader.h"

#include <QTest>

using namespace dew::models;

namespace {

SheetRow textRow(int number, const QStringList &texts)
{
    SheetRow row{number, {}};
    for (int i = 0; i < texts.size(); ++i) {
        if (!texts.at(i).isEmpty()) {
            Cell cell;
            cell.type = Cell::Type::Text;
            cell.text = texts.at(i);
            cell.value = cell.text;
            cell.row = number;
            cell.column = i + 1;
            row.cells.append(cell);
        }
    }
    return row;
}

QStringList unknownHeaders(const ColumnMapping &mapping)
{
    QStringList headers;
    for (const HeaderCell &cell : mapping.unknownColumns()) {
        headers.append(columnLetter(cell.column) + QLatin1Char('=') + cell.header);
    }
    return headers;
}

ColumnTarget resource(const char *field)
{
    return {Entity::DataResource, QString::fromUtf8(field)};
}

} // namespace

class TestHeaderMapping : public QObject
{
    Q_OBJECT
private slots:
    void findsHeaderBelowTitleAndNotes();
    void itemSheetAndOrganisationSheet();
    void englishAliasesAndSpacing();
    void combinedResourceAndItemSheet();
    void missingRequiredAndDuplicates();
    void noHeaderInFirstRows();
    void userCorrection();
    void sheetKindFromNames();
    void datesFromSerials_data();
    void datesFromSerials();
    void datesFromText_data();
    void datesFromText();
};

void TestHeaderMapping::findsHeaderBelowTitleAndNotes()
{
    SpreadsheetReader reader;
    QVERIFY(reader.open(QStringLiteral(DEW_SPREADSHEET_DATA "/inventory.xlsx")));
    const auto table = reader.readSheet(0);
    QVERIFY(table);
    const auto found = findHeaderRow(table->rows);
    QVERIFY(found);
    const ColumnMapping &m = found->mapping;
    QCOMPARE(m.kind(), SheetKind::Resources);
    QCOMPARE(m.headerRow(), 3);
    QCOMPARE(found->skippedRows, (QList<int>{1, 2}));
    QCOMPARE(m.column(resource("code")), 1);         // "*资源代码"
    QCOMPARE(m.column(resource("name")), 2);         // "资源名称  "
    QCOMPARE(m.column(resource("owner_org")), 3);    // "\u3000资源提供方"
    QCOMPARE(m.column(resource("record_count")), 9); // 数据量（条）
    QCOMPARE(m.column(resource("storage_gb")), 10);
    QCOMPARE(m.header(3), QStringLiteral("资源提供方"));
    QCOMPARE(unknownHeaders(m), (QStringList{QStringLiteral("K=reported"), QStringLiteral("L=备注")}));
    QVERIFY(m.missingRequired().isEmpty());
}

void TestHeaderMapping::itemSheetAndOrganisationSheet()
{
    SpreadsheetReader reader;
    QVERIFY(reader.open(QStringLiteral(DEW_SPREADSHEET_DATA "/inventory.xlsx")));
    const auto items = findHeaderRow(reader.readSheet(1)->rows);
    QVERIFY(items);
    QCOMPARE(items->mapping.kind(), SheetKind::Items); // shares 资源代码 with resources, yet is not one
    QCOMPARE(items->mapping.column(Entity::DataItem, QStringLiteral("resource_code")), 1);
    QCOMPARE(items->mapping.column(Entity::DataItem, QStringLiteral("name")), 2);
    QVERIFY(items->skippedRows.isEmpty());

    const auto organisations = findHeaderRow(reader.readSheet(2)->rows);
    QVERIFY(organisations);
    QCOMPARE(organisations->mapping.kind(), SheetKind::Organisations);
    QCOMPARE(organisations->mapping.column(Entity::Organisation, QStringLiteral("uscc")), 1);
    QVERIFY(organisations->mapping.missingRequired().isEmpty());
}

void TestHeaderMapping::englishAliasesAndSpacing()
{
    const SheetRow header =
        textRow(1, {QStringLiteral("resource_code"), QStringLiteral("Name"), QStringLiteral("PROVIDER_USCC"),
                    QStringLiteral("update cycle"), QStringLiteral("数据量(条)"), QStringLiteral("　共享类型　"),
                    QStringLiteral("开放类型（必填）"), QStringLiteral("ｆｏｒｍａｔ")});
    const ColumnMapping m = ColumnMapping::fromHeaderRow(SheetKind::Resources, header);
    QCOMPARE(m.column(resource("code")), 1);
    QCOMPARE(m.column(resource("name")), 2);
    QCOMPARE(m.column(resource("owner_uscc")), 3);
    QCOMPARE(m.column(resource("update_cycle")), 4);
    QCOMPARE(m.column(resource("record_count")), 5);
    QCOMPARE(m.column(resource("share_type")), 6);
    QCOMPARE(m.column(resource("open_type")), 7);
    QCOMPARE(m.column(resource("format")), 8);
    QVERIFY(m.unknownColumns().isEmpty());
    QVERIFY(m.missingRequired().isEmpty()); // the USCC alone names the provider

    // Same layout, other spacing: the import remembers one mapping for both.
    const SheetRow spaced =
        textRow(4, {QStringLiteral(" resource_code"), QStringLiteral("name "), QStringLiteral("provider_uscc"),
                    QStringLiteral("update_cycle"), QStringLiteral("数据量（条）"), QStringLiteral("共享类型"),
                    QStringLiteral("开放类型(必填)"), QStringLiteral("format")});
    QCOMPARE(ColumnMapping::fromHeaderRow(SheetKind::Resources, spaced).layoutSignature(), m.layoutSignature());
}

void TestHeaderMapping::combinedResourceAndItemSheet()
{
    const QList<SheetRow> rows{
        textRow(1, {QStringLiteral("资源代码"), QStringLiteral("资源名称"), QStringLiteral("资源提供方"),
                    QStringLiteral("信息项名称"), QStringLiteral("数据类型"), QStringLiteral("共享类型")})};
    const auto found = findHeaderRow(rows);
    QVERIFY(found);
    QCOMPARE(found->mapping.kind(), SheetKind::Resources);
    QCOMPARE(found->mapping.column(Entity::DataItem, QStringLiteral("name")), 4);
    QCOMPARE(found->mapping.column(Entity::DataItem, QStringLiteral("data_type")), 5);
    QCOMPARE(found->mapping.column(resource("share_type")), 6); // the resource's; items default to it
}

void TestHeaderMapping::missingRequiredAndDuplicates()
{
    const SheetRow header = textRow(2, {QStringLiteral("资源代码"), QStringLiteral("资源名称"),
                                        QStringLiteral("resource_name"), QStringLiteral("共享类型")});
    const ColumnMapping m = ColumnMapping::fromHeaderRow(SheetKind::Resources, header);
    QCOMPARE(m.duplicateColumns().size(), 1);
    QCOMPARE(m.duplicateColumns().first().column, 3);
    QCOMPARE(m.column(resource("name")), 2);
    QCOMPARE(m.missingRequired(),
             (QStringList{QStringLiteral("资源格式"), QStringLiteral("更新周期"), QStringLiteral("开放类型"),
                          QStringLiteral("资源提供方 / 提供方统一社会信用代码")}));
}

void TestHeaderMapping::noHeaderInFirstRows()
{
    QList<SheetRow> rows;
    rows.append(textRow(1, {QStringLiteral("呼和浩特市政务数据资源目录（2024年）")}));
    rows.append(textRow(2, {QStringLiteral("说明：资源代码、资源名称为必填项")}));
    rows.append(textRow(25, {QStringLiteral("资源代码"), QStringLiteral("资源名称")}));
    QVERIFY(!findHeaderRow(rows));
    QVERIFY(findHeaderRow(rows, SheetKind::Resources, 30));
    // A kind given by the caller is the only one tried.
    QVERIFY(!findHeaderRow(rows, SheetKind::Systems, 30));
}

void TestHeaderMapping::userCorrection()
{
    ColumnMapping m = ColumnMapping::fromHeaderRow(
        SheetKind::Systems, textRow(1, {QStringLiteral("系统编码"), QStringLiteral("系统名称"),
                                        QStringLiteral("主管单位"), QStringLiteral("系统状态")}));
    QCOMPARE(unknownHeaders(m), QStringList{QStringLiteral("C=主管单位")});
    QCOMPARE(m.missingRequired(), QStringList{QStringLiteral("建设单位 / 建设单位统一社会信用代码")});
    m.setTarget(3, {Entity::InformationSystem, QStringLiteral("owner_org")});
    QVERIFY(m.unknownColumns().isEmpty());
    QVERIFY(m.missingRequired().isEmpty());
    m.setTarget(4, {Entity::InformationSystem, QStringLiteral("owner_org")}); // moves, never two
    QCOMPARE(m.column(Entity::InformationSystem, QStringLiteral("owner_org")), 4);
    QVERIFY(!m.target(3));
    QCOMPARE(m.missingRequired(), QStringList{QStringLiteral("系统状态")});
}

void TestHeaderMapping::sheetKindFromNames()
{
    QCOMPARE(sheetKindFromName(QStringLiteral("数据资源目录")), SheetKind::Resources);
    QCOMPARE(sheetKindFromName(QStringLiteral("数据资源目录（含信息项）")), SheetKind::Resources);
    QCOMPARE(sheetKindFromName(QStringLiteral(" 信息项 ")), SheetKind::Items);
    QCOMPARE(sheetKindFromName(QStringLiteral("系统清单2024")), SheetKind::Systems);
    QCOMPARE(sheetKindFromName(QStringLiteral("Organisations")), SheetKind::Organisations);
    QVERIFY(!sheetKindFromName(QStringLiteral("Sheet1")));
    QCOMPARE(sheetKindName(SheetKind::Items), QStringLiteral("信息项"));
}

void TestHeaderMapping::datesFromSerials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("59") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("60: Lotus' 1900-02-29") << 60.0 << false << QDate();
    QTest::newRow("61") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("45440") << 45440.0 << false << QDate(2024, 5, 28);
    QTest::newRow("with a time") << 45440.75 << false << QDate(2024, 5, 28);
    QTest::newRow("9999-12-31") << 2958465.0 << false << QDate(9999, 12, 31);
    QTest::newRow("past 9999") << 2958466.0 << false << QDate();
    QTest::newRow("0") << 0.0 << false << QDate();
    QTest::newRow("negative") << -1.0 << false << QDate();
    QTest::newRow("1904: 0") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 43978") << 43978.0 << true << QDate(2024, 5, 28);
}

void TestHeaderMapping::datesFromSerials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QCOMPARE(dateFromSerial(serial, date1904), date);
}

void TestHeaderMapping::datesFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate may28(2024, 5, 28);
    QTest::newRow("iso") << QStringLiteral("2024-05-28") << may28;
    QTest::newRow("slashes") << QStringLiteral("2024/5/28") << may28;
    QTest::newRow("chinese") << QStringLiteral("2024年5月28日") << may28;
    QTest::newRow("chinese spaced") << QStringLiteral(" 2024 年 5 月 28 日\u3000") << may28;
    QTest::newRow("full-width") << QStringLiteral("２０２４／５／２８") << may28;
    QTest::newRow("dots") << QStringLiteral("2024.5.28") << may28;
    QTest::newRow("compact") << QStringLiteral("20240528") << may28;
    QTest::newRow("with time") << QStringLiteral("2024-05-28 09:30:00") << may28;
    QTest::newRow("serial as text") << QStringLiteral("45440") << may28;
    QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QDate();
    QTest::newRow("feb 30") << QStringLiteral("2024/2/30") << QDate();
    QTest::newRow("no day") << QStringLiteral("2024-05") << QDate();
    QTest::newRow("words") << QStringLiteral("May 28") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestHeaderMapping::datesFromText()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    Cell cell;
    cell.type = Cell::Type::Text;
    cell.text = text;
    QCOMPARE(dateFromCell(cell), date);
}

QTEST_GUILESS_MAIN(TestHeaderMapping)
#include "tst_headermapping.moc"
