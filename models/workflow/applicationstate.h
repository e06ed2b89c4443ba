// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace dew::models {

// The states of an authorization-operation application (授权运营申请, DESIGN.md §6). Storage and
// sync keep the stable code (applicationStateCode); labels come from EnumKind::ApplicationState.
enum class ApplicationState {
    Draft,
    Submitted,
    Returned, // 补正: back with the filer for supplement
    NotAccepted,
    Accepted,
    QualificationReview,
    ComplianceReview,
    ExpertReview,
    Decision,
    Publicity, // 公示
    Objection,
    Approved,
    Agreement,
    Active,
    Suspended,
    ChangeRequested,
    Expired,
    Exited,
    Revoked,
    Withdrawn,
    Rejected,
    Archived,
};

enum class ApplicationAction {
    // The filer's, made by an officer for the applicant or by a reviewer.
    Submit,
    Supplement,
    Withdraw,
    RequestChange,
    // The data bureau's reviewers', never on an application they filed.
    Accept,
    Return,
    NotAccept,
    BeginReview,
    PassQualification,
    FailQualification,
    PassCompliance,
    FailCompliance,
    PassExpertReview,
    FailExpertReview,
    RecordDecision, // the collective decision to approve; publicity starts
    DecideAgainst,
    ClosePublicity,
    RecordObjection,
    ReferObjection, // the objection goes back to the decision body
    PrepareAgreement,
    SignAgreement,
    Suspend,
    Resume,
    Revoke,
    Expire,
    Exit,
    Archive,
};

QList<ApplicationState> applicationStates();
QList<ApplicationAction> applicationActions();

QString applicationStateCode(ApplicationState state);
std::optional<ApplicationState> applicationStateFromCode(const QString &code);
QString applicationStateLabel(ApplicationState state); // in the UI's language

QString applicationActionCode(ApplicationAction action);
std::optional<ApplicationAction> applicationActionFromCode(const QString &code);
QString applicationActionLabel(ApplicationAction action); // translated, for menus and refusals

// The filer's actions; every other action is a reviewer's.
bool isFilerAction(ApplicationAction action);
// Rejecting, returning and the other adverse actions need a written opinion.
bool requiresOpinion(ApplicationAction action);
// No action leads out of these states but archiving (and none out of archived).
bool isClosedState(ApplicationState state);

// The transition table: where an action leads from a state, or nullopt when it is not a
// transition of that state. While a change of an agreement in force is under review, what would
// reject or withdraw the application only ends the change: the application returns to active.
std::optional<ApplicationState> transitionTarget(ApplicationState from, ApplicationAction action,
                                                 bool changeUnderReview = false);

} // namespace dew::models
