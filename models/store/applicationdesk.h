// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordrepository.h"
#include "workflow/applicationcommand.h"
#include "workflow/applicationrules.h"
#include "workflow/workingdaycalendar.h"

#include <QList>

#include <optional>

namespace dew::models {

class Workspace;

// The desktop's side of the application workflow (DESIGN.md §6): it reads an application's facts,
// materials, review records and the rules from the workspace, and executes a user's command on the
// local copy, offline if need be. The command is pushed as a transition, and dew-server executes it
// again against the state it holds: a decision made on a stale copy becomes a conflict there.
class ApplicationDesk
{
public:
    explicit ApplicationDesk(const Workspace &workspace);

    QStringList applicationIds() const; // live applications, by number
    std::optional<Record> application(const QString &applicationId) const;
    std::optional<ApplicationFacts> facts(const QString &applicationId) const;
    ApplicationFacts facts(const Record &application) const; // of a record already read
    QList<Record> materials(const QString &applicationId) const;
    QList<ReviewRecord> reviewRecords(const QString &applicationId) const; // oldest first
    ApplicationRules rules() const;
    WorkingDayCalendar calendar() const;

    QList<ApplicationAction> allowedActions(const Actor &actor, const QString &applicationId) const;
    // Refused, with the reason, exactly as the workflow refuses it; an application under
    // compliance review that requests core data is rejected at once, as dew-server will do.
    // Sets the command's expected state_since itself: only the workspace knows whether it is dew-server's.
    WriteResult perform(const Actor &actor, ApplicationCommand command);

private:
    QString ruleBody(const char *code) const;
    // Whether the application's state_since is as dew-server wrote it, not this desktop's own.
    bool stateTimeIsServers(const QString &applicationId) const;

    const Workspace &m_workspace;
    RecordRepository m_applications;
};

} // namespace dew::models
