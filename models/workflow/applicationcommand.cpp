// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationcommand.h"

#include "applicationmaterials.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::ApplicationCommand", source);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        list << entry.toString();
    }
    return list;
}

} // namespace

QJsonObject ApplicationCommand::toJson() const
{
    QJsonObject json{{QStringLiteral("application_id"), applicationId},
                     {QStringLiteral("expected_state"), applicationStateCode(expectedState)},
                     {QStringLiteral("action"), applicationActionCode(request.action)},
                     {QStringLiteral("opinion"), request.opinion},
                     {QStringLiteral("override_credit_check"), request.overrideCreditCheck},
                     {QStringLiteral("attachments"), QJsonArray::fromStringList(attachments)}};
    if (expectedStateSince.isValid()) {
        json.insert(QStringLiteral("expected_state_since"), expectedStateSince.toUTC().toString(Qt::ISODateWithMs));
    }
    return json;
}

std::optional<ApplicationCommand> ApplicationCommand::fromJson(const QJsonObject &object, QString *error)
{
    const auto expected = applicationStateFromCode(object.value(QStringLiteral("expected_state")).toString());
    const auto action = applicationActionFromCode(object.value(QStringLiteral("action")).toString());
    const QStringList attachments = stringsOf(object.value(QStringLiteral("attachments")));
    const bool attachmentsValid = std::all_of(attachments.cbegin(), attachments.cend(), isSha256Hex);
    const QJsonValue since = object.value(QStringLiteral("expected_state_since"));
    const QDateTime expectedSince = QDateTime::fromString(since.toString(), Qt::ISODateWithMs);
    const bool sinceValid = since.isUndefined() || since.isNull() || expectedSince.isValid();
    if (!expected || !action || !attachmentsValid || !sinceValid ||
        object.value(QStringLiteral("application_id")).toString().isEmpty()) {
        if (error) {
            *error = text(QT_TRANSLATE_NOOP("dew::models::ApplicationCommand",
                                            "A transition names the application, the state it expects (and "
                                            "when it entered it, as a date and time), a known action, and "
                                            "attachments by their SHA-256."));
        }
        return std::nullopt;
    }
    ApplicationCommand command;
    command.applicationId = object.value(QStringLiteral("application_id")).toString();
    command.expectedState = *expected;
    command.expectedStateSince = expectedSince.toUTC();
    command.request = {*action, object.value(QStringLiteral("opinion")).toString(),
                       object.value(QStringLiteral("override_credit_check")).toBool()};
    command.attachments = attachments;
    return command;
}

QJsonObject ReviewRecord::toJson() const
{
    return {{QStringLiteral("application_id"), applicationId},
            {QStringLiteral("stage"), applicationStateCode(stage)},
            {QStringLiteral("action"), applicationActionCode(action)},
            {QStringLiteral("result"), applicationStateCode(result)},
            {QStringLiteral("actor_id"), actorId},
            {QStringLiteral("actor_name"), actorName},
            {QStringLiteral("role"), roleCode(role)},
            {QStringLiteral("opinion"), opinion},
            {QStringLiteral("credit_override"), creditOverride},
            {QStringLiteral("attachments"), QJsonArray::fromStringList(attachments)},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<ReviewRecord> ReviewRecord::fromJson(const QJsonObject &object)
{
    const auto stage = applicationStateFromCode(object.value(QStringLiteral("stage")).toString());
    const auto action = applicationActionFromCode(object.value(QStringLiteral("action")).toString());
    const auto result = applicationStateFromCode(object.value(QStringLiteral("result")).toString());
    const QDateTime at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!stage || !action || !result || !at.isValid()) {
        return std::nullopt;
    }
    ReviewRecord record;
    record.applicationId = object.value(QStringLiteral("application_id")).toString();
    record.stage = *stage;
    record.action = *action;
    record.result = *result;
    record.actorId = object.value(QStringLiteral("actor_id")).toString();
    record.actorName = object.value(QStringLiteral("actor_name")).toString();
    record.role = roleFromCode(object.value(QStringLiteral("role")).toString());
    record.opinion = object.value(QStringLiteral("opinion")).toString();
    record.creditOverride = object.value(QStringLiteral("credit_override")).toBool();
    record.attachments = stringsOf(object.value(QStringLiteral("attachments")));
    record.at = at.toUTC();
    return record;
}

CommandOutcome executeCommand(const ApplicationFacts &facts, const ApplicationCommand &command, const Actor &actor,
                              const ApplicationRules &rules, const QDateTime &at)
{
    CommandOutcome outcome;
    outcome.after = facts;
    if (facts.state != command.expectedState) {
        // Someone moved it first: this decision was made on a copy that no longer holds.
        outcome.stale = true;
        outcome.result.reason =
            text(QT_TRANSLATE_NOOP("dew::models::ApplicationCommand",
                                   "Stale: the application is no longer \"%1\" but \"%2\"; nothing was changed."))
                .arg(applicationStateLabel(command.expectedState), applicationStateLabel(facts.state));
        return outcome;
    }
    if (command.expectedStateSince.isValid() && facts.stateSince.isValid() &&
        command.expectedStateSince != facts.stateSince) {
        // The same state, but a later round of it: the copy this decision was made on has gone.
        outcome.stale = true;
        outcome.result.reason =
            text(QT_TRANSLATE_NOOP("dew::models::ApplicationCommand",
                                   "Stale: the application has left \"%1\" and come back to it since this decision "
                                   "was made; nothing was changed."))
                .arg(applicationStateLabel(command.expectedState));
        return outcome;
    }
    outcome.result = checkTransition(facts, command.request, actor, rules);
    if (!outcome.result) {
        return outcome;
    }
    outcome.after = applyTransition(facts, command.request, actor, outcome.result, at);
    ReviewRecord record;
    record.applicationId = facts.id;
    record.stage = facts.state;
    record.action = command.request.action;
    record.result = outcome.result.next;
    record.actorId = actor.userId;
    record.actorName = actor.displayName;
    record.role = actor.role;
    record.opinion = command.request.opinion.trimmed();
    record.creditOverride = command.request.action == ApplicationAction::PassQualification &&
                            command.request.overrideCreditCheck && facts.credit == CreditStanding::NotAvailable;
    record.attachments = command.attachments;
    record.at = at.toUTC();
    outcome.record = record;
    return outcome;
}

} // namespace dew::models
