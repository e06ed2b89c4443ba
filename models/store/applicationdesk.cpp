// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationdesk.h"

#include "workflow/applicationrecord.h"
#include "workflow/applicationworkflow.h"

#include <QCoreApplication>

#include <algorithm>

namespace dew::models {
namespace {

WriteResult refused(const QString &id, const QString &reason)
{
    return {id, {FieldError{{}, reason}}};
}

} // namespace

ApplicationDesk::ApplicationDesk(const Workspace &workspace)
    : m_workspace(workspace), m_applications(workspace, Entity::Application)
{
}

QString ApplicationDesk::ruleBody(const char *code) const
{
    const std::optional<Record> rule =
        RecordRepository(m_workspace, Entity::WorkflowRule).findByKey(QString::fromLatin1(code));
    return rule && !rule->deleted ? rule->text(QStringLiteral("body")) : QString();
}

ApplicationRules ApplicationDesk::rules() const
{
    return applicationRulesFrom(ruleBody(applicationRulesCode));
}

WorkingDayCalendar ApplicationDesk::calendar() const
{
    return workingDaysFrom(ruleBody(workingDaysCode));
}

std::optional<ApplicationFacts> ApplicationDesk::facts(const QString &applicationId) const
{
    const std::optional<Record> application = m_applications.find(applicationId);
    if (!application) {
        return std::nullopt;
    }
    const RecordRepository resources(m_workspace, Entity::DataResource);
    return applicationFacts(*application, materials(applicationId),
                            [&](const QString &code) { return resources.findByKey(code); });
}

QList<Record> ApplicationDesk::materials(const QString &applicationId) const
{
    return RecordRepository(m_workspace, Entity::ApplicationMaterial).childrenOf(applicationId);
}

QList<ReviewRecord> ApplicationDesk::reviewRecords(const QString &applicationId) const
{
    QList<ReviewRecord> records;
    for (const Record &stored : RecordRepository(m_workspace, Entity::ReviewRecord).childrenOf(applicationId)) {
        if (const std::optional<ReviewRecord> record = reviewRecordFrom(stored)) {
            records.append(*record);
        }
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const ReviewRecord &a, const ReviewRecord &b) { return a.at < b.at; });
    return records;
}

QList<ApplicationAction> ApplicationDesk::allowedActions(const Actor &actor, const QString &applicationId) const
{
    const std::optional<ApplicationFacts> known = facts(applicationId);
    return known ? models::allowedActions(*known, actor, rules()) : QList<ApplicationAction>();
}

WriteResult ApplicationDesk::perform(const Actor &actor, const ApplicationCommand &command)
{
    const std::optional<Record> before = m_applications.find(command.applicationId);
    const std::optional<ApplicationFacts> known = facts(command.applicationId);
    if (!before || before->deleted || !known) {
        return refused(command.applicationId,
                       QCoreApplication::translate("dew::models::ApplicationDesk", "The application does not exist."));
    }
    const ApplicationRules applicationRules = rules();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CommandOutcome outcome = executeCommand(*known, command, actor, applicationRules, now);
    if (!outcome.result) {
        return refused(command.applicationId, outcome.result.reason);
    }
    ApplicationFacts after = outcome.after;
    if (const std::optional<TransitionResult> automatic = automaticRejection(after, applicationRules)) {
        after = applyTransition(after, {ApplicationAction::FailCompliance, automatic->reason, false},
                                automaticRuleActor(), *automatic, now);
    }
    Record moved = *before;
    writeFacts(after, moved);
    return m_applications.transition(actor, *before, moved, command.toJson());
}

} // namespace dew::models
