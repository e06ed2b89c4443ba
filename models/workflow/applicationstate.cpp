// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationstate.h"

#include "domain/enumerations.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

using S = ApplicationState;
using A = ApplicationAction;

constexpr S allStates[] = {
    S::Draft,
    S::Submitted,
    S::Returned,
    S::NotAccepted,
    S::Accepted,
    S::QualificationReview,
    S::ComplianceReview,
    S::ExpertReview,
    S::Decision,
    S::Publicity,
    S::Objection,
    S::Approved,
    S::Agreement,
    S::Active,
    S::Suspended,
    S::ChangeRequested,
    S::Expired,
    S::Exited,
    S::Revoked,
    S::Withdrawn,
    S::Rejected,
    S::Archived,
};

struct ActionInfo
{
    A action;
    const char *code;
    const char *label; // translated in the "dew::models::ApplicationAction" context
};

constexpr ActionInfo actionInfo[] = {
    {A::Submit, "submit", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Submit")},
    {A::Supplement, "supplement", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Resubmit with supplements")},
    {A::Withdraw, "withdraw", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Withdraw")},
    {A::RequestChange, "request_change", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Request a change")},
    {A::Accept, "accept", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Accept")},
    {A::Return, "return", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Return for supplement")},
    {A::NotAccept, "not_accept", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Do not accept")},
    {A::BeginReview, "begin_review", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Begin review")},
    {A::PassQualification, "pass_qualification",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Pass qualification review")},
    {A::FailQualification, "fail_qualification",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Fail qualification review")},
    {A::PassCompliance, "pass_compliance",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Pass compliance review")},
    {A::FailCompliance, "fail_compliance",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Fail compliance review")},
    {A::PassExpertReview, "pass_expert_review",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Pass expert review")},
    {A::FailExpertReview, "fail_expert_review",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Fail expert review")},
    {A::RecordDecision, "record_decision",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Record the approval and start publicity")},
    {A::DecideAgainst, "decide_against", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Decide against")},
    {A::ClosePublicity, "close_publicity", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Close publicity")},
    {A::RecordObjection, "record_objection",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Record an objection")},
    {A::ReferObjection, "refer_objection",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Refer the objection to the decision")},
    {A::PrepareAgreement, "prepare_agreement",
     QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Prepare the agreement")},
    {A::SignAgreement, "sign_agreement", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Sign the agreement")},
    {A::Suspend, "suspend", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Suspend")},
    {A::Resume, "resume", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Resume")},
    {A::Revoke, "revoke", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Revoke")},
    {A::Expire, "expire", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Close at the end of the term")},
    {A::Exit, "exit", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Record the operator's exit")},
    {A::Archive, "archive", QT_TRANSLATE_NOOP("dew::models::ApplicationAction", "Archive")},
};

struct Transition
{
    S from;
    A action;
    S to;
};

// DESIGN.md §6. Beyond its picture: a suspended operation can be revoked or reach the end of its
// term, and every closed application is archived, not only the ones that operated.
constexpr Transition transitions[] = {
    {S::Draft, A::Submit, S::Submitted},
    {S::Submitted, A::Accept, S::Accepted},
    {S::Submitted, A::Return, S::Returned},
    {S::Submitted, A::NotAccept, S::NotAccepted},
    {S::Returned, A::Supplement, S::Submitted},
    {S::Accepted, A::BeginReview, S::QualificationReview},
    {S::QualificationReview, A::PassQualification, S::ComplianceReview},
    {S::QualificationReview, A::FailQualification, S::Rejected},
    {S::ComplianceReview, A::PassCompliance, S::ExpertReview},
    {S::ComplianceReview, A::FailCompliance, S::Rejected},
    {S::ExpertReview, A::PassExpertReview, S::Decision},
    {S::ExpertReview, A::FailExpertReview, S::Rejected},
    {S::Decision, A::RecordDecision, S::Publicity},
    {S::Decision, A::DecideAgainst, S::Rejected},
    {S::Publicity, A::ClosePublicity, S::Approved},
    {S::Publicity, A::RecordObjection, S::Objection},
    {S::Objection, A::ReferObjection, S::Decision},
    {S::Approved, A::PrepareAgreement, S::Agreement},
    {S::Agreement, A::SignAgreement, S::Active},
    {S::Active, A::Suspend, S::Suspended},
    {S::Suspended, A::Resume, S::Active},
    {S::Active, A::RequestChange, S::ChangeRequested},
    {S::ChangeRequested, A::BeginReview, S::ComplianceReview},
    {S::Active, A::Expire, S::Expired},
    {S::Suspended, A::Expire, S::Expired},
    {S::Active, A::Exit, S::Exited},
    {S::Active, A::Revoke, S::Revoked},
    {S::Suspended, A::Revoke, S::Revoked},
    // Withdrawn by the filer before the decision.
    {S::Submitted, A::Withdraw, S::Withdrawn},
    {S::Returned, A::Withdraw, S::Withdrawn},
    {S::Accepted, A::Withdraw, S::Withdrawn},
    {S::QualificationReview, A::Withdraw, S::Withdrawn},
    {S::ComplianceReview, A::Withdraw, S::Withdrawn},
    {S::ExpertReview, A::Withdraw, S::Withdrawn},
    {S::Decision, A::Withdraw, S::Withdrawn},
    {S::ChangeRequested, A::Withdraw, S::Withdrawn},
    {S::NotAccepted, A::Archive, S::Archived},
    {S::Withdrawn, A::Archive, S::Archived},
    {S::Rejected, A::Archive, S::Archived},
    {S::Expired, A::Archive, S::Archived},
    {S::Exited, A::Archive, S::Archived},
    {S::Revoked, A::Archive, S::Archived},
};

const ActionInfo *infoOf(A action)
{
    for (const ActionInfo &info : actionInfo) {
        if (info.action == action) {
            return &info;
        }
    }
    return nullptr;
}

} // namespace

QList<ApplicationState> applicationStates()
{
    return {std::begin(allStates), std::end(allStates)};
}

QList<ApplicationAction> applicationActions()
{
    QList<ApplicationAction> result;
    for (const ActionInfo &info : actionInfo) {
        result << info.action;
    }
    return result;
}

QString applicationStateCode(ApplicationState state)
{
    const auto values = Enumeration::of(EnumKind::ApplicationState).values();
    const auto index = static_cast<size_t>(state);
    return index < values.size() ? QString::fromLatin1(values[index].code) : QString();
}

std::optional<ApplicationState> applicationStateFromCode(const QString &code)
{
    for (ApplicationState state : allStates) {
        if (applicationStateCode(state) == code) {
            return state;
        }
    }
    return std::nullopt;
}

QString applicationStateLabel(ApplicationState state)
{
    return Enumeration::of(EnumKind::ApplicationState).label(applicationStateCode(state));
}

QString applicationActionCode(ApplicationAction action)
{
    const ActionInfo *info = infoOf(action);
    return info ? QString::fromLatin1(info->code) : QString();
}

std::optional<ApplicationAction> applicationActionFromCode(const QString &code)
{
    for (const ActionInfo &info : actionInfo) {
        if (code == QLatin1String(info.code)) {
            return info.action;
        }
    }
    return std::nullopt;
}

QString applicationActionLabel(ApplicationAction action)
{
    const ActionInfo *info = infoOf(action);
    return info ? QCoreApplication::translate("dew::models::ApplicationAction", info->label) : QString();
}

bool isFilerAction(ApplicationAction action)
{
    return action == A::Submit || action == A::Supplement || action == A::Withdraw || action == A::RequestChange;
}

bool requiresOpinion(ApplicationAction action)
{
    switch (action) {
    case A::Return:
    case A::NotAccept:
    case A::FailQualification:
    case A::FailCompliance:
    case A::FailExpertReview:
    case A::DecideAgainst:
    case A::RecordObjection:
    case A::Suspend:
    case A::Revoke:
        return true;
    default:
        return false;
    }
}

bool isClosedState(ApplicationState state)
{
    switch (state) {
    case S::NotAccepted:
    case S::Withdrawn:
    case S::Rejected:
    case S::Expired:
    case S::Exited:
    case S::Revoked:
    case S::Archived:
        return true;
    default:
        return false;
    }
}

std::optional<ApplicationState> transitionTarget(ApplicationState from, ApplicationAction action,
                                                 bool changeUnderReview)
{
    for (const Transition &t : transitions) {
        if (t.from == from && t.action == action) {
            if (changeUnderReview && (t.to == S::Rejected || t.to == S::Withdrawn)) {
                return S::Active; // the agreement in force stays; only the change ends
            }
            return t.to;
        }
    }
    return std::nullopt;
}

} // namespace dew::models
