// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfixtures.h"
#include "export/decisionletter.h"
#include "workflow/applicationcommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace dew::models;
namespace fx = applicationfixture;

// ctest counts a skip as a pass: under CI a missing pdftotext fails instead (TOOLCHAIN.md).
#define REQUIRE_PDFTOTEXT()                                                                                            \
    if (m_pdftotext.isEmpty()) {                                                                                       \
        QVERIFY2(qEnvironmentVariableIsEmpty("CI"),                                                                    \
                 "pdftotext (poppler-utils) is missing: CI must read letters back");                                   \
        QSKIP("pdftotext (poppler-utils) is not installed: the letters cannot be read back");                          \
    }

namespace {

const Actor zhang{QStringLiteral("u-zhang"), QStringLiteral("张伟"), Role::Reviewer, QStringLiteral("org-bureau")};
const Actor li{QStringLiteral("u-li"), QStringLiteral("李秀兰"), Role::Reviewer, QStringLiteral("org-bureau")};
const Actor wang{QStringLiteral("u-wang"), QStringLiteral("王长门"), Role::Reviewer, QStringLiteral("org-bureau")};
const QString authority = QStringLiteral("呼和浩特市数据局");
const QString applicant = QStringLiteral("内蒙古车联网数据运营有限公司");
const QDate letterDay(2026, 11, 28);
const QString applicationId = QStringLiteral("019ac9e2-5b7f-7c31-8a4e-3f9d2b6c1e07"); // a UUIDv7, as stored

struct Step
{
    Actor actor;
    ApplicationAction action;
    QString opinion;
};

// Runs the steps through the workflow, as the desktop and dew-server do, and returns the timeline.
QList<ReviewRecord> timeline(ApplicationFacts &facts, const QList<Step> &steps)
{
    QList<ReviewRecord> records;
    QDateTime at(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc());
    for (const Step &step : steps) {
        const ApplicationCommand command{facts.id, facts.state, {step.action, step.opinion, false}, {}, {}};
        const CommandOutcome outcome = executeCommand(facts, command, step.actor, fx::rules(), at);
        if (!outcome.result || !outcome.record) {
            qWarning("%s refused: %s", qPrintable(applicationActionCode(step.action)),
                     qPrintable(outcome.result.reason));
            return {};
        }
        facts = outcome.after;
        records << *outcome.record;
        at = at.addDays(1);
    }
    return records;
}

const QString rejectReason =
    QStringLiteral("申请用途与目录不符，人口数据长期使用须另行审批，车辆门户数据不在正面清单。");
const QString qualificationPassed = QStringLiteral("信用良好，主体资格合格。");

QList<ReviewRecord> rejectedTimeline(ApplicationFacts &facts)
{
    facts = fx::application(ApplicationState::Draft);
    facts.id = applicationId;
    return timeline(facts, {{fx::officer, ApplicationAction::Submit, {}},
                            {zhang, ApplicationAction::Accept, {}},
                            {zhang, ApplicationAction::BeginReview, {}},
                            {li, ApplicationAction::PassQualification, qualificationPassed},
                            {wang, ApplicationAction::FailCompliance, rejectReason}});
}

QList<ReviewRecord> approvedTimeline(ApplicationFacts &facts)
{
    facts = fx::application(ApplicationState::Draft);
    facts.id = applicationId;
    return timeline(facts, {{fx::officer, ApplicationAction::Submit, {}},
                            {zhang, ApplicationAction::Return, QStringLiteral("请补充安全承诺书的签章页。")},
                            {fx::officer, ApplicationAction::Supplement, {}},
                            {zhang, ApplicationAction::Accept, {}},
                            {zhang, ApplicationAction::BeginReview, {}},
                            {li, ApplicationAction::PassQualification, qualificationPassed},
                            {li, ApplicationAction::PassCompliance, QStringLiteral("所用数据均在正面清单内。")},
                            {wang, ApplicationAction::PassExpertReview, QStringLiteral("运营方案可行，安全措施到位。")},
                            {zhang, ApplicationAction::RecordDecision, QStringLiteral("局务会议同意授权。")},
                            {zhang, ApplicationAction::ClosePublicity, QStringLiteral("公示期满无异议。")}});
}

// pdftotext lays wrapped lines out with spaces and line breaks, and a paragraph that continues on
// the next page has the page number ("— 1 —") in between: compare without them.
QString flattened(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral(u"\u2014\\s*\\d+\\s*\u2014|\\s")));
}

} // namespace

class TestDecisionLetter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void theLetterSaysWhatWasDecidedAndWhy_data();
    void theLetterSaysWhatWasDecidedAndWhy();
    void aRejectionGivesTheAdverseOpinionsAsReasons();
    void anOverruledObjectionIsNoReasonToApprove();
    void theHashFollowsEveryOpinion();
    void aLongLetterStaysInsideTheMarginsAndBreaksPages();
    void aMissingFolderIsAClearError();
    void noDecisionNoLetter();

private:
    QString pdfText(const QString &pdf, const QStringList &options = {QStringLiteral("-layout")});

    QString m_pdftotext;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDecisionLetter::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

void TestDecisionLetter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDecisionLetter::pdfText(const QString &pdf, const QStringList &options)
{
    QProcess process;
    process.start(m_pdftotext, QStringList(options)
                                   << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-"));
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestDecisionLetter::theLetterSaysWhatWasDecidedAndWhy_data()
{
    QTest::addColumn<bool>("approved");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("reviewers");
    QTest::newRow("rejected") << false << QStringLiteral("The application is rejected.") << QStringList{rejectReason}
                              << QStringList{zhang.displayName, li.displayName, wang.displayName};
    QTest::newRow("approved") << true << QStringLiteral("The application is approved.")
                              << QStringList{qualificationPassed, QStringLiteral("所用数据均在正面清单内。"),
                                             QStringLiteral("运营方案可行，安全措施到位。"),
                                             QStringLiteral("局务会议同意授权。"), QStringLiteral("公示期满无异议。")}
                              << QStringList{zhang.displayName, li.displayName, wang.displayName};
}

void TestDecisionLetter::theLetterSaysWhatWasDecidedAndWhy()
{
    QFETCH(bool, approved);
    QFETCH(QString, decision);
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, reviewers);
    REQUIRE_PDFTOTEXT();

    ApplicationFacts facts;
    const QList<ReviewRecord> records = approved ? approvedTimeline(facts) : rejectedTimeline(facts);
    QVERIFY(!records.isEmpty());
    const QString number = QStringLiteral("呼数授决〔2026〕%1号").arg(approved ? 12 : 13);
    const DecisionLetter letter = decisionLetterFor(facts, records, applicant, authority, number, letterDay);
    QCOMPARE(letter.decision, decision);
    QCOMPARE(letter.reasons, reasons);
    QCOMPARE(letter.recordHash, decisionRecordHash(facts, records));

    const QString pdf = m_dir->filePath(QStringLiteral("letter.pdf"));
    QString error;
    QVERIFY2(writeDecisionLetterPdf(letter, pdf, &error), qPrintable(error));
    const QString extracted = pdfText(pdf);
    QVERIFY(!extracted.isEmpty());
    const QString flat = flattened(extracted);
    const QStringList expected =
        QStringList{authority, number, letter.title, applicant, applicationId, decision, QStringLiteral("2026-11-28")}
        << reasons << reviewers;
    for (const QString &part : expected) {
        QVERIFY2(flat.contains(flattened(part)), qPrintable(part + QStringLiteral(" is not in:\n") + extracted));
    }
    // The hash is printed whole, on one line, so that it can be copied and checked.
    QVERIFY2(extracted.contains(letter.recordHash), qPrintable(extracted));
    // The return and its opinion were an earlier round, not part of this decision.
    QVERIFY(!flat.contains(QStringLiteral("请补充安全承诺书的签章页")));
}

void TestDecisionLetter::aRejectionGivesTheAdverseOpinionsAsReasons()
{
    ApplicationFacts facts;
    const QList<ReviewRecord> records = rejectedTimeline(facts);
    QCOMPARE(records.size(), 5);
    const DecisionLetter letter = decisionLetterFor(facts, records, applicant, authority, {}, letterDay);
    QCOMPARE(letter.reasons, QStringList{rejectReason});
    // Everyone who acted in the round is named, with their stage, not the filing officer.
    QCOMPARE(letter.reviewers.size(), 4);
    QCOMPARE(letter.reviewers.at(2).name, li.displayName);
    QCOMPARE(letter.reviewers.at(2).stage, applicationStateLabel(ApplicationState::QualificationReview));
    QCOMPARE(letter.reviewers.at(2).opinion, qualificationPassed);
    QCOMPARE(letter.reviewers.at(3).name, wang.displayName);
    QCOMPARE(letter.reviewers.at(3).stage, applicationStateLabel(ApplicationState::ComplianceReview));
    QCOMPARE(letter.reviewers.at(3).action, applicationActionLabel(ApplicationAction::FailCompliance));
    QCOMPARE(letter.reviewers.at(3).time, records.at(4).at);
    QCOMPARE(letter.addressee, applicant);
    QCOMPARE(letter.applicationCode, facts.id);
}

void TestDecisionLetter::anOverruledObjectionIsNoReasonToApprove()
{
    ApplicationFacts facts = fx::application(ApplicationState::Decision);
    const QString objection = QStringLiteral("该公司曾违规使用数据。");
    const QList<ReviewRecord> records =
        timeline(facts, {{zhang, ApplicationAction::RecordDecision, QStringLiteral("局务会议同意授权。")},
                         {li, ApplicationAction::RecordObjection, objection},
                         {li, ApplicationAction::ReferObjection, {}},
                         {zhang, ApplicationAction::RecordDecision, QStringLiteral("经核查，异议不成立。")},
                         {zhang, ApplicationAction::ClosePublicity, QStringLiteral("公示期满。")}});
    QCOMPARE(records.size(), 5);
    const DecisionLetter letter = decisionLetterFor(facts, records, applicant, authority, {}, letterDay);
    QCOMPARE(letter.decision, QStringLiteral("The application is approved."));
    QCOMPARE(letter.reasons, (QStringList{QStringLiteral("局务会议同意授权。"), QStringLiteral("经核查，异议不成立。"),
                                          QStringLiteral("公示期满。")}));
    QCOMPARE(letter.reviewers.size(), 5);
    QCOMPARE(letter.reviewers.at(1).opinion, objection);
}

void TestDecisionLetter::theHashFollowsEveryOpinion()
{
    ApplicationFacts facts;
    QList<ReviewRecord> records = rejectedTimeline(facts);
    const QString hash = decisionRecordHash(facts, records);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(decisionRecordHash(facts, records), hash);
    records[3].opinion += QStringLiteral("。");
    QVERIFY(decisionRecordHash(facts, records) != hash);
    records[3].opinion.chop(1);
    QCOMPARE(decisionRecordHash(facts, records), hash);
    facts.state = ApplicationState::Archived;
    QVERIFY(decisionRecordHash(facts, records) != hash);

    // The canonical form as documented, pinned to a digest computed independently with
    // python3 -c 'import json,hashlib; print(hashlib.sha256(json.dumps(doc, sort_keys=True,
    // separators=(",", ":"), ensure_ascii=False).encode()).hexdigest())'.
    ApplicationFacts pinned;
    pinned.id = QStringLiteral("app-7");
    pinned.state = ApplicationState::Rejected;
    ReviewRecord record;
    record.applicationId = pinned.id;
    record.stage = ApplicationState::Decision;
    record.action = ApplicationAction::DecideAgainst;
    record.result = ApplicationState::Rejected;
    record.actorId = QStringLiteral("u-1");
    record.actorName = QStringLiteral("张伟");
    record.role = Role::Reviewer;
    record.opinion = QStringLiteral("不符合\"条件\"\n第二行\t/ \\ é");
    record.attachments = {QStringLiteral("ab")};
    record.at = QDateTime(QDate(2026, 11, 28), QTime(1, 2, 3, 4), QTimeZone::utc());
    QCOMPARE(decisionRecordHash(pinned, {record}),
             QStringLiteral("6149eec93a5341aa35b0bc00590c2359adf7414d6603b4a47b1806c15c9e94de"));
}

void TestDecisionLetter::aLongLetterStaysInsideTheMarginsAndBreaksPages()
{
    REQUIRE_PDFTOTEXT();
    ApplicationFacts facts;
    const QList<ReviewRecord> records = rejectedTimeline(facts);
    DecisionLetter letter = decisionLetterFor(facts, records, applicant, authority, QStringLiteral("X"), letterDay);
    letter.title = QStringLiteral("关于内蒙古车联网数据运营有限公司公共数据授权运营申请（城市交通出行服务场景）的决定");
    for (int i = 0; i < 30; ++i) {
        letter.reasons << QStringLiteral("第%1条：申请材料中的运营方案未说明数据加工使用的具体场景和安全保护措施，"
                                         "不符合授权运营管理办法第十二条的规定。")
                              .arg(i + 1);
    }
    // A word longer than a line must break too.
    letter.reasons << QStringLiteral("https://example.org/") + QString(200, QLatin1Char('a'));

    const QString pdf = m_dir->filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(writeDecisionLetterPdf(letter, pdf, &error), qPrintable(error));
    const QString flat = flattened(pdfText(pdf));
    for (const QString &reason : std::as_const(letter.reasons)) {
        QVERIFY2(flat.contains(flattened(reason)), qPrintable(reason));
    }
    QVERIFY(flat.contains(letter.recordHash));

    // Every word lies inside the 版心's width (28 mm from the left, 156 mm wide), on A4.
    const QString boxes = pdfText(pdf, {QStringLiteral("-bbox")});
    const qreal mm = 72 / 25.4;
    const QRegularExpression page(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"));
    int pages = 0;
    for (const QRegularExpressionMatch &match : page.globalMatch(boxes)) {
        ++pages;
        QVERIFY(qAbs(match.captured(1).toDouble() - 210 * mm) < 1);
        QVERIFY(qAbs(match.captured(2).toDouble() - 297 * mm) < 1);
    }
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    int words = 0;
    for (const QRegularExpressionMatch &match : word.globalMatch(boxes)) {
        ++words;
        QVERIFY2(match.captured(1).toDouble() >= 28 * mm - 0.5 && match.captured(3).toDouble() <= 184 * mm + 0.5,
                 qPrintable(match.captured(0)));
        QVERIFY2(match.captured(2).toDouble() >= 37 * mm - 0.5 && match.captured(4).toDouble() <= 287 * mm,
                 qPrintable(match.captured(0)));
    }
    QVERIFY(words > 100);
}

void TestDecisionLetter::aMissingFolderIsAClearError()
{
    ApplicationFacts facts;
    const QList<ReviewRecord> records = rejectedTimeline(facts);
    const DecisionLetter letter =
        decisionLetterFor(facts, records, applicant, authority, QStringLiteral("X"), letterDay);
    const QString folder = m_dir->filePath(QStringLiteral("missing"));
    const QString pdf = folder + QStringLiteral("/letter.pdf");
    QString error;
    QVERIFY(!writeDecisionLetterPdf(letter, pdf, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)) && error.contains(QLatin1String("does not exist")),
             qPrintable(error));
    QVERIFY(!QFile::exists(pdf));
}

void TestDecisionLetter::noDecisionNoLetter()
{
    ApplicationFacts facts = fx::application(ApplicationState::Draft);
    const QList<ReviewRecord> records =
        timeline(facts, {{fx::officer, ApplicationAction::Submit, {}}, {zhang, ApplicationAction::Accept, {}}});
    QCOMPARE(records.size(), 2);
    const DecisionLetter letter =
        decisionLetterFor(facts, records, applicant, authority, QStringLiteral("X"), letterDay);
    QVERIFY(letter.decision.isEmpty());
    QVERIFY(letter.reasons.isEmpty());
    const QString pdf = m_dir->filePath(QStringLiteral("none.pdf"));
    QString error;
    QVERIFY(!writeDecisionLetterPdf(letter, pdf, &error));
    QVERIFY2(error.contains(QLatin1String("no decision")), qPrintable(error));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestDecisionLetter)
#include "tst_decisionletter.moc"
