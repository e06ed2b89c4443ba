// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationfacts.h"
#include "applicationrules.h"
#include "applicationstate.h"
#include "domain/actor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dew::models {

class WorkingDayCalendar;

// Who may move an authorization application, and where to (DESIGN.md §6). The desktop offers
// only allowedActions(); dew-server applies checkTransition() to every transition it receives.
struct TransitionRequest
{
    ApplicationAction action;
    QString opinion;
    // Qualification passes although the credit check could not be made, on the reviewer's word
    // (their opinion says why).
    bool overrideCreditCheck = false;
};

struct TransitionResult
{
    bool allowed = false;
    QString reason; // translated: why it was refused, or why an automatic transition is made
    ApplicationState next = ApplicationState::Draft;
    // The first of the two approvals that important data needs: recorded, the state stays.
    bool recordsApprovalOnly = false;

    explicit operator bool() const { return allowed; }
};

TransitionResult checkTransition(const ApplicationFacts &facts, const TransitionRequest &request, const Actor &actor,
                                 const ApplicationRules &rules);

// The actions this actor may take now, given a suitable opinion (and, for a qualification whose
// credit check could not be made, an explicit override): the UI asks for those before it sends.
QList<ApplicationAction> allowedActions(const ApplicationFacts &facts, const Actor &actor,
                                        const ApplicationRules &rules);
// Whether one action is offered to this actor now, and if not, why: what a greyed button says.
TransitionResult offeredAction(const ApplicationFacts &facts, ApplicationAction action, const Actor &actor,
                               const ApplicationRules &rules);

// The facts after an allowed transition made at a moment.
ApplicationFacts applyTransition(const ApplicationFacts &facts, const TransitionRequest &request, const Actor &actor,
                                 const TransitionResult &result, const QDateTime &at);

// An application under compliance review that requests core data is rejected without a reviewer,
// citing the rule; nullopt when no automatic transition is due. The action it stands for is
// ApplicationAction::FailCompliance.
std::optional<TransitionResult> automaticRejection(const ApplicationFacts &facts, const ApplicationRules &rules);

// When the application's current stage is due, from the rule table's working days; nullopt for a
// state without a deadline.
std::optional<QDateTime> stageDeadline(const ApplicationFacts &facts, const ApplicationRules &rules,
                                       const WorkingDayCalendar &calendar);

// Where the current stage stands against its deadline, for the inbox (即将逾期 / 已逾期) and the
// reminder at start-up.
enum class DeadlineUrgency { None, OnTrack, DueSoon, Overdue };

struct StageCountdown
{
    std::optional<QDateTime> deadline;
    int workingDaysLeft = 0;                         // 0 on the last day, negative once overdue
    DeadlineUrgency urgency = DeadlineUrgency::None; // None: the state has no deadline
};

StageCountdown stageCountdown(const ApplicationFacts &facts, const ApplicationRules &rules,
                              const WorkingDayCalendar &calendar, const QDateTime &now);

} // namespace dew::models
