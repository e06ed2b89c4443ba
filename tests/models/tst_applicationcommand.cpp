// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfixtures.h"
#include "workflow/applicationcommand.h"
#include "workflow/applicationmaterials.h"
#include "workflow/compliancechecks.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;
namespace fx = applicationfixture;

namespace {

const QDateTime noon(QDate(2026, 3, 3), QTime(4, 0), QTimeZone::utc());

ApplicationCommand command(ApplicationState expected, ApplicationAction action, const QString &opinion = {})
{
    return {QStringLiteral("app-1"), expected, {action, opinion, false}, {}, {}};
}

} // namespace

class TestApplicationCommand : public QObject
{
    Q_OBJECT
private slots:
    void twoDecisionsNeverBothTakeEffect();
    void aDecisionOfAnEarlierRoundIsStale();
    void concurrentApprovalsOfImportantDataBothCount();
    void aRecordKeepsWhoDidWhatWithWhichOpinion();
    void commandsAndRecordsRoundTrip();
    void malformedCommandsAreRefused();
    void materialsAreIdentifiedBySha256();
    void anIncompleteApplicationIsNotAccepted();
};

void TestApplicationCommand::twoDecisionsNeverBothTakeEffect()
{
    const ApplicationRules rules = fx::rules();
    const ApplicationFacts server = fx::application(ApplicationState::Decision);
    // Two reviewers decide offline on the same copy: one approves, the other decides against.
    const ApplicationCommand approve = command(ApplicationState::Decision, ApplicationAction::RecordDecision, {});
    const ApplicationCommand reject =
        command(ApplicationState::Decision, ApplicationAction::DecideAgainst, QStringLiteral("不符合条件。"));

    const CommandOutcome first = executeCommand(server, approve, fx::reviewer, rules, noon);
    QVERIFY(first.result);
    QCOMPARE(first.after.state, ApplicationState::Publicity);
    QVERIFY(first.record);

    const CommandOutcome second = executeCommand(first.after, reject, fx::secondReviewer, rules, noon.addSecs(60));
    QVERIFY(!second.result);
    QVERIFY(second.stale);
    QVERIFY(!second.record);
    QCOMPARE(second.after.state, ApplicationState::Publicity);
    QVERIFY2(second.result.reason.contains(QLatin1String("Stale")), qPrintable(second.result.reason));
}

void TestApplicationCommand::aDecisionOfAnEarlierRoundIsStale()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts firstRound = fx::application(ApplicationState::Submitted);
    firstRound.stateSince = noon;
    ApplicationCommand accept = command(ApplicationState::Submitted, ApplicationAction::Accept);
    accept.expectedStateSince = noon;
    QVERIFY(executeCommand(firstRound, accept, fx::reviewer, rules, noon.addSecs(60)).result);

    // Returned, supplemented and submitted again: the same state, a later round.
    const CommandOutcome returned = executeCommand(
        firstRound, command(ApplicationState::Submitted, ApplicationAction::Return, QStringLiteral("补正。")),
        fx::secondReviewer, rules, noon.addSecs(120));
    QVERIFY(returned.result);
    const CommandOutcome again =
        executeCommand(returned.after, command(ApplicationState::Returned, ApplicationAction::Supplement), fx::officer,
                       rules, noon.addSecs(180));
    QVERIFY2(again.result, qPrintable(again.result.reason));
    QCOMPARE(again.after.state, ApplicationState::Submitted);
    const CommandOutcome late = executeCommand(again.after, accept, fx::reviewer, rules, noon.addSecs(240));
    QVERIFY(late.stale);
    QVERIFY(!late.result);
    QVERIFY(!late.record);
    QCOMPARE(late.after.stateSince, again.after.stateSince);
    // A step that does not know its round (the second of an offline chain) is judged by the state.
    accept.expectedStateSince = QDateTime();
    QVERIFY(executeCommand(again.after, accept, fx::reviewer, rules, noon.addSecs(240)).result);
}

void TestApplicationCommand::concurrentApprovalsOfImportantDataBothCount()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts server = fx::application(ApplicationState::ComplianceReview);
    server.resources.append({QStringLiteral("101001/000200"), QStringLiteral("企业登记"), QStringLiteral("important")});
    const ApplicationCommand pass =
        command(ApplicationState::ComplianceReview, ApplicationAction::PassCompliance, QStringLiteral("合规。"));
    const CommandOutcome first = executeCommand(server, pass, fx::secondReviewer, rules, noon);
    QVERIFY(first.result && first.result.recordsApprovalOnly);
    QCOMPARE(first.record->result, ApplicationState::ComplianceReview);
    // The other reviewer's approval, made on the same copy, is not stale: it is the second one.
    const CommandOutcome second = executeCommand(first.after, pass, fx::reviewer, rules, noon);
    QVERIFY(second.result);
    QCOMPARE(second.after.state, ApplicationState::ExpertReview);
    // The same reviewer's approval, pushed twice from two desktops, stays one.
    const CommandOutcome again = executeCommand(first.after, pass, fx::secondReviewer, rules, noon);
    QVERIFY(!again.result);
    QVERIFY(!again.stale);
}

void TestApplicationCommand::aRecordKeepsWhoDidWhatWithWhichOpinion()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts facts = fx::application(ApplicationState::QualificationReview);
    facts.credit = CreditStanding::NotAvailable;
    ApplicationCommand pass = command(ApplicationState::QualificationReview, ApplicationAction::PassQualification,
                                      QStringLiteral("  信用记录尚未建立，人工核查通过。 "));
    pass.request.overrideCreditCheck = true;
    pass.attachments = {facts.materials.first().sha256};
    const CommandOutcome outcome = executeCommand(facts, pass, fx::reviewer, rules, noon);
    QVERIFY2(outcome.result, qPrintable(outcome.result.reason));
    const ReviewRecord &record = *outcome.record;
    QCOMPARE(record.stage, ApplicationState::QualificationReview);
    QCOMPARE(record.result, ApplicationState::ComplianceReview);
    QCOMPARE(record.actorId, fx::reviewer.userId);
    QCOMPARE(record.actorName, fx::reviewer.displayName);
    QCOMPARE(record.role, Role::Reviewer);
    QCOMPARE(record.opinion, QStringLiteral("信用记录尚未建立，人工核查通过。"));
    QVERIFY(record.creditOverride);
    QCOMPARE(record.attachments, pass.attachments);
    QCOMPARE(record.at, noon);
    QCOMPARE(outcome.after.stateSince, noon);

    const CommandOutcome refused =
        executeCommand(facts, command(ApplicationState::QualificationReview, ApplicationAction::PassQualification),
                       fx::reviewer, rules, noon);
    QVERIFY(!refused.result);
    QVERIFY(!refused.stale);
    QVERIFY(!refused.record);
    QCOMPARE(refused.after.state, ApplicationState::QualificationReview);
}

void TestApplicationCommand::commandsAndRecordsRoundTrip()
{
    ApplicationCommand sent = command(ApplicationState::Submitted, ApplicationAction::Return, QStringLiteral("补正。"));
    sent.attachments = {fx::application(ApplicationState::Draft).materials.first().sha256};
    const std::optional<ApplicationCommand> received = ApplicationCommand::fromJson(sent.toJson());
    QVERIFY(received);
    QCOMPARE(received->toJson(), sent.toJson());
    QCOMPARE(received->request.action, ApplicationAction::Return);
    QCOMPARE(received->expectedState, ApplicationState::Submitted);
    QVERIFY(!received->expectedStateSince.isValid());
    ApplicationCommand timed = sent;
    timed.expectedStateSince = noon;
    QCOMPARE(ApplicationCommand::fromJson(timed.toJson())->expectedStateSince, noon);

    const CommandOutcome outcome =
        executeCommand(fx::application(ApplicationState::Submitted), sent, fx::reviewer, fx::rules(), noon);
    QVERIFY(outcome.record);
    const std::optional<ReviewRecord> back = ReviewRecord::fromJson(outcome.record->toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), outcome.record->toJson());
    QCOMPARE(back->at, noon);
}

void TestApplicationCommand::malformedCommandsAreRefused()
{
    QJsonObject json = command(ApplicationState::Submitted, ApplicationAction::Accept).toJson();
    QString error;
    json.insert(QStringLiteral("action"), QStringLiteral("approve_everything"));
    QVERIFY(!ApplicationCommand::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
    json = command(ApplicationState::Submitted, ApplicationAction::Accept).toJson();
    json.insert(QStringLiteral("attachments"), QJsonArray{QStringLiteral("not-a-digest")});
    QVERIFY(!ApplicationCommand::fromJson(json));
    json = command(ApplicationState::Submitted, ApplicationAction::Accept).toJson();
    json.remove(QStringLiteral("expected_state"));
    QVERIFY(!ApplicationCommand::fromJson(json));
    json = command(ApplicationState::Submitted, ApplicationAction::Accept).toJson();
    json.insert(QStringLiteral("expected_state_since"), QStringLiteral("last Tuesday"));
    QVERIFY(!ApplicationCommand::fromJson(json));
}

void TestApplicationCommand::materialsAreIdentifiedBySha256()
{
    QBuffer abc;
    abc.setData("abc");
    QVERIFY(abc.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(abc), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("运营计划.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7 operation plan");
    file.close();
    QString error;
    const std::optional<Material> material = materialFromFile(QStringLiteral("operation_plan"), path, &error);
    QVERIFY2(material, qPrintable(error));
    QCOMPARE(material->fileName, QStringLiteral("运营计划.pdf"));
    QCOMPARE(material->size, qint64(23));
    QVERIFY(isSha256Hex(material->sha256));
    QCOMPARE(verifyMaterial(*material, path), MaterialCheck::Matches);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("%PDF-1.7 operation plaN"); // same size, one byte changed
    file.close();
    QCOMPARE(verifyMaterial(*material, path), MaterialCheck::Differs);
    QVERIFY(QFile::remove(path));
    QCOMPARE(verifyMaterial(*material, path), MaterialCheck::Unreadable);
    QVERIFY(!materialFromFile(QStringLiteral("operation_plan"), path, &error));
    QVERIFY(error.contains(QStringLiteral("运营计划.pdf")));
}

void TestApplicationCommand::anIncompleteApplicationIsNotAccepted()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts facts = fx::application(ApplicationState::Submitted);
    QVERIFY(missingMaterialKinds(facts.materials).isEmpty());
    QVERIFY(complianceCheck(ComplianceCheckKind::Materials, facts, rules).passed());
    // The supporting evidence is optional; the security commitment is not.
    facts.materials.removeIf([](const Material &m) { return m.kind == QLatin1String("security_commitment"); });
    QCOMPARE(missingMaterialKinds(facts.materials), QStringList{QStringLiteral("security_commitment")});
    const ComplianceCheck check = complianceCheck(ComplianceCheckKind::Materials, facts, rules);
    QCOMPARE(check.status, CheckStatus::Failed);
    QVERIFY2(check.reason.contains(QLatin1String("Security commitment")), qPrintable(check.reason));
    const TransitionResult accept = checkTransition(facts, {ApplicationAction::Accept, {}}, fx::reviewer, rules);
    QVERIFY(!accept);
    QVERIFY(!allowedActions(facts, fx::reviewer, rules).contains(ApplicationAction::Accept));
    QVERIFY(
        checkTransition(facts, {ApplicationAction::Return, QStringLiteral("请补充安全承诺书。")}, fx::reviewer, rules));
    // A material filed without a digest does not count.
    facts = fx::application(ApplicationState::Submitted);
    facts.materials.first().sha256.clear();
    QVERIFY(!checkTransition(facts, {ApplicationAction::Accept, {}}, fx::reviewer, rules));
}

QTEST_GUILESS_MAIN(TestApplicationCommand)
#include "tst_applicationcommand.moc"
