// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/divisions.h"
#include "domain/enumerations.h"
#include "domain/resourcecode.h"
#include "domain/validation.h"

#include <QTest>

using namespace dew::models;

namespace {

Record validResource()
{
    Record r;
    r.values = {{QStringLiteral("code"), QStringLiteral("101001/000123")},
                {QStringLiteral("name"), QStringLiteral("常住人口基本信息")},
                {QStringLiteral("owner_org"), QStringLiteral("org-1")},
                {QStringLiteral("catalogue_kind"), QStringLiteral("base")},
                {QStringLiteral("base_family"), QStringLiteral("population")},
                {QStringLiteral("format"), QStringLiteral("database")},
                {QStringLiteral("update_cycle"), QStringLiteral("daily")},
                {QStringLiteral("share_type"), QStringLiteral("unconditional")},
                {QStringLiteral("open_type"), QStringLiteral("none")},
                {QStringLiteral("grade"), QStringLiteral("general2")},
                {QStringLiteral("lifecycle"), QStringLiteral("draft")}};
    return r;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors) {
        fields << e.field;
    }
    return fields;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void regionCodes_data();
    void regionCodes();
    void unknownRegionSuggestsNearest();
    void hohhotDivisionsAreComplete();
    void resourceCodes_data();
    void resourceCodes();
    void validResourcePasses();
    void resourceRules_data();
    void resourceRules();
    void enumerationsAcceptLabels_data();
    void enumerationsAcceptLabels();
    void organisationUscc();
};

void TestValidation::regionCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("problem");
    const auto ok = static_cast<int>(Divisions::Problem::None);
    QTest::newRow("Hohhot city") << QStringLiteral("150100") << ok;
    QTest::newRow("Xincheng district") << QStringLiteral("150102") << ok;
    QTest::newRow("Wuchuan county") << QStringLiteral("150125") << ok;
    QTest::newRow("ETDZ statistical code") << QStringLiteral("150172") << ok;
    QTest::newRow("a township of Xincheng") << QStringLiteral("150102001") << ok;
    QTest::newRow("Beijing Dongcheng") << QStringLiteral("110101") << ok;
    QTest::newRow("well-formed but not real")
        << QStringLiteral("150199") << static_cast<int>(Divisions::Problem::Unknown);
    QTest::newRow("township not real") << QStringLiteral("150102999") << static_cast<int>(Divisions::Problem::Unknown);
    QTest::newRow("5 digits") << QStringLiteral("15010") << static_cast<int>(Divisions::Problem::Shape);
    QTest::newRow("letters") << QStringLiteral("15010A") << static_cast<int>(Divisions::Problem::Shape);
    QTest::newRow("empty") << QString() << static_cast<int>(Divisions::Problem::Empty);
}

void TestValidation::regionCodes()
{
    QFETCH(QString, code);
    QFETCH(int, problem);
    QCOMPARE(static_cast<int>(Divisions::instance().check(code)), problem);
}

void TestValidation::unknownRegionSuggestsNearest()
{
    Record org;
    org.values = {{QStringLiteral("uscc"), QStringLiteral("91350100M000100Y43")},
                  {QStringLiteral("name"), QStringLiteral("测试单位")},
                  {QStringLiteral("region_code"), QStringLiteral("150126")},
                  {QStringLiteral("kind"), QStringLiteral("enterprise")}};
    const FieldErrors errors = validate(Entity::Organisation, org);
    QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("region_code")});
    QVERIFY2(errors.first().message.contains(QStringLiteral("150125")), qPrintable(errors.first().message));
}

void TestValidation::hohhotDivisionsAreComplete()
{
    const Divisions &divisions = Divisions::instance();
    QCOMPARE(divisions.nameOf(QStringLiteral("150100")), QStringLiteral("呼和浩特市"));
    QCOMPARE(divisions.childrenOf(QStringLiteral("150100")).size(), 10); // 9 counties + ETDZ
    int townships = 0;
    for (const QString &county : divisions.childrenOf(QStringLiteral("150100"))) {
        townships += static_cast<int>(divisions.childrenOf(county).size());
    }
    QCOMPARE(townships, 99);
    QVERIFY(Divisions::isLocalZoneCode(QStringLiteral("150100Z01")));
    QVERIFY(!Divisions::isLocalZoneCode(QStringLiteral("150100")));
}

void TestValidation::resourceCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("kind");
    const auto ok = static_cast<int>(resourcecode::Problem::None);
    QTest::newRow("base") << QStringLiteral("101001/000123") << ok << QStringLiteral("base");
    QTest::newRow("theme with sub-category") << QStringLiteral("20300101/000001") << ok << QStringLiteral("theme");
    QTest::newRow("department") << QStringLiteral("305002/999999") << ok << QStringLiteral("department");
    QTest::newRow("special") << QStringLiteral("401001/000010") << ok << QStringLiteral("special");
    QTest::newRow("class 5") << QStringLiteral("501001/000001") << static_cast<int>(resourcecode::Problem::ClassDigit)
                             << QString();
    QTest::newRow("no slash") << QStringLiteral("101001000123") << static_cast<int>(resourcecode::Problem::Shape)
                              << QStringLiteral("base");
    QTest::newRow("short sequence") << QStringLiteral("101001/12345") << static_cast<int>(resourcecode::Problem::Shape)
                                    << QStringLiteral("base");
    QTest::newRow("short classification")
        << QStringLiteral("10100/000123") << static_cast<int>(resourcecode::Problem::Shape) << QStringLiteral("base");
    QTest::newRow("empty") << QString() << static_cast<int>(resourcecode::Problem::Empty) << QString();
}

void TestValidation::resourceCodes()
{
    QFETCH(QString, code);
    QFETCH(int, problem);
    QFETCH(QString, kind);
    QCOMPARE(static_cast<int>(resourcecode::check(code)), problem);
    QCOMPARE(resourcecode::catalogueKindOf(code), kind);
}

void TestValidation::validResourcePasses()
{
    const FieldErrors errors = validate(Entity::DataResource, validResource());
    QVERIFY2(errors.isEmpty(), qPrintable(describe(Entity::DataResource, errors)));
}

void TestValidation::resourceRules_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("name missing") << QVariantMap{{QStringLiteral("name"), QStringLiteral("  ")}}
                                  << QStringList{QStringLiteral("name")};
    QTest::newRow("code kind mismatch") << QVariantMap{{QStringLiteral("code"), QStringLiteral("201001/000001")}}
                                        << QStringList{QStringLiteral("code")};
    QTest::newRow("base without family") << QVariantMap{{QStringLiteral("base_family"), QString()}}
                                         << QStringList{QStringLiteral("base_family")};
    QTest::newRow("conditional share without condition")
        << QVariantMap{{QStringLiteral("share_type"), QStringLiteral("conditional")}}
        << QStringList{QStringLiteral("share_condition")};
    QTest::newRow("not shared without reason") << QVariantMap{{QStringLiteral("share_type"), QStringLiteral("none")}}
                                               << QStringList{QStringLiteral("no_share_reason")};
    QTest::newRow("conditional open without condition")
        << QVariantMap{{QStringLiteral("open_type"), QStringLiteral("conditional")}}
        << QStringList{QStringLiteral("open_condition")};
    QTest::newRow("unknown format") << QVariantMap{{QStringLiteral("format"), QStringLiteral("papyrus")}}
                                    << QStringList{QStringLiteral("format")};
    QTest::newRow("negative record count") << QVariantMap{{QStringLiteral("record_count"), QStringLiteral("-3")}}
                                           << QStringList{QStringLiteral("record_count")};
    QTest::newRow("bad date") << QVariantMap{{QStringLiteral("publish_date"), QStringLiteral("2024-13-01")}}
                              << QStringList{QStringLiteral("publish_date")};
}

void TestValidation::resourceRules()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QStringList, fields);
    Record record = validResource();
    record.values.insert(changes);
    QCOMPARE(fieldsOf(validate(Entity::DataResource, record)), fields);
}

void TestValidation::enumerationsAcceptLabels_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("zh label") << static_cast<int>(EnumKind::ShareType) << QStringLiteral("有条件共享")
                              << QStringLiteral("conditional");
    QTest::newRow("code") << static_cast<int>(EnumKind::UpdateCycle) << QStringLiteral("daily")
                          << QStringLiteral("daily");
    QTest::newRow("en label, any case") << static_cast<int>(EnumKind::Deployment) << QStringLiteral("government CLOUD")
                                        << QStringLiteral("gov_cloud");
    QTest::newRow("grade, full-width parentheses")
        << static_cast<int>(EnumKind::Grade) << QStringLiteral("一般数据（3级）") << QStringLiteral("general3");
    QTest::newRow("grade, half-width parentheses")
        << static_cast<int>(EnumKind::Grade) << QStringLiteral("一般数据(3级)") << QStringLiteral("general3");
    QTest::newRow("grade, no parentheses")
        << static_cast<int>(EnumKind::Grade) << QStringLiteral("一般数据3级") << QStringLiteral("general3");
    QTest::newRow("trailing ideographic space")
        << static_cast<int>(EnumKind::ResourceFormat) << QStringLiteral("数据库\u3000") << QStringLiteral("database");
    QTest::newRow("unknown") << static_cast<int>(EnumKind::ShareType) << QStringLiteral("随便共享") << QString();
}

void TestValidation::enumerationsAcceptLabels()
{
    QFETCH(int, kind);
    QFETCH(QString, input);
    QFETCH(QString, code);
    QCOMPARE(Enumeration::of(static_cast<EnumKind>(kind)).codeFor(input).value_or(QString()), code);
}

void TestValidation::organisationUscc()
{
    Record org;
    org.values = {{QStringLiteral("uscc"), QStringLiteral("91350100M000100Y44")},
                  {QStringLiteral("name"), QStringLiteral("测试单位")},
                  {QStringLiteral("region_code"), QStringLiteral("150102")},
                  {QStringLiteral("kind"), QStringLiteral("enterprise")}};
    QCOMPARE(fieldsOf(validate(Entity::Organisation, org)), QStringList{QStringLiteral("uscc")});
    org.values.insert(QStringLiteral("uscc"), QStringLiteral("91350100M000100Y43"));
    QVERIFY(validate(Entity::Organisation, org).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
