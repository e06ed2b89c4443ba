// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfixtures.h"
#include "workflow/applicationworkflow.h"
#include "workflow/workingdaycalendar.h"

#include <QTest>

#include <set>
#include <tuple>

using namespace dew::models;
namespace fx = applicationfixture;

namespace {

// Who may take an action: the filer's side (an officer of the owning organisation or a reviewer)
// or a reviewer only.
enum class Side { Filer, Reviewer };

struct Legal
{
    const char *state;
    const char *action;
    Side side;
    const char *next;
};

// DESIGN.md §6, written out by hand: every (state, action) that is a transition, who may take it
// and where it leads. Everything else, for every role, must be refused.
constexpr Legal legalTransitions[] = {
    {"draft", "submit", Side::Filer, "submitted"},
    {"submitted", "accept", Side::Reviewer, "accepted"},
    {"submitted", "return", Side::Reviewer, "returned"},
    {"submitted", "not_accept", Side::Reviewer, "not_accepted"},
    {"submitted", "withdraw", Side::Filer, "withdrawn"},
    {"returned", "supplement", Side::Filer, "submitted"},
    {"returned", "withdraw", Side::Filer, "withdrawn"},
    {"accepted", "begin_review", Side::Reviewer, "qualification_review"},
    {"accepted", "withdraw", Side::Filer, "withdrawn"},
    {"qualification_review", "pass_qualification", Side::Reviewer, "compliance_review"},
    {"qualification_review", "fail_qualification", Side::Reviewer, "rejected"},
    {"qualification_review", "withdraw", Side::Filer, "withdrawn"},
    {"compliance_review", "pass_compliance", Side::Reviewer, "expert_review"},
    {"compliance_review", "fail_compliance", Side::Reviewer, "rejected"},
    {"compliance_review", "withdraw", Side::Filer, "withdrawn"},
    {"expert_review", "pass_expert_review", Side::Reviewer, "decision"},
    {"expert_review", "fail_expert_review", Side::Reviewer, "rejected"},
    {"expert_review", "withdraw", Side::Filer, "withdrawn"},
    {"decision", "record_decision", Side::Reviewer, "publicity"},
    {"decision", "decide_against", Side::Reviewer, "rejected"},
    {"decision", "withdraw", Side::Filer, "withdrawn"},
    {"publicity", "close_publicity", Side::Reviewer, "approved"},
    {"publicity", "record_objection", Side::Reviewer, "objection"},
    {"objection", "refer_objection", Side::Reviewer, "decision"},
    {"approved", "prepare_agreement", Side::Reviewer, "agreement"},
    {"agreement", "sign_agreement", Side::Reviewer, "active"},
    {"active", "suspend", Side::Reviewer, "suspended"},
    {"active", "request_change", Side::Filer, "change_requested"},
    {"active", "expire", Side::Reviewer, "expired"},
    {"active", "exit", Side::Reviewer, "exited"},
    {"active", "revoke", Side::Reviewer, "revoked"},
    {"suspended", "resume", Side::Reviewer, "active"},
    {"suspended", "expire", Side::Reviewer, "expired"},
    {"suspended", "revoke", Side::Reviewer, "revoked"},
    // A change request is a change of an agreement in force: withdrawing it leaves the operation active.
    {"change_requested", "begin_review", Side::Reviewer, "compliance_review"},
    {"change_requested", "withdraw", Side::Filer, "active"},
    {"not_accepted", "archive", Side::Reviewer, "archived"},
    {"withdrawn", "archive", Side::Reviewer, "archived"},
    {"rejected", "archive", Side::Reviewer, "archived"},
    {"expired", "archive", Side::Reviewer, "archived"},
    {"exited", "archive", Side::Reviewer, "archived"},
    {"revoked", "archive", Side::Reviewer, "archived"},
};

const char *const stateCodes[] = {
    "draft",
    "submitted",
    "returned",
    "not_accepted",
    "accepted",
    "qualification_review",
    "compliance_review",
    "expert_review",
    "decision",
    "publicity",
    "objection",
    "approved",
    "agreement",
    "active",
    "suspended",
    "change_requested",
    "expired",
    "exited",
    "revoked",
    "withdrawn",
    "rejected",
    "archived",
};

const char *const actionCodes[] = {
    "submit",
    "supplement",
    "withdraw",
    "request_change",
    "accept",
    "return",
    "not_accept",
    "begin_review",
    "pass_qualification",
    "fail_qualification",
    "pass_compliance",
    "fail_compliance",
    "pass_expert_review",
    "fail_expert_review",
    "record_decision",
    "decide_against",
    "close_publicity",
    "record_objection",
    "refer_objection",
    "prepare_agreement",
    "sign_agreement",
    "suspend",
    "resume",
    "revoke",
    "expire",
    "exit",
    "archive",
};

ApplicationState state(const char *code)
{
    const auto state = applicationStateFromCode(QString::fromLatin1(code));
    if (!state) {
        qFatal("unknown state %s", code);
    }
    return *state;
}

ApplicationAction action(const char *code)
{
    const auto action = applicationActionFromCode(QString::fromLatin1(code));
    if (!action) {
        qFatal("unknown action %s", code);
    }
    return *action;
}

const Legal *legalEntry(const QString &stateCode, const QString &actionCode)
{
    for (const Legal &legal : legalTransitions) {
        if (stateCode == QLatin1String(legal.state) && actionCode == QLatin1String(legal.action)) {
            return &legal;
        }
    }
    return nullptr;
}

TransitionRequest requestWithOpinion(ApplicationAction action)
{
    return {action, QStringLiteral("意见：符合要求。"), false};
}

// The application as it stands in a state, consistently: a change request is under review.
ApplicationFacts applicationIn(ApplicationState state)
{
    ApplicationFacts facts = fx::application(state);
    facts.changeUnderReview = state == ApplicationState::ChangeRequested;
    return facts;
}

} // namespace

Q_DECLARE_METATYPE(dew::models::ApplicationState)
Q_DECLARE_METATYPE(dew::models::ApplicationAction)

class TestApplicationWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void codesAreTheStoredOnes();
    void everyCombination();
    void officersOfOtherOrganisationsAreRefused();
    void happyPathFromDraftToArchived();
    void selfApprovalIsRefused();
    void importantDataNeedsTwoDistinctReviewers();
    void coreDataIsRejectedAutomatically();
    void adverseActionsNeedAnOpinion_data();
    void adverseActionsNeedAnOpinion();
    void qualificationNeverPassesSilentlyWithoutCreditRecords();
    void qualificationFailsOnBadCreditOrInvalidUscc();
    void complianceCannotPassWhenACheckFails();
    void aRefusedChangeKeepsTheAgreementInForce();
    void onlyARecordedAgreementIsSigned();
    void stageDeadlineCountsWorkingDays();
    void countdown_data();
    void countdown();
};

void TestApplicationWorkflow::codesAreTheStoredOnes()
{
    QCOMPARE(applicationStates().size(), qsizetype(std::size(stateCodes)));
    for (qsizetype i = 0; i < applicationStates().size(); ++i) {
        QCOMPARE(applicationStateCode(applicationStates().at(i)), QLatin1String(stateCodes[i]));
        QCOMPARE(applicationStateFromCode(QLatin1String(stateCodes[i])), applicationStates().at(i));
        QVERIFY(!applicationStateLabel(applicationStates().at(i)).isEmpty());
    }
    QCOMPARE(applicationActions().size(), qsizetype(std::size(actionCodes)));
    for (qsizetype i = 0; i < applicationActions().size(); ++i) {
        QCOMPARE(applicationActionCode(applicationActions().at(i)), QLatin1String(actionCodes[i]));
        QVERIFY(!applicationActionLabel(applicationActions().at(i)).isEmpty());
    }
    QVERIFY(!applicationStateFromCode(QStringLiteral("pending_review")));
    QVERIFY(!applicationActionFromCode(QStringLiteral("approve")));
}

// state × action × role: exactly the hand-written transitions are allowed, to the hand-written
// state, and the actions offered are exactly the allowed ones.
void TestApplicationWorkflow::everyCombination()
{
    const ApplicationRules rules = fx::rules();
    const Actor actors[] = {fx::officer, fx::reviewer, fx::supervisor, fx::admin};
    int allowedCount = 0;
    int refusedCount = 0;
    for (const char *stateCode : stateCodes) {
        const ApplicationFacts facts = applicationIn(state(stateCode));
        for (const Actor &actor : actors) {
            const QList<ApplicationAction> offered = allowedActions(facts, actor, rules);
            for (const char *actionCode : actionCodes) {
                const Legal *legal = legalEntry(QLatin1String(stateCode), QLatin1String(actionCode));
                // A reviewer withdraws only what they filed, and these applications are an officer's.
                const bool withdraws = action(actionCode) == ApplicationAction::Withdraw;
                const bool expected = legal && ((actor.role == Role::Reviewer && !withdraws) ||
                                                (actor.role == Role::Officer && legal->side == Side::Filer));
                const TransitionResult result =
                    checkTransition(facts, requestWithOpinion(action(actionCode)), actor, rules);
                const QByteArray where =
                    QByteArray(stateCode) + " / " + actionCode + " / " + roleCode(actor.role).toLatin1();
                QVERIFY2(bool(result) == expected, QByteArray(where + ": " + result.reason.toUtf8()).constData());
                QVERIFY2(offered.contains(action(actionCode)) == expected,
                         QByteArray(where + " (offered)").constData());
                if (expected) {
                    QVERIFY2(result.next == state(legal->next), where.constData());
                    ++allowedCount;
                } else {
                    QVERIFY2(!result.reason.isEmpty(), QByteArray(where + ": refused without a reason").constData());
                    ++refusedCount;
                }
            }
        }
    }
    // Every transition but the 8 withdrawals for reviewers, the filer's 11 for officers.
    QCOMPARE(std::size(legalTransitions), size_t(42));
    QCOMPARE(allowedCount, 42 - 8 + 11);
    QCOMPARE(allowedCount + refusedCount, int(std::size(stateCodes) * std::size(actionCodes) * 4));
}

void TestApplicationWorkflow::officersOfOtherOrganisationsAreRefused()
{
    const ApplicationRules rules = fx::rules();
    for (const Legal &legal : legalTransitions) {
        if (legal.side != Side::Filer) {
            continue;
        }
        const ApplicationFacts facts = applicationIn(state(legal.state));
        const TransitionResult result =
            checkTransition(facts, requestWithOpinion(action(legal.action)), fx::otherOfficer, rules);
        QVERIFY2(!result, legal.action);
        QVERIFY(allowedActions(facts, fx::otherOfficer, rules).isEmpty());
    }
}

void TestApplicationWorkflow::happyPathFromDraftToArchived()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts facts = fx::application(ApplicationState::Draft);
    facts.credit = CreditStanding::NotAvailable; // as it is until the credit module exists
    facts.resources.append({QStringLiteral("101001/000200"), QStringLiteral("企业登记"), QStringLiteral("important")});
    QDateTime at(QDate(2026, 3, 2), QTime(9, 0), WorkingDayCalendar::timeZone());

    struct Step
    {
        Actor actor;
        TransitionRequest request;
        ApplicationState expected;
    };
    const QString opinion = QStringLiteral("同意。");
    using A = ApplicationAction;
    using S = ApplicationState;
    const Step steps[] = {
        {fx::officer, {A::Submit, {}}, S::Submitted},
        {fx::reviewer, {A::Accept, {}}, S::Accepted},
        {fx::reviewer, {A::BeginReview, {}}, S::QualificationReview},
        {fx::reviewer,
         {A::PassQualification, QStringLiteral("信用记录尚未建立，经核查营业执照与承诺书后予以通过。"), true},
         S::ComplianceReview},
        {fx::reviewer, {A::PassCompliance, opinion}, S::ComplianceReview}, // the first of two approvals
        {fx::secondReviewer, {A::PassCompliance, opinion}, S::ExpertReview},
        {fx::reviewer, {A::PassExpertReview, opinion}, S::Decision},
        {fx::reviewer, {A::RecordDecision, opinion}, S::Publicity},
        {fx::reviewer, {A::RecordObjection, QStringLiteral("公示期内收到异议一件。")}, S::Objection},
        {fx::reviewer, {A::ReferObjection, opinion}, S::Decision},
        {fx::secondReviewer, {A::RecordDecision, opinion}, S::Publicity},
        {fx::reviewer, {A::ClosePublicity, {}}, S::Approved},
        {fx::reviewer, {A::PrepareAgreement, {}}, S::Agreement},
        {fx::reviewer, {A::SignAgreement, {}}, S::Active},
        {fx::reviewer, {A::Suspend, QStringLiteral("安全整改期间暂停。")}, S::Suspended},
        {fx::reviewer, {A::Resume, opinion}, S::Active},
        {fx::officer, {A::RequestChange, QStringLiteral("扩大应用场景。")}, S::ChangeRequested},
        {fx::reviewer, {A::BeginReview, {}}, S::ComplianceReview},
        {fx::secondReviewer, {A::PassCompliance, opinion}, S::ComplianceReview},
        {fx::reviewer, {A::PassCompliance, opinion}, S::ExpertReview},
        {fx::reviewer, {A::PassExpertReview, opinion}, S::Decision},
        {fx::reviewer, {A::RecordDecision, opinion}, S::Publicity},
        {fx::reviewer, {A::ClosePublicity, {}}, S::Approved},
        {fx::reviewer, {A::PrepareAgreement, {}}, S::Agreement},
        {fx::reviewer, {A::SignAgreement, {}}, S::Active},
        {fx::reviewer, {A::Expire, {}}, S::Expired},
        {fx::reviewer, {A::Archive, {}}, S::Archived},
    };
    for (const Step &step : steps) {
        const QByteArray what = applicationActionCode(step.request.action).toLatin1();
        QVERIFY2(allowedActions(facts, step.actor, rules).contains(step.request.action), what.constData());
        const TransitionResult result = checkTransition(facts, step.request, step.actor, rules);
        QVERIFY2(result, QByteArray(what + ": " + result.reason.toUtf8()).constData());
        at = at.addSecs(3600);
        const ApplicationState before = facts.state;
        facts = applyTransition(facts, step.request, step.actor, result, at);
        QVERIFY2(facts.state == step.expected, what.constData());
        QCOMPARE(facts.stateSince == at, before != facts.state);
        if (step.request.action == A::RequestChange) {
            QVERIFY(facts.changeUnderReview);
        }
    }
    QVERIFY(!facts.changeUnderReview);
    for (const Actor &actor : {fx::officer, fx::reviewer, fx::secondReviewer, fx::supervisor, fx::admin}) {
        QVERIFY(allowedActions(facts, actor, rules).isEmpty()); // archived is the end
    }
}

void TestApplicationWorkflow::selfApprovalIsRefused()
{
    const ApplicationRules rules = fx::rules();
    // A reviewer may file for an applicant; then every review step is someone else's.
    for (const Legal &legal : legalTransitions) {
        ApplicationFacts facts = applicationIn(state(legal.state));
        facts.filedBy = fx::reviewer.userId;
        const TransitionResult own =
            checkTransition(facts, requestWithOpinion(action(legal.action)), fx::reviewer, rules);
        const TransitionResult other =
            checkTransition(facts, requestWithOpinion(action(legal.action)), fx::secondReviewer, rules);
        if (action(legal.action) == ApplicationAction::Withdraw) {
            // Withdrawing stays the filer's: another reviewer decides, with reasons, instead.
            QVERIFY2(!other && other.reason.contains(QLatin1String("Only the filer")), qPrintable(other.reason));
        } else {
            QVERIFY2(other, legal.action);
        }
        if (legal.side == Side::Reviewer) {
            QVERIFY2(!own, legal.action);
            QVERIFY2(own.reason.contains(QLatin1String("Self-approval refused")), qPrintable(own.reason));
            QVERIFY(!allowedActions(facts, fx::reviewer, rules).contains(action(legal.action)));
        } else {
            QVERIFY2(own, legal.action); // the filer's own steps: submit, supplement, withdraw, change
        }
    }
}

void TestApplicationWorkflow::importantDataNeedsTwoDistinctReviewers()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    facts.resources.append({QStringLiteral("101001/000200"), QStringLiteral("企业登记"), QStringLiteral("important")});
    const TransitionRequest pass{ApplicationAction::PassCompliance, QStringLiteral("合规。")};
    const QDateTime at = facts.stateSince.addDays(1);

    const TransitionResult first = checkTransition(facts, pass, fx::reviewer, rules);
    QVERIFY(first);
    QVERIFY(first.recordsApprovalOnly);
    QCOMPARE(first.next, ApplicationState::ComplianceReview);
    facts = applyTransition(facts, pass, fx::reviewer, first, at);
    QCOMPARE(facts.state, ApplicationState::ComplianceReview);
    QCOMPARE(facts.complianceApprovals, QStringList{fx::reviewer.userId});

    const TransitionResult again = checkTransition(facts, pass, fx::reviewer, rules);
    QVERIFY(!again);
    QVERIFY(again.reason.contains(QLatin1String("second, different reviewer")));
    QVERIFY(!allowedActions(facts, fx::reviewer, rules).contains(ApplicationAction::PassCompliance));

    const TransitionResult second = checkTransition(facts, pass, fx::secondReviewer, rules);
    QVERIFY(second);
    QVERIFY(!second.recordsApprovalOnly);
    QCOMPARE(second.next, ApplicationState::ExpertReview);
    facts = applyTransition(facts, pass, fx::secondReviewer, second, at);
    QCOMPARE(facts.state, ApplicationState::ExpertReview);
    QVERIFY(facts.complianceApprovals.isEmpty());

    // Without important data one approval moves the application on.
    const ApplicationFacts general = fx::application(ApplicationState::ComplianceReview);
    const TransitionResult single = checkTransition(general, pass, fx::reviewer, rules);
    QVERIFY(single && !single.recordsApprovalOnly);
    QCOMPARE(single.next, ApplicationState::ExpertReview);
}

void TestApplicationWorkflow::coreDataIsRejectedAutomatically()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    facts.resources.append({QStringLiteral("101001/000300"), QStringLiteral("重点人员轨迹"), QStringLiteral("core")});

    const std::optional<TransitionResult> automatic = automaticRejection(facts, rules);
    QVERIFY(automatic);
    QCOMPARE(automatic->next, ApplicationState::Rejected);
    QVERIFY2(automatic->reason.contains(QStringLiteral("数据安全法》第二十一条")), qPrintable(automatic->reason));
    QVERIFY(automatic->reason.contains(QStringLiteral("重点人员轨迹")));

    const TransitionResult pass =
        checkTransition(facts, {ApplicationAction::PassCompliance, QStringLiteral("合规。")}, fx::reviewer, rules);
    QVERIFY(!pass);
    QVERIFY(pass.reason.contains(rules.coreDataRule));
    QVERIFY(!allowedActions(facts, fx::reviewer, rules).contains(ApplicationAction::PassCompliance));

    QVERIFY(!automaticRejection(fx::application(ApplicationState::ComplianceReview), rules));
    facts.state = ApplicationState::QualificationReview; // judged when it reaches compliance review
    QVERIFY(!automaticRejection(facts, rules));
}

void TestApplicationWorkflow::adverseActionsNeedAnOpinion_data()
{
    QTest::addColumn<ApplicationState>("state");
    QTest::addColumn<ApplicationAction>("action");
    using A = ApplicationAction;
    using S = ApplicationState;
    QTest::newRow("return") << S::Submitted << A::Return;
    QTest::newRow("not accept") << S::Submitted << A::NotAccept;
    QTest::newRow("fail qualification") << S::QualificationReview << A::FailQualification;
    QTest::newRow("fail compliance") << S::ComplianceReview << A::FailCompliance;
    QTest::newRow("fail expert review") << S::ExpertReview << A::FailExpertReview;
    QTest::newRow("decide against") << S::Decision << A::DecideAgainst;
    QTest::newRow("record objection") << S::Publicity << A::RecordObjection;
    QTest::newRow("suspend") << S::Active << A::Suspend;
    QTest::newRow("revoke") << S::Active << A::Revoke;
}

void TestApplicationWorkflow::adverseActionsNeedAnOpinion()
{
    QFETCH(ApplicationState, state);
    QFETCH(ApplicationAction, action);
    const ApplicationRules rules = fx::rules();
    const ApplicationFacts facts = fx::application(state);
    QVERIFY(requiresOpinion(action));
    QVERIFY(allowedActions(facts, fx::reviewer, rules).contains(action)); // offered; the dialog asks for it
    for (const QString &empty : {QString(), QStringLiteral("  \n ")}) {
        const TransitionResult result = checkTransition(facts, {action, empty}, fx::reviewer, rules);
        QVERIFY(!result);
        QVERIFY(result.reason.contains(QLatin1String("written opinion")));
    }
    QVERIFY(checkTransition(facts, {action, QStringLiteral("材料不全。")}, fx::reviewer, rules));
}

void TestApplicationWorkflow::qualificationNeverPassesSilentlyWithoutCreditRecords()
{
    const ApplicationRules rules = fx::rules();
    ApplicationFacts facts = fx::application(ApplicationState::QualificationReview);
    facts.credit = CreditStanding::NotAvailable;
    using A = ApplicationAction;
    QVERIFY(!checkTransition(facts, {A::PassQualification, {}}, fx::reviewer, rules));
    QVERIFY(!checkTransition(facts, {A::PassQualification, QStringLiteral("通过。")}, fx::reviewer, rules));
    const TransitionResult noOpinion =
        checkTransition(facts, {A::PassQualification, QString(), true}, fx::reviewer, rules);
    QVERIFY(!noOpinion);
    QVERIFY(noOpinion.reason.contains(QLatin1String("could not be made")));
    const TransitionResult overridden =
        checkTransition(facts, {A::PassQualification, QStringLiteral("信用记录尚未建立，人工核查无严重失信。"), true},
                        fx::reviewer, rules);
    QVERIFY(overridden);
    QCOMPARE(overridden.next, ApplicationState::ComplianceReview);
}

void TestApplicationWorkflow::qualificationFailsOnBadCreditOrInvalidUscc()
{
    const ApplicationRules rules = fx::rules();
    const TransitionRequest overridden{ApplicationAction::PassQualification, QStringLiteral("通过。"), true};
    ApplicationFacts facts = fx::application(ApplicationState::QualificationReview);
    QVERIFY(checkTransition(facts, overridden, fx::reviewer, rules));
    facts.credit = CreditStanding::SeriousBadRecord;
    const TransitionResult bad = checkTransition(facts, overridden, fx::reviewer, rules);
    QVERIFY(!bad);
    QVERIFY(bad.reason.contains(QLatin1String("serious bad credit record")));
    QVERIFY(!allowedActions(facts, fx::reviewer, rules).contains(ApplicationAction::PassQualification));
    QVERIFY(allowedActions(facts, fx::reviewer, rules).contains(ApplicationAction::FailQualification));

    facts.credit = CreditStanding::Clear;
    facts.applicantUscc = QStringLiteral("91350100M000100Y44"); // one character typed wrong
    const TransitionResult invalid = checkTransition(facts, overridden, fx::reviewer, rules);
    QVERIFY(!invalid);
    QVERIFY(invalid.reason.contains(QLatin1String("check character")));
}

void TestApplicationWorkflow::complianceCannotPassWhenACheckFails()
{
    const ApplicationRules rules = fx::rules();
    const TransitionRequest pass{ApplicationAction::PassCompliance, QStringLiteral("合规。")};
    ApplicationFacts overCeiling = fx::application(ApplicationState::ComplianceReview);
    overCeiling.feeYuanPerYear = 200'001;
    const TransitionResult fee = checkTransition(overCeiling, pass, fx::reviewer, rules);
    QVERIFY(!fee);
    QVERIFY2(fee.reason.contains(QLatin1String("exceeds the ceiling")), qPrintable(fee.reason));

    ApplicationFacts tooLong = fx::application(ApplicationState::ComplianceReview);
    tooLong.termEnd = tooLong.termStart.addYears(3);
    QVERIFY(!checkTransition(tooLong, pass, fx::reviewer, rules));

    ApplicationFacts negative = fx::application(ApplicationState::ComplianceReview);
    negative.resources.append(
        {QStringLiteral("201002/000009"), QStringLiteral("车辆轨迹"), QStringLiteral("general2")});
    const TransitionResult listed = checkTransition(negative, pass, fx::reviewer, rules);
    QVERIFY(!listed);
    QVERIFY(listed.reason.contains(QStringLiteral("车辆轨迹")));
    // Failing it stays possible.
    QVERIFY(checkTransition(negative, {ApplicationAction::FailCompliance, QStringLiteral("负面清单。")}, fx::reviewer,
                            rules));
}

void TestApplicationWorkflow::onlyARecordedAgreementIsSigned()
{
    using A = ApplicationAction;
    using S = ApplicationState;
    ApplicationFacts facts = fx::application(S::Agreement);
    facts.agreementRecorded = false;
    QVERIFY(!allowedActions(facts, fx::reviewer, fx::rules()).contains(A::SignAgreement));
    const TransitionResult why = offeredAction(facts, A::SignAgreement, fx::reviewer, fx::rules());
    QVERIFY(!why);
    QVERIFY2(why.reason.contains(QLatin1String("Record the operation agreement")), qPrintable(why.reason));
    QVERIFY(!checkTransition(facts, {A::SignAgreement, {}}, fx::reviewer, fx::rules()));
    facts.agreementRecorded = true;
    QCOMPARE(checkTransition(facts, {A::SignAgreement, {}}, fx::reviewer, fx::rules()).next, S::Active);
    // What a greyed button says of another's action: whose it is.
    QVERIFY(!offeredAction(facts, A::SignAgreement, fx::officer, fx::rules()).reason.isEmpty());
}

void TestApplicationWorkflow::aRefusedChangeKeepsTheAgreementInForce()
{
    const ApplicationRules rules = fx::rules();
    using A = ApplicationAction;
    using S = ApplicationState;
    ApplicationFacts facts = fx::application(S::Active);
    const QDateTime at = facts.stateSince.addDays(10);
    TransitionRequest change{A::RequestChange, QStringLiteral("扩大范围。")};
    facts = applyTransition(facts, change, fx::officer, checkTransition(facts, change, fx::officer, rules), at);
    QCOMPARE(facts.state, S::ChangeRequested);
    TransitionRequest begin{A::BeginReview, {}};
    facts = applyTransition(facts, begin, fx::reviewer, checkTransition(facts, begin, fx::reviewer, rules), at);
    QCOMPARE(facts.state, S::ComplianceReview);
    QVERIFY(facts.changeUnderReview);

    const TransitionRequest fail{A::FailCompliance, QStringLiteral("变更范围超出正面清单。")};
    const TransitionResult failed = checkTransition(facts, fail, fx::reviewer, rules);
    QVERIFY(failed);
    QCOMPARE(failed.next, S::Active);
    QCOMPARE(checkTransition(facts, {A::Withdraw, {}}, fx::officer, rules).next, S::Active);
    facts.resources.append({QStringLiteral("101001/000300"), QStringLiteral("重点人员轨迹"), QStringLiteral("core")});
    QCOMPARE(automaticRejection(facts, rules)->next, S::Active);
}

void TestApplicationWorkflow::stageDeadlineCountsWorkingDays()
{
    const ApplicationRules rules = fx::rules();
    const WorkingDayCalendar calendar = WorkingDayCalendar::officialChina2026();
    ApplicationFacts facts = fx::application(ApplicationState::Submitted);
    // Entered on Thursday 30 April 2026: 1–5 May are the Labour Day holiday, Saturday 9 May a working day.
    facts.stateSince = QDateTime(QDate(2026, 4, 30), QTime(16, 0), WorkingDayCalendar::timeZone());
    QCOMPARE(*rules.deadlineDays(ApplicationState::Submitted), 5);
    const std::optional<QDateTime> due = stageDeadline(facts, rules, calendar);
    QVERIFY(due);
    // 6, 7, 8 May, Saturday 9 May and Monday 11 May.
    QCOMPARE(due->toTimeZone(WorkingDayCalendar::timeZone()).date(), QDate(2026, 5, 11));
    facts.state = ApplicationState::Archived;
    QVERIFY(!stageDeadline(facts, rules, calendar));
}

Q_DECLARE_METATYPE(dew::models::DeadlineUrgency)

void TestApplicationWorkflow::countdown_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("left");
    QTest::addColumn<DeadlineUrgency>("urgency");
    // Compliance review entered on Friday 18 September 2026 has 15 working days: Sunday 20 September
    // is a working day, 25–27 September (Mid-Autumn) and 1–7 October (National Day) are not, and
    // Saturday 10 October is; so it is due at the end of Thursday 15 October.
    const auto at = [](int month, int day, int hour) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), WorkingDayCalendar::timeZone());
    };
    QTest::newRow("on entering") << at(9, 18, 10) << 15 << DeadlineUrgency::OnTrack;
    QTest::newRow("the day before national day") << at(9, 30, 10) << 7 << DeadlineUrgency::OnTrack;
    QTest::newRow("during national day") << at(10, 3, 10) << 7 << DeadlineUrgency::OnTrack;
    QTest::newRow("two working days left") << at(10, 13, 9) << 2 << DeadlineUrgency::DueSoon;
    QTest::newRow("the last day") << at(10, 15, 17) << 0 << DeadlineUrgency::DueSoon;
    QTest::newRow("the Saturday after") << at(10, 17, 9) << -1 << DeadlineUrgency::Overdue;
    QTest::newRow("a week late") << at(10, 22, 9) << -5 << DeadlineUrgency::Overdue;
}

void TestApplicationWorkflow::countdown()
{
    QFETCH(QDateTime, now);
    QFETCH(int, left);
    QFETCH(DeadlineUrgency, urgency);
    ApplicationFacts facts = fx::application(ApplicationState::ComplianceReview);
    facts.stateSince = QDateTime(QDate(2026, 9, 18), QTime(10, 0), WorkingDayCalendar::timeZone());
    const ApplicationRules rules = fx::rules();
    const WorkingDayCalendar calendar = WorkingDayCalendar::officialChina2026();
    QCOMPARE(*rules.deadlineDays(ApplicationState::ComplianceReview), 15);
    const StageCountdown countdown = stageCountdown(facts, rules, calendar, now);
    QVERIFY(countdown.deadline);
    QCOMPARE(countdown.deadline->date(), QDate(2026, 10, 15));
    QCOMPARE(countdown.workingDaysLeft, left);
    QCOMPARE(countdown.urgency, urgency);

    facts.state = ApplicationState::Active; // operating: no stage deadline
    QCOMPARE(stageCountdown(facts, rules, calendar, now).urgency, DeadlineUrgency::None);
}

QTEST_GUILESS_MAIN(TestApplicationWorkflow)
#include "tst_applicationworkflow.moc"
