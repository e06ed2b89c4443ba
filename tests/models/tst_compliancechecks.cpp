// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfixtures.h"
#include "workflow/compliancechecks.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace dew::models;
namespace fx = applicationfixture;

Q_DECLARE_METATYPE(dew::models::CheckStatus)

namespace {

ComplianceCheck checkOf(ComplianceCheckKind kind, const ApplicationFacts &facts)
{
    const QList<ComplianceCheck> checks = complianceChecks(facts, fx::rules());
    for (const ComplianceCheck &check : checks) {
        if (check.kind == kind) {
            return check;
        }
    }
    return {kind, CheckStatus::Open, QStringLiteral("missing from the list"), {}};
}

} // namespace

class TestComplianceChecks : public QObject
{
    Q_OBJECT
private slots:
    void aGoodApplicationIsAllGreen();
    void fee_data();
    void fee();
    void term_data();
    void term();
    void usccChecksum();
    void lists();
    void grades();
    void creditCheckCannotBeMadeYet();
    void rulesRoundTripAndRefuseNonsense();
};

void TestComplianceChecks::aGoodApplicationIsAllGreen()
{
    const QList<ComplianceCheck> checks =
        complianceChecks(fx::application(ApplicationState::ComplianceReview), fx::rules());
    QCOMPARE(checks.size(), 9);
    for (const ComplianceCheck &check : checks) {
        QVERIFY2(check.passed(), qPrintable(check.title + QLatin1String(": ") + check.reason));
        QVERIFY(!check.title.isEmpty());
        QVERIFY(!check.reason.isEmpty());
    }
}

void TestComplianceChecks::fee_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<qint64>("fee");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("says");
    const QString welfare = QStringLiteral("public_welfare");
    const QString industry = QStringLiteral("industry");
    const QString scenario = QStringLiteral("scenario");
    QTest::newRow("public welfare free") << welfare << scenario << qint64(0) << true << QStringLiteral("free");
    QTest::newRow("public welfare charged")
        << welfare << scenario << qint64(1) << false << QStringLiteral("must be free");
    QTest::newRow("industry below ceiling")
        << industry << scenario << qint64(150'000) << true << QStringLiteral("within");
    QTest::newRow("industry at the ceiling")
        << industry << scenario << qint64(200'000) << true << QStringLiteral("within");
    QTest::newRow("industry over the ceiling")
        << industry << scenario << qint64(200'001) << false
        << QStringLiteral("exceeds the ceiling of %1").arg(QLocale().toString(200'000));
    QTest::newRow("whole mode has its own ceiling")
        << industry << QStringLiteral("whole") << qint64(900'000) << true << QLocale().toString(1'000'000);
    QTest::newRow("mode without a ceiling")
        << industry << QStringLiteral("unknown") << qint64(1) << false << QStringLiteral("no fee ceiling");
    QTest::newRow("no category") << QString() << scenario << qint64(0) << false << QStringLiteral("not given");
    QTest::newRow("negative fee") << industry << scenario << qint64(-5) << false << QStringLiteral("negative");
}

void TestComplianceChecks::fee()
{
    QFETCH(QString, category);
    QFETCH(QString, mode);
    QFETCH(qint64, fee);
    QFETCH(bool, passes);
    QFETCH(QString, says);
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    facts.feeCategory = category;
    facts.mode = mode;
    facts.feeYuanPerYear = fee;
    const ComplianceCheck check = checkOf(ComplianceCheckKind::Fee, facts);
    QCOMPARE(check.passed(), passes);
    QCOMPARE(check.status, passes ? CheckStatus::Passed : CheckStatus::Failed);
    QVERIFY2(check.reason.contains(says), qPrintable(check.reason));
}

void TestComplianceChecks::term_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("passes");
    QTest::newRow("one year") << QDate(2026, 4, 1) << QDate(2027, 3, 31) << true;
    QTest::newRow("exactly three years, both days counted") << QDate(2026, 1, 1) << QDate(2028, 12, 31) << true;
    QTest::newRow("three years and a day") << QDate(2026, 1, 1) << QDate(2029, 1, 1) << false;
    QTest::newRow("five years") << QDate(2026, 1, 1) << QDate(2030, 12, 31) << false;
    QTest::newRow("one day") << QDate(2026, 1, 1) << QDate(2026, 1, 1) << true;
    QTest::newRow("ends before it starts") << QDate(2026, 6, 1) << QDate(2026, 5, 31) << false;
    QTest::newRow("no end") << QDate(2026, 6, 1) << QDate() << false;
    QTest::newRow("from 29 February") << QDate(2028, 2, 29) << QDate(2031, 2, 27) << true;
}

void TestComplianceChecks::term()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, passes);
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    facts.termStart = start;
    facts.termEnd = end;
    const ComplianceCheck check = checkOf(ComplianceCheckKind::Term, facts);
    QVERIFY2(check.passed() == passes, qPrintable(check.reason));
}

void TestComplianceChecks::usccChecksum()
{
    ApplicationFacts facts = fx::application(ApplicationState::QualificationReview);
    QVERIFY(checkOf(ComplianceCheckKind::Uscc, facts).passed());
    facts.applicantUscc = QStringLiteral("914403001922032816"); // two digits swapped
    const ComplianceCheck swapped = checkOf(ComplianceCheckKind::Uscc, facts);
    QCOMPARE(swapped.status, CheckStatus::Failed);
    QVERIFY(swapped.reason.contains(QLatin1String("check character")));
    facts.applicantUscc.clear();
    QCOMPARE(checkOf(ComplianceCheckKind::Uscc, facts).status, CheckStatus::Failed);
}

void TestComplianceChecks::lists()
{
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    // "1019" covers every resource classified under 1019..., and one code is listed by itself.
    facts.resources.append({QStringLiteral("101901/000001"), QStringLiteral("个人征信"), QStringLiteral("general1")});
    facts.resources.append({QStringLiteral("201002/000009"), QStringLiteral("车辆轨迹"), QStringLiteral("general2")});
    const ComplianceCheck negative = checkOf(ComplianceCheckKind::NegativeList, facts);
    QCOMPARE(negative.status, CheckStatus::Failed);
    QVERIFY(negative.reason.contains(QStringLiteral("个人征信 (101901/000001)")));
    QVERIFY(negative.reason.contains(QStringLiteral("车辆轨迹")));
    QVERIFY(!negative.reason.contains(QStringLiteral("公交线路")));
    // 201002/000009 is not on the positive list (only 201002/000007 is); 101901 is, through "101".
    const ComplianceCheck positive = checkOf(ComplianceCheckKind::PositiveList, facts);
    QCOMPARE(positive.status, CheckStatus::Failed);
    QVERIFY(positive.reason.contains(QStringLiteral("车辆轨迹")));
    QVERIFY(!positive.reason.contains(QStringLiteral("个人征信")));

    facts.resources.clear();
    QCOMPARE(checkOf(ComplianceCheckKind::PositiveList, facts).status, CheckStatus::Failed);
    QVERIFY(listEntryCovers(QStringLiteral("101"), QStringLiteral("101001/000123")));
    QVERIFY(!listEntryCovers(QStringLiteral("101001/000124"), QStringLiteral("101001/000123")));
    QVERIFY(!listEntryCovers(QStringLiteral("000"), QStringLiteral("101001/000123")));
}

void TestComplianceChecks::grades()
{
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    facts.resources.append({QStringLiteral("101001/000200"), QStringLiteral("企业登记"), QStringLiteral("important")});
    ComplianceCheck important = checkOf(ComplianceCheckKind::ImportantData, facts);
    QCOMPARE(important.status, CheckStatus::Open);
    QVERIFY(important.reason.contains(QLatin1String("0 of 2")));
    facts.complianceApprovals = {fx::reviewer.userId, fx::reviewer.userId};
    important = checkOf(ComplianceCheckKind::ImportantData, facts);
    QCOMPARE(important.status, CheckStatus::Open); // the same reviewer twice is one
    QVERIFY(important.reason.contains(QLatin1String("1 of 2")));
    facts.complianceApprovals << fx::secondReviewer.userId;
    QCOMPARE(checkOf(ComplianceCheckKind::ImportantData, facts).status, CheckStatus::Passed);

    QVERIFY(checkOf(ComplianceCheckKind::CoreData, facts).passed());
    facts.resources.append({QStringLiteral("101001/000300"), QStringLiteral("重点人员轨迹"), QStringLiteral("core")});
    const ComplianceCheck core = checkOf(ComplianceCheckKind::CoreData, facts);
    QCOMPARE(core.status, CheckStatus::Failed);
    QVERIFY(core.reason.contains(fx::rules().coreDataRule));
}

void TestComplianceChecks::creditCheckCannotBeMadeYet()
{
    ApplicationFacts facts = fx::application(ApplicationState::QualificationReview);
    facts.credit = CreditStanding::NotAvailable;
    const ComplianceCheck credit = checkOf(ComplianceCheckKind::Credit, facts);
    QCOMPARE(credit.status, CheckStatus::Open);
    QVERIFY(!credit.passed());
    QVERIFY(credit.reason.contains(QLatin1String("could not be made")));
    facts.credit = CreditStanding::SeriousBadRecord;
    QCOMPARE(checkOf(ComplianceCheckKind::Credit, facts).status, CheckStatus::Failed);
}

void TestComplianceChecks::rulesRoundTripAndRefuseNonsense()
{
    const ApplicationRules rules = fx::rules();
    QString error;
    const std::optional<ApplicationRules> back = ApplicationRules::fromJson(rules.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), rules.toJson());
    QCOMPARE(back->feeCeiling(QStringLiteral("domain")), std::optional<qint64>(500'000));
    QCOMPARE(back->deadlineDays(ApplicationState::Publicity), std::optional<int>(5));
    QVERIFY(!back->deadlineDays(ApplicationState::Active));

    QJsonObject twice = rules.toJson();
    QJsonArray ceilings = twice.value(QStringLiteral("fee_ceilings")).toArray();
    ceilings.append(
        QJsonObject{{QStringLiteral("mode"), QStringLiteral("domain")}, {QStringLiteral("yuan_per_year"), 1}});
    twice.insert(QStringLiteral("fee_ceilings"), ceilings);
    QVERIFY(!ApplicationRules::fromJson(twice, &error));
    QVERIFY(error.contains(QLatin1String("at most one fee ceiling")));

    QJsonObject noDays = rules.toJson();
    noDays.insert(QStringLiteral("stage_deadlines"),
                  QJsonArray{QJsonObject{{QStringLiteral("state"), QStringLiteral("submitted")},
                                         {QStringLiteral("working_days"), 0}}});
    QVERIFY(!ApplicationRules::fromJson(noDays, &error));
    QJsonObject badList = rules.toJson();
    badList.insert(QStringLiteral("negative_list"), QJsonArray{QStringLiteral(" ")});
    QVERIFY(!ApplicationRules::fromJson(badList, &error));
    QJsonObject dueSoon = rules.toJson();
    dueSoon.insert(QStringLiteral("due_soon_working_days"), -1);
    QVERIFY(!ApplicationRules::fromJson(dueSoon, &error));
    dueSoon.insert(QStringLiteral("due_soon_working_days"), 4);
    QCOMPARE(ApplicationRules::fromJson(dueSoon)->dueSoonWorkingDays, 4);
}

QTEST_GUILESS_MAIN(TestComplianceChecks)
#include "tst_compliancechecks.moc"
