// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationworkflow.h"

#include "compliancechecks.h"
#include "domain/uscc.h"
#include "workingdaycalendar.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

using A = ApplicationAction;

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::ApplicationWorkflow", source);
}

TransitionResult refuse(const QString &reason)
{
    TransitionResult result;
    result.reason = reason;
    return result;
}

TransitionResult refuse(const char *reason)
{
    return refuse(text(reason));
}

TransitionResult allow(ApplicationState next)
{
    TransitionResult result;
    result.allowed = true;
    result.next = next;
    return result;
}

TransitionResult checkActor(const ApplicationFacts &facts, ApplicationAction action, const Actor &actor)
{
    switch (actor.role) {
    case Role::Supervisor:
        return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                        "Supervisors read applications; they do not move them."));
    case Role::Admin:
        return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                        "Administrators keep the rule tables; they do not move applications."));
    case Role::Officer:
        if (!isFilerAction(action)) {
            return refuse(text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                                 "Only a reviewer of the data bureau may take the action \"%1\"."))
                              .arg(applicationActionLabel(action)));
        }
        if (!facts.ownerOrg.isEmpty() && facts.ownerOrg != actor.orgId) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                            "Officers act only on applications their own organisation filed."));
        }
        break;
    case Role::Reviewer:
        // Withdrawing is the filer's (DESIGN.md §6): a reviewer ends someone else's application by
        // a decision with its reasons, never by withdrawing it.
        if (action == ApplicationAction::Withdraw && !facts.filedBy.isEmpty() && facts.filedBy != actor.userId) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                            "Only the filer withdraws an application; a reviewer ends someone "
                                            "else's by a decision that gives the reasons."));
        }
        if (!isFilerAction(action) &&
            ((!facts.filedBy.isEmpty() && facts.filedBy == actor.userId) || facts.submittedBy.contains(actor.userId))) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                            "Self-approval refused: you filed this application, so another reviewer "
                                            "reviews it."));
        }
        break;
    }
    return allow(facts.state);
}

// The first automatic check that stands in the way of passing, as "title: reason".
std::optional<QString> firstFailed(const ApplicationFacts &facts, const ApplicationRules &rules,
                                   std::initializer_list<ComplianceCheckKind> kinds)
{
    for (ComplianceCheckKind kind : kinds) {
        const ComplianceCheck check = complianceCheck(kind, facts, rules);
        if (!check.passed()) {
            return QStringLiteral("%1: %2").arg(check.title, check.reason);
        }
    }
    return std::nullopt;
}

TransitionResult checkQualification(const ApplicationFacts &facts, const TransitionRequest *request,
                                    ApplicationState next)
{
    if (const uscc::Problem problem = uscc::check(facts.applicantUscc); problem != uscc::Problem::None) {
        return refuse(text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                             "Qualification cannot pass: the applicant's unified social credit code "
                                             "is not valid. %1"))
                          .arg(uscc::describe(problem)));
    }
    switch (facts.credit) {
    case CreditStanding::SeriousBadRecord:
        return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                        "Qualification fails: the applicant has a serious bad credit record in its "
                                        "publication window."));
    case CreditStanding::NotAvailable:
        if (request && (!request->overrideCreditCheck || request->opinion.trimmed().isEmpty())) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                            "The credit check could not be made: qualification passes only with an "
                                            "explicit override and an opinion that gives the reason."));
        }
        break;
    case CreditStanding::Clear:
        break;
    }
    return allow(next);
}

TransitionResult checkCompliance(const ApplicationFacts &facts, const Actor &actor, const ApplicationRules &rules,
                                 ApplicationState next)
{
    if (facts.requestsGrade(QStringLiteral("core"))) {
        return refuse(text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                             "Core data is requested: the application is rejected automatically and "
                                             "cannot pass. Rule: %1"))
                          .arg(rules.coreDataRule));
    }
    if (const auto failed = firstFailed(facts, rules,
                                        {ComplianceCheckKind::NegativeList, ComplianceCheckKind::PositiveList,
                                         ComplianceCheckKind::Fee, ComplianceCheckKind::Term})) {
        return refuse(
            text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow", "Compliance cannot pass: %1")).arg(*failed));
    }
    if (!facts.requestsGrade(QStringLiteral("important"))) {
        return allow(next);
    }
    if (facts.complianceApprovals.contains(actor.userId)) {
        return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                        "You have approved already: important data needs the approval of a second, "
                                        "different reviewer."));
    }
    if (facts.distinctComplianceApprovals() == 0) {
        TransitionResult first = allow(facts.state);
        first.recordsApprovalOnly = true;
        return first;
    }
    return allow(next);
}

// request is null when asking what may be offered: the opinion and the override come later.
TransitionResult evaluate(const ApplicationFacts &facts, ApplicationAction action, const Actor &actor,
                          const ApplicationRules &rules, const TransitionRequest *request)
{
    if (TransitionResult who = checkActor(facts, action, actor); !who) {
        return who;
    }
    const std::optional<ApplicationState> next = transitionTarget(facts.state, action, facts.changeUnderReview);
    if (!next) {
        return refuse(text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                             "\"%1\" is not possible while the application is in the state \"%2\"."))
                          .arg(applicationActionLabel(action), applicationStateLabel(facts.state)));
    }
    if (request && requiresOpinion(action) && request->opinion.trimmed().isEmpty()) {
        return refuse(text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow", "\"%1\" needs a written opinion."))
                          .arg(applicationActionLabel(action)));
    }
    switch (action) {
    case A::Accept:
        if (const auto failed = firstFailed(facts, rules, {ComplianceCheckKind::Materials})) {
            return refuse(text(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                                 "Cannot accept an incomplete application (return it for supplement "
                                                 "instead): %1"))
                              .arg(*failed));
        }
        return allow(*next);
    case A::PassQualification:
        return checkQualification(facts, request, *next);
    case A::PassCompliance:
        return checkCompliance(facts, actor, rules, *next);
    case A::SignAgreement:
        if (!facts.agreementRecorded) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::ApplicationWorkflow",
                                            "Record the operation agreement (its number and term) before signing "
                                            "it."));
        }
        return allow(*next);
    default:
        return allow(*next);
    }
}

} // namespace

TransitionResult checkTransition(const ApplicationFacts &facts, const TransitionRequest &request, const Actor &actor,
                                 const ApplicationRules &rules)
{
    return evaluate(facts, request.action, actor, rules, &request);
}

TransitionResult offeredAction(const ApplicationFacts &facts, ApplicationAction action, const Actor &actor,
                               const ApplicationRules &rules)
{
    return evaluate(facts, action, actor, rules, nullptr);
}

QList<ApplicationAction> allowedActions(const ApplicationFacts &facts, const Actor &actor,
                                        const ApplicationRules &rules)
{
    QList<ApplicationAction> result;
    for (ApplicationAction action : applicationActions()) {
        if (evaluate(facts, action, actor, rules, nullptr)) {
            result << action;
        }
    }
    return result;
}

ApplicationFacts applyTransition(const ApplicationFacts &facts, const TransitionRequest &request, const Actor &actor,
                                 const TransitionResult &result, const QDateTime &at)
{
    ApplicationFacts after = facts;
    if (!result) {
        return after;
    }
    if (result.recordsApprovalOnly) {
        after.complianceApprovals << actor.userId;
        return after;
    }
    if (request.action == A::RequestChange) {
        after.changeUnderReview = true;
    }
    if (result.next == ApplicationState::Active) {
        after.changeUnderReview = false;
    }
    if (result.next != facts.state) {
        after.complianceApprovals.clear(); // a new compliance round starts from none
        after.stateSince = at;
    }
    after.state = result.next;
    return after;
}

std::optional<TransitionResult> automaticRejection(const ApplicationFacts &facts, const ApplicationRules &rules)
{
    if (facts.state != ApplicationState::ComplianceReview || !facts.requestsGrade(QStringLiteral("core"))) {
        return std::nullopt;
    }
    TransitionResult result = allow(*transitionTarget(facts.state, A::FailCompliance, facts.changeUnderReview));
    result.reason = complianceCheck(ComplianceCheckKind::CoreData, facts, rules).reason;
    return result;
}

std::optional<QDateTime> stageDeadline(const ApplicationFacts &facts, const ApplicationRules &rules,
                                       const WorkingDayCalendar &calendar)
{
    const std::optional<int> days = rules.deadlineDays(facts.state);
    if (!days || !facts.stateSince.isValid()) {
        return std::nullopt;
    }
    return calendar.deadline(facts.stateSince, *days);
}

StageCountdown stageCountdown(const ApplicationFacts &facts, const ApplicationRules &rules,
                              const WorkingDayCalendar &calendar, const QDateTime &now)
{
    StageCountdown countdown;
    countdown.deadline = stageDeadline(facts, rules, calendar);
    if (!countdown.deadline) {
        return countdown;
    }
    countdown.workingDaysLeft = calendar.workingDaysRemaining(now, *countdown.deadline);
    if (countdown.workingDaysLeft < 0) {
        countdown.urgency = DeadlineUrgency::Overdue;
    } else if (countdown.workingDaysLeft <= rules.dueSoonWorkingDays) {
        countdown.urgency = DeadlineUrgency::DueSoon;
    } else {
        countdown.urgency = DeadlineUrgency::OnTrack;
    }
    return countdown;
}

} // namespace dew::models
