// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationrecord.h"

#include "domain/resourcecode.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dew::models {
namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QStringList submittersOf(const QList<ReviewRecord> &reviews)
{
    QStringList submitters;
    for (const ReviewRecord &review : reviews) {
        const bool filerStep = review.action == ApplicationAction::Submit ||
                               review.action == ApplicationAction::Supplement ||
                               review.action == ApplicationAction::RequestChange;
        if (filerStep && !submitters.contains(review.actorId)) {
            submitters << review.actorId;
        }
    }
    return submitters;
}

ApplicationFacts applicationFacts(const Record &application, const QList<Record> &materials,
                                  const QList<ReviewRecord> &reviews, const ResourceByCode &resourceByCode)
{
    ApplicationFacts facts;
    facts.id = application.id;
    facts.state = applicationStateFromCode(application.text(QStringLiteral("state"))).value_or(ApplicationState::Draft);
    facts.stateSince = QDateTime::fromString(application.text(QStringLiteral("state_since")), Qt::ISODateWithMs);
    facts.filedBy = application.text(QStringLiteral("filed_by"));
    facts.ownerOrg = application.ownerOrg();
    facts.applicantUscc = application.text(QStringLiteral("applicant_uscc"));
    facts.mode = application.text(QStringLiteral("mode"));
    facts.feeCategory = application.text(QStringLiteral("fee_category"));
    facts.feeYuanPerYear = application.value(QStringLiteral("fee_yuan")).toLongLong();
    facts.termStart = QDate::fromString(application.text(QStringLiteral("term_start")), Qt::ISODate);
    facts.termEnd = QDate::fromString(application.text(QStringLiteral("term_end")), Qt::ISODate);
    for (const QString &code : resourcecode::splitList(application.text(QStringLiteral("resource_codes")))) {
        RequestedResource requested{code, {}, {}};
        if (const std::optional<Record> resource = resourceByCode(code)) {
            requested.name = resource->text(QStringLiteral("name"));
            requested.grade = resource->text(QStringLiteral("grade"));
        }
        facts.resources.append(requested);
    }
    for (const Record &material : materials) {
        if (!material.deleted) {
            facts.materials.append({material.text(QStringLiteral("kind")), material.text(QStringLiteral("file_name")),
                                    material.text(QStringLiteral("sha256")),
                                    material.value(QStringLiteral("size")).toLongLong()});
        }
    }
    facts.complianceApprovals = lines(application.text(QStringLiteral("compliance_approvals")));
    facts.changeUnderReview = application.value(QStringLiteral("change_under_review")).toBool();
    facts.submittedBy = submittersOf(reviews);
    return facts;
}

void writeFacts(const ApplicationFacts &facts, Record &application)
{
    application.values.insert(QStringLiteral("state"), applicationStateCode(facts.state));
    application.values.insert(QStringLiteral("state_since"), facts.stateSince.isValid()
                                                                 ? facts.stateSince.toUTC().toString(Qt::ISODateWithMs)
                                                                 : QVariant(QMetaType::fromType<QString>()));
    application.values.insert(QStringLiteral("compliance_approvals"),
                              facts.complianceApprovals.isEmpty()
                                  ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(facts.complianceApprovals.join(QLatin1Char('\n'))));
    application.values.insert(QStringLiteral("change_under_review"), facts.changeUnderReview);
}

QVariantMap reviewRecordValues(const ReviewRecord &record)
{
    QVariantMap values = record.toJson().toVariantMap();
    values.insert(QStringLiteral("attachments"), record.attachments.join(QLatin1Char('\n')));
    return values;
}

std::optional<ReviewRecord> reviewRecordFrom(const Record &stored)
{
    QJsonObject json = QJsonObject::fromVariantMap(stored.values);
    json.insert(QStringLiteral("attachments"),
                QJsonArray::fromStringList(lines(stored.text(QStringLiteral("attachments")))));
    json.insert(QStringLiteral("credit_override"), stored.value(QStringLiteral("credit_override")).toBool());
    return ReviewRecord::fromJson(json);
}

ApplicationRules applicationRulesFrom(const QString &json)
{
    const QJsonObject object = objectOf(json);
    if (object.isEmpty()) {
        return ApplicationRules::defaults();
    }
    QString error;
    const std::optional<ApplicationRules> rules = ApplicationRules::fromJson(object, &error);
    if (!rules) {
        qCWarning(lcStore).noquote() << "the rule table does not read; the defaults apply:" << error;
    }
    return rules.value_or(ApplicationRules::defaults());
}

WorkingDayCalendar workingDaysFrom(const QString &json)
{
    const QJsonObject object = objectOf(json);
    return object.isEmpty() ? WorkingDayCalendar::officialChina2026()
                            : WorkingDayCalendar::fromJson(object).value_or(WorkingDayCalendar::officialChina2026());
}

Actor automaticRuleActor()
{
    return {QStringLiteral("dew-server"),
            QCoreApplication::translate("dew::models::ApplicationRecord", "Automatic rule check"),
            Role::Reviewer,
            {}};
}

} // namespace dew::models
