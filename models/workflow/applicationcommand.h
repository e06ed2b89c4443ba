// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationworkflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dew::models {

// A transition of an application as it travels in a sync mutation (DESIGN.md §5): it names the
// action, not only the target state (from compliance review of a change, failing and withdrawing
// both lead back to active), and the state it expects, so that a decision made on a stale copy
// is refused instead of taking effect beside another. The state's name alone does not say which
// round it is in (returned, supplemented and submitted again is "submitted" once more), so the
// command also names when the copy entered that state, as dew-server wrote it. Only a desktop's
// first queued step of an application knows that time: later steps of an offline chain leave it
// out, and dew-server takes them only right after a step of the same user.
struct ApplicationCommand
{
    QString applicationId;
    ApplicationState expectedState = ApplicationState::Draft;
    TransitionRequest request;
    QStringList attachments;      // SHA-256 of the materials attached to this step
    QDateTime expectedStateSince; // when the copy entered expectedState; invalid when not known

    QJsonObject toJson() const;
    static std::optional<ApplicationCommand> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// One line of an application's review timeline: who did what at which stage, with what opinion.
struct ReviewRecord
{
    QString applicationId;
    ApplicationState stage = ApplicationState::Draft; // the state the action was taken in
    ApplicationAction action = ApplicationAction::Submit;
    ApplicationState result = ApplicationState::Draft;
    QString actorId;
    QString actorName;
    Role role = Role::Supervisor;
    QString opinion;
    bool creditOverride = false;
    QStringList attachments;
    QDateTime at;         // UTC
    bool pending = false; // taken on this desktop, not yet confirmed by dew-server

    QJsonObject toJson() const;
    static std::optional<ReviewRecord> fromJson(const QJsonObject &object);
};

struct CommandOutcome
{
    TransitionResult result;            // refused when stale, with the reason
    bool stale = false;                 // the application had moved on from the expected state
    ApplicationFacts after;             // unchanged when refused
    std::optional<ReviewRecord> record; // what to append to the timeline when allowed
};

// What dew-server does with a pushed command, and the desktop with its own before it queues it.
CommandOutcome executeCommand(const ApplicationFacts &facts, const ApplicationCommand &command, const Actor &actor,
                              const ApplicationRules &rules, const QDateTime &at);

} // namespace dew::models
