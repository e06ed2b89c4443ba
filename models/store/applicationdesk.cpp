// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationdesk.h"

#include "outbox.h"
#include "workflow/applicationrecord.h"
#include "workflow/applicationworkflow.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

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

QStringList ApplicationDesk::applicationIds() const
{
    QStringList ids;
    QSqlQuery query(m_workspace.database());
    if (query.exec(QStringLiteral("SELECT id FROM authorization_application WHERE deleted = 0 ORDER BY code"))) {
        while (query.next()) {
            ids << query.value(0).toString();
        }
    }
    return ids;
}

std::optional<Record> ApplicationDesk::application(const QString &applicationId) const
{
    return m_applications.find(applicationId);
}

std::optional<ApplicationFacts> ApplicationDesk::facts(const QString &applicationId) const
{
    const std::optional<Record> application = m_applications.find(applicationId);
    return application ? std::optional(facts(*application)) : std::nullopt;
}

ApplicationFacts ApplicationDesk::facts(const Record &application) const
{
    const RecordRepository resources(m_workspace, Entity::DataResource);
    ApplicationFacts facts = applicationFacts(application, materials(application.id), reviewRecords(application.id),
                                              [&](const QString &code) { return resources.findLiveByKey(code); });
    const QList<Record> agreements =
        RecordRepository(m_workspace, Entity::OperationAgreement).childrenOf(application.id);
    facts.agreementRecorded =
        std::any_of(agreements.cbegin(), agreements.cend(), [](const Record &agreement) { return !agreement.deleted; });
    return facts;
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
    // This desktop's own steps that sync has not yet carried: shown at once, marked pending.
    for (const OutboxEntry &entry :
         Outbox(m_workspace.database()).entriesFor(QStringLiteral("authorization_application"), applicationId)) {
        const std::optional<ApplicationCommand> command = ApplicationCommand::fromJson(entry.command);
        if (entry.op != QLatin1String("transition") || !command) {
            continue;
        }
        ReviewRecord record;
        record.applicationId = applicationId;
        record.stage = command->expectedState;
        record.action = command->request.action;
        record.result =
            applicationStateFromCode(
                entry.changes.value(QStringLiteral("state")).toObject().value(QStringLiteral("new")).toString())
                .value_or(command->expectedState);
        record.actorId = entry.actor;
        record.actorName = entry.command.value(QStringLiteral("actor_name")).toString();
        record.role = roleFromCode(entry.command.value(QStringLiteral("actor_role")).toString());
        record.opinion = command->request.opinion;
        record.creditOverride = command->request.overrideCreditCheck;
        record.attachments = command->attachments;
        record.at = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
        record.pending = true;
        records.append(record);
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

bool ApplicationDesk::stateTimeIsServers(const QString &applicationId) const
{
    const QString table = QStringLiteral("authorization_application");
    if (Outbox(m_workspace.database()).hasPendingStateChange(table, applicationId)) {
        return false; // filed or moved here, and not yet pushed
    }
    // Pushed, but dew-server's copy has not been read back yet.
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM sync_refetch WHERE table_name = ? AND record_id = ?"));
    query.addBindValue(table);
    query.addBindValue(applicationId);
    return query.exec() && !query.next();
}

WriteResult ApplicationDesk::perform(const Actor &actor, ApplicationCommand command)
{
    const std::optional<Record> before = m_applications.find(command.applicationId);
    if (!before || before->deleted) {
        return refused(command.applicationId,
                       QCoreApplication::translate("dew::models::ApplicationDesk", "The application does not exist."));
    }
    const ApplicationFacts known = facts(*before);
    // The round this decision belongs to, when this desktop's copy holds dew-server's time.
    command.expectedStateSince = stateTimeIsServers(before->id) ? known.stateSince : QDateTime();
    const ApplicationRules applicationRules = rules();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CommandOutcome outcome = executeCommand(known, command, actor, applicationRules, now);
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
    QJsonObject carried = command.toJson();
    // For this desktop's timeline until sync; dew-server records who acted from the session.
    carried.insert(QStringLiteral("actor_name"), actor.displayName);
    carried.insert(QStringLiteral("actor_role"), roleCode(actor.role));
    return m_applications.transition(actor, *before, moved, carried);
}

} // namespace dew::models
