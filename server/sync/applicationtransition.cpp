// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How dew-server moves an authorization application (DESIGN.md §5, §6): it executes the command a
// transition carries against the application as it holds it, writes the new state and the review
// records in the push's transaction, and turns a decision made on a stale copy into a conflict
// on the state, which both reviewers see, instead of a second decision in force.
#include "domain/clock.h"
#include "domain/uuid7.h"
#include "mutationapplier.h"
#include "workflow/applicationrecord.h"

#include <QCoreApplication>

namespace dew::server {
namespace {

using models::sync::canonicalJson;
using models::sync::Mutation;
using models::sync::MutationStatus;

const QString stateField = QStringLiteral("state");

QString text(const char *source)
{
    return QCoreApplication::translate("dew::server::Push", source);
}

// The record's stored form: every field of its schema, canonical.
QJsonObject bodyOf(models::Entity entity, const QVariantMap &values)
{
    QJsonObject body;
    for (const models::FieldSpec &spec : models::schemaOf(entity).fields) {
        body.insert(QLatin1String(spec.name), canonicalJson(spec, values.value(QLatin1String(spec.name))));
    }
    return body;
}

} // namespace

models::ApplicationRules MutationApplier::applicationRules() const
{
    const QString table = QStringLiteral("workflow_rule");
    const QString id = m_rows.liveIdWithKey(table, QLatin1String(models::applicationRulesCode));
    const std::optional<ServerRecord> rule = id.isEmpty() ? std::nullopt : m_rows.find(table, id);
    return models::applicationRulesFrom(rule ? rule->body.value(QLatin1String("body")).toString() : QString());
}

namespace {

void collectReviewRecord(QList<models::ReviewRecord> &reviews, const ServerRecord &child)
{
    if (!child.deleted && child.table == QLatin1String("review_record")) {
        if (const std::optional<models::ReviewRecord> review = models::reviewRecordFrom(child.toRecord())) {
            reviews << *review;
        }
    }
}

} // namespace

QList<models::ReviewRecord> MutationApplier::reviewRecordsOf(const ServerRecord &application) const
{
    QList<models::ReviewRecord> reviews;
    for (const ServerRecord &child : m_rows.childrenOf(application.id)) {
        collectReviewRecord(reviews, child);
    }
    return reviews;
}

models::ApplicationFacts MutationApplier::applicationFactsOf(const ServerRecord &application,
                                                             QList<models::ReviewRecord> &reviews) const
{
    // One read of the children: materials, the timeline and the agreements.
    QList<models::Record> materials;
    bool agreementRecorded = false;
    for (const ServerRecord &child : m_rows.childrenOf(application.id)) {
        if (!child.deleted && child.table == QLatin1String("application_material")) {
            materials << child.toRecord();
        }
        agreementRecorded |= !child.deleted && child.table == QLatin1String("operation_agreement");
        collectReviewRecord(reviews, child);
    }
    const QString resources = QStringLiteral("data_resource");
    models::ApplicationFacts facts = models::applicationFacts(
        application.toRecord(), materials, reviews, [&](const QString &code) -> std::optional<models::Record> {
            const QString id = m_rows.liveIdWithKey(resources, code);
            const std::optional<ServerRecord> found = id.isEmpty() ? std::nullopt : m_rows.find(resources, id);
            return found ? std::optional(found->toRecord()) : std::nullopt;
        });
    facts.agreementRecorded = agreementRecorded;
    return facts;
}

bool MutationApplier::appendReviewRecord(const ServerRecord &application, const models::ReviewRecord &review,
                                         QString *error)
{
    ServerRecord record;
    record.table = QStringLiteral("review_record");
    record.id = models::newUuidV7();
    record.createdAt = models::Clock::nowIso();
    QVariantMap values = models::reviewRecordValues(review);
    values.insert(QStringLiteral("owner_org"), application.ownerOrg);
    record.body = bodyOf(models::Entity::ReviewRecord, values);
    return store(record, true, error);
}

QString MutationApplier::lastStepBy(const ServerRecord &application, const QList<models::ReviewRecord> &reviews)
{
    // Review records are children ordered by their UUIDv7 ids, so by when they were written.
    return reviews.isEmpty() ? application.body.value(QLatin1String("filed_by")).toString() : reviews.last().actorId;
}

MutationApplier::Result MutationApplier::staleTransition(const Mutation &mutation, const ServerRecord &current,
                                                         const models::ApplicationCommand &command,
                                                         const models::ApplicationFacts &facts, const QString &reason)
{
    // What this decision would have done from the state it expected competes with the one in
    // force; a decision that was not allowed even then is simply refused.
    const models::Actor actor = m_user.actor();
    models::ApplicationFacts asExpected = facts;
    asExpected.state = command.expectedState;
    const models::TransitionResult wouldBe =
        models::checkTransition(asExpected, command.request, actor, applicationRules());
    if (!wouldBe) {
        return rejected(mutation, wouldBe.reason);
    }
    // The note says what was decided, with the opinion, and why it did not take effect.
    QString note = models::applicationActionLabel(command.request.action);
    if (!command.request.opinion.isEmpty()) {
        note += QStringLiteral(": ") + command.request.opinion;
    }
    note += QStringLiteral(" — ") + reason;
    QString error;
    const QString id = conflictWith(mutation, current, stateField, models::applicationStateCode(command.expectedState),
                                    models::applicationStateCode(wouldBe.next), &error, note);
    if (id.isEmpty()) {
        return rejected(mutation, error);
    }
    return {mutation.mutationId, MutationStatus::Conflict, current.version, {}, {id}};
}

MutationApplier::Result MutationApplier::transitionApplication(const Mutation &mutation, ServerRecord current)
{
    QString error;
    const std::optional<models::ApplicationCommand> command =
        models::ApplicationCommand::fromJson(mutation.command, &error);
    if (!command || command->applicationId != current.id || mutation.changes.size() != 1 ||
        !mutation.changes.contains(stateField)) {
        return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push",
                                                         "A transition of an application carries its command: the "
                                                         "action and the state it expects.")));
    }
    if (current.deleted) {
        return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push", "The application was deleted.")));
    }
    const models::Actor actor = m_user.actor();
    const models::ApplicationRules rules = applicationRules();
    QList<models::ReviewRecord> timeline;
    const models::ApplicationFacts facts = applicationFactsOf(current, timeline);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    models::CommandOutcome outcome = models::executeCommand(facts, *command, actor, rules, now);
    if (!outcome.stale && !command->expectedStateSince.isValid() && lastStepBy(current, timeline) != m_user.id) {
        // A step that does not name its round (the later steps of an offline chain) follows its
        // own desktop's step before it; after someone else's, it was decided on a copy that no
        // longer holds, however the state is named now.
        outcome.stale = true;
        outcome.result.reason =
            text(QT_TRANSLATE_NOOP("dew::server::Push", "Stale: someone else moved the application after the step "
                                                        "this one follows; nothing was changed."));
    }
    if (outcome.stale) {
        return staleTransition(mutation, current, *command, facts, outcome.result.reason);
    }
    if (!outcome.result) {
        return rejected(mutation, outcome.result.reason);
    }
    models::ApplicationFacts after = outcome.after;
    QList<models::ReviewRecord> reviews{*outcome.record};
    if (const std::optional<models::TransitionResult> automatic = models::automaticRejection(after, rules)) {
        // Core data is refused by rule, not by a reviewer: the rejection follows at once.
        const models::Actor rule = models::automaticRuleActor();
        const models::TransitionRequest request{models::ApplicationAction::FailCompliance, automatic->reason, false};
        models::ReviewRecord rejection = *outcome.record;
        rejection.stage = after.state;
        rejection.action = request.action;
        rejection.result = automatic->next;
        rejection.actorId = rule.userId;
        rejection.actorName = rule.displayName;
        rejection.role = rule.role;
        rejection.opinion = automatic->reason;
        rejection.creditOverride = false;
        rejection.attachments.clear();
        after = models::applyTransition(after, request, rule, *automatic, now);
        reviews << rejection;
    }
    models::Record written = current.toRecord();
    models::writeFacts(after, written);
    const QJsonObject body = bodyOf(models::Entity::Application, written.values);
    for (const char *field : {"state", "state_since", "compliance_approvals", "change_under_review"}) {
        current.body.insert(QLatin1String(field), body.value(QLatin1String(field)));
    }
    if (!store(current, false, &error) ||
        !m_conflicts.noteServerValue(current.table, current.id, stateField, current.body.value(stateField),
                                     current.version, &error)) {
        return rejected(mutation, error);
    }
    for (const models::ReviewRecord &review : std::as_const(reviews)) {
        if (!appendReviewRecord(current, review, &error)) {
            return rejected(mutation, error);
        }
    }
    return applied(mutation, current.version);
}

} // namespace dew::server
