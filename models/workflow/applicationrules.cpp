// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationrules.h"

#include "domain/enumerations.h"
#include "domain/resourcecode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::ApplicationRules", source);
}

std::optional<QStringList> listFrom(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return QStringList();
    }
    if (!value.isArray()) {
        return std::nullopt;
    }
    QStringList result;
    for (const QJsonValue &entry : value.toArray()) {
        const QString code = entry.toString().trimmed();
        // Read leniently: an entry stored before entries were checked matches nothing, as it
        // always did, rather than losing the whole rule table. Writes are checked (validation.cpp).
        if (!entry.isString() || code.isEmpty()) {
            return std::nullopt;
        }
        result << code;
    }
    return result;
}

std::optional<ApplicationRules> fail(QString *error, const char *reason)
{
    if (error) {
        *error = text(reason);
    }
    return std::nullopt;
}

} // namespace

ApplicationRules ApplicationRules::defaults()
{
    using S = ApplicationState;
    ApplicationRules rules;
    // A sample for a new workspace, to be replaced by the city's own figures: the lists start empty
    // (so no resource passes the positive-list check until the administrator fills it).
    rules.feeCeilings = {{QStringLiteral("whole"), 1'000'000},
                         {QStringLiteral("domain"), 500'000},
                         {QStringLiteral("scenario"), 200'000}};
    rules.stageDeadlines = {
        {S::Submitted, 5},         {S::Returned, 10},     {S::Accepted, 3},   {S::QualificationReview, 10},
        {S::ComplianceReview, 15}, {S::ExpertReview, 20}, {S::Decision, 10},  {S::Publicity, 5},
        {S::Objection, 10},        {S::Approved, 10},     {S::Agreement, 15}, {S::ChangeRequested, 5}};
    rules.coreDataRule = QStringLiteral("《中华人民共和国数据安全法》第二十一条：关系国家安全、国民经济命脉、重要民生、"
                                        "重大公共利益等数据属于国家核心数据，实行更加严格的管理制度。");
    return rules;
}

std::optional<qint64> ApplicationRules::feeCeiling(const QString &mode) const
{
    for (const FeeCeiling &ceiling : feeCeilings) {
        if (ceiling.mode == mode) {
            return ceiling.yuanPerYear;
        }
    }
    return std::nullopt;
}

std::optional<int> ApplicationRules::deadlineDays(ApplicationState state) const
{
    for (const StageDeadline &deadline : stageDeadlines) {
        if (deadline.state == state) {
            return deadline.workingDays;
        }
    }
    return std::nullopt;
}

QJsonObject ApplicationRules::toJson() const
{
    QJsonArray ceilings;
    for (const FeeCeiling &ceiling : feeCeilings) {
        ceilings.append(QJsonObject{{QStringLiteral("mode"), ceiling.mode},
                                    {QStringLiteral("yuan_per_year"), ceiling.yuanPerYear}});
    }
    QJsonArray deadlines;
    for (const StageDeadline &deadline : stageDeadlines) {
        deadlines.append(QJsonObject{{QStringLiteral("state"), applicationStateCode(deadline.state)},
                                     {QStringLiteral("working_days"), deadline.workingDays}});
    }
    return {{QStringLiteral("negative_list"), QJsonArray::fromStringList(negativeList)},
            {QStringLiteral("positive_list"), QJsonArray::fromStringList(positiveList)},
            {QStringLiteral("fee_ceilings"), ceilings},
            {QStringLiteral("stage_deadlines"), deadlines},
            {QStringLiteral("core_data_rule"), coreDataRule},
            {QStringLiteral("due_soon_working_days"), dueSoonWorkingDays}};
}

std::optional<ApplicationRules> ApplicationRules::fromJson(const QJsonObject &object, QString *error)
{
    ApplicationRules rules;
    const auto negative = listFrom(object.value(QStringLiteral("negative_list")));
    const auto positive = listFrom(object.value(QStringLiteral("positive_list")));
    if (!negative || !positive) {
        return fail(error, QT_TRANSLATE_NOOP("dew::models::ApplicationRules",
                                             "A list entry must be a resource code or a classification-code prefix."));
    }
    rules.negativeList = *negative;
    rules.positiveList = *positive;
    const Enumeration &modes = Enumeration::of(EnumKind::ApplicationMode);
    for (const QJsonValue &value : object.value(QStringLiteral("fee_ceilings")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString mode = entry.value(QStringLiteral("mode")).toString();
        const QJsonValue amount = entry.value(QStringLiteral("yuan_per_year"));
        if (!modes.contains(mode) || !amount.isDouble() || amount.toDouble() < 0 || rules.feeCeiling(mode)) {
            return fail(error, QT_TRANSLATE_NOOP("dew::models::ApplicationRules",
                                                 "Each authorization mode has at most one fee ceiling, of zero "
                                                 "yuan or more."));
        }
        rules.feeCeilings.append({mode, amount.toInteger()});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("stage_deadlines")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto state = applicationStateFromCode(entry.value(QStringLiteral("state")).toString());
        const int days = entry.value(QStringLiteral("working_days")).toInt(-1);
        if (!state || days < 1 || rules.deadlineDays(*state)) {
            return fail(error, QT_TRANSLATE_NOOP("dew::models::ApplicationRules",
                                                 "Each stage has at most one deadline, of one working day or more."));
        }
        rules.stageDeadlines.append({*state, days});
    }
    rules.coreDataRule = object.value(QStringLiteral("core_data_rule")).toString();
    rules.dueSoonWorkingDays = object.value(QStringLiteral("due_soon_working_days")).toInt(rules.dueSoonWorkingDays);
    if (rules.dueSoonWorkingDays < 0) {
        return fail(error, QT_TRANSLATE_NOOP("dew::models::ApplicationRules",
                                             "\"Due soon\" is zero working days or more before a deadline."));
    }
    return rules;
}

bool isListEntry(const QString &entry)
{
    if (entry.contains(QLatin1Char('/'))) {
        return resourcecode::isValid(entry);
    }
    static const QRegularExpression prefix(QStringLiteral("^[1-4][0-9]{0,11}$"));
    return prefix.match(entry).hasMatch();
}

bool listEntryCovers(const QString &entry, const QString &resourceCode)
{
    if (entry.contains(QLatin1Char('/'))) {
        return entry == resourceCode;
    }
    const QString classification = resourceCode.section(QLatin1Char('/'), 0, 0);
    return !entry.isEmpty() && classification.startsWith(entry);
}

} // namespace dew::models
