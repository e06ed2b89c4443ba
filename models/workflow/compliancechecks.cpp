// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancechecks.h"

#include "applicationmaterials.h"
#include "domain/enumerations.h"
#include "domain/uscc.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::ComplianceChecks", source);
}

ComplianceCheck made(ComplianceCheckKind kind, CheckStatus status, const char *title, const QString &reason)
{
    return {kind, status, text(title), reason};
}

// "name (code)" of the resources that match, as one list in the UI's language.
QString resourcesWhere(const ApplicationFacts &facts, const std::function<bool(const RequestedResource &)> &match)
{
    QStringList names;
    for (const RequestedResource &resource : facts.resources) {
        if (match(resource)) {
            names << QStringLiteral("%1 (%2)").arg(resource.name, resource.code);
        }
    }
    return QLocale().createSeparatedList(names);
}

bool coveredByAny(const QStringList &list, const QString &code)
{
    for (const QString &entry : list) {
        if (listEntryCovers(entry, code)) {
            return true;
        }
    }
    return false;
}

ComplianceCheck materialsCheck(const ApplicationFacts &facts)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Materials");
    const QStringList missing = missingMaterialKinds(facts.materials);
    if (missing.isEmpty()) {
        return made(ComplianceCheckKind::Materials, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                           "Every required material is filed, each with its SHA-256.")));
    }
    QStringList labels;
    for (const QString &kind : missing) {
        labels << Enumeration::of(EnumKind::MaterialKind).label(kind);
    }
    return made(ComplianceCheckKind::Materials, CheckStatus::Failed, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Missing: %1."))
                    .arg(QLocale().createSeparatedList(labels)));
}

ComplianceCheck usccCheck(const ApplicationFacts &facts)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Unified social credit code");
    const uscc::Problem problem = uscc::check(facts.applicantUscc);
    if (problem == uscc::Problem::None) {
        return made(ComplianceCheckKind::Uscc, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "The applicant's code %1 is valid."))
                        .arg(facts.applicantUscc));
    }
    return made(ComplianceCheckKind::Uscc, CheckStatus::Failed, title, uscc::describe(problem));
}

ComplianceCheck creditCheck(const ApplicationFacts &facts)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Credit record");
    switch (facts.credit) {
    case CreditStanding::Clear:
        return made(ComplianceCheckKind::Credit, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                           "No serious bad credit record of the applicant is in its publication "
                                           "window.")));
    case CreditStanding::SeriousBadRecord:
        return made(
            ComplianceCheckKind::Credit, CheckStatus::Failed, title,
            text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                   "The applicant has a serious bad credit record in its publication window.")));
    case CreditStanding::NotAvailable:
        break;
    }
    return made(ComplianceCheckKind::Credit, CheckStatus::Open, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                       "The check could not be made: credit records are not available. Qualification "
                                       "passes only by a reviewer's explicit override with an opinion.")));
}

ComplianceCheck negativeListCheck(const ApplicationFacts &facts, const ApplicationRules &rules)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Negative list");
    const QString hits =
        resourcesWhere(facts, [&](const RequestedResource &r) { return coveredByAny(rules.negativeList, r.code); });
    if (hits.isEmpty()) {
        return made(
            ComplianceCheckKind::NegativeList, CheckStatus::Passed, title,
            text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "No requested resource is on the negative list.")));
    }
    return made(ComplianceCheckKind::NegativeList, CheckStatus::Failed, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "On the negative list: %1.")).arg(hits));
}

ComplianceCheck positiveListCheck(const ApplicationFacts &facts, const ApplicationRules &rules)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Positive list");
    if (facts.resources.isEmpty()) {
        return made(ComplianceCheckKind::PositiveList, CheckStatus::Failed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "The application requests no resource.")));
    }
    const QString missing =
        resourcesWhere(facts, [&](const RequestedResource &r) { return !coveredByAny(rules.positiveList, r.code); });
    if (missing.isEmpty()) {
        return made(ComplianceCheckKind::PositiveList, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                           "Every requested resource is on the positive list.")));
    }
    return made(ComplianceCheckKind::PositiveList, CheckStatus::Failed, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Not on the positive list: %1.")).arg(missing));
}

bool hasGrade(const RequestedResource &resource, const char *grade)
{
    return resource.grade == QLatin1String(grade);
}

ComplianceCheck coreDataCheck(const ApplicationFacts &facts, const ApplicationRules &rules)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Core data");
    const QString core = resourcesWhere(facts, [](const RequestedResource &r) { return hasGrade(r, "core"); });
    if (core.isEmpty()) {
        return made(ComplianceCheckKind::CoreData, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "No core data is requested.")));
    }
    return made(ComplianceCheckKind::CoreData, CheckStatus::Failed, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                       "Core data is requested (%1): the application is rejected automatically. Rule: "
                                       "%2"))
                    .arg(core, rules.coreDataRule));
}

ComplianceCheck importantDataCheck(const ApplicationFacts &facts)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Important data");
    const QString important =
        resourcesWhere(facts, [](const RequestedResource &r) { return hasGrade(r, "important"); });
    if (important.isEmpty()) {
        return made(ComplianceCheckKind::ImportantData, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                           "No important data is requested: one reviewer's approval suffices.")));
    }
    const qsizetype approvals = facts.distinctComplianceApprovals();
    if (approvals >= 2) {
        return made(ComplianceCheckKind::ImportantData, CheckStatus::Passed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                           "Important data (%1) is approved by two distinct reviewers."))
                        .arg(important));
    }
    return made(ComplianceCheckKind::ImportantData, CheckStatus::Open, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                       "Important data is requested (%1): two distinct reviewers must approve the "
                                       "compliance review; %2 of 2 so far."))
                    .arg(important)
                    .arg(approvals));
}

ComplianceCheck feeCheck(const ApplicationFacts &facts, const ApplicationRules &rules)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Fee");
    const auto failed = [&](const QString &reason) {
        return made(ComplianceCheckKind::Fee, CheckStatus::Failed, title, reason);
    };
    const auto passed = [&](const QString &reason) {
        return made(ComplianceCheckKind::Fee, CheckStatus::Passed, title, reason);
    };
    const QLocale locale;
    const QString fee = locale.toString(facts.feeYuanPerYear);
    if (facts.feeYuanPerYear < 0) {
        return failed(text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "A fee cannot be negative.")));
    }
    if (facts.feeCategory == QLatin1String("public_welfare")) {
        if (facts.feeYuanPerYear == 0) {
            return passed(text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Public-welfare use is free.")));
        }
        return failed(text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                             "Public-welfare use must be free, but a fee of %1 yuan a year is given."))
                          .arg(fee));
    }
    if (facts.feeCategory != QLatin1String("industry")) {
        return failed(text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                             "The fee category (public-welfare or industry use) is not given.")));
    }
    const QString mode = Enumeration::of(EnumKind::ApplicationMode).label(facts.mode);
    const std::optional<qint64> ceiling = rules.feeCeiling(facts.mode);
    if (!ceiling) {
        return failed(
            text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "The rule table has no fee ceiling for \"%1\"."))
                .arg(mode));
    }
    if (facts.feeYuanPerYear <= *ceiling) {
        return passed(text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                             "The fee of %1 yuan a year is within the ceiling of %2 yuan for \"%3\"."))
                          .arg(fee, locale.toString(*ceiling), mode));
    }
    return failed(text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                         "The fee of %1 yuan a year exceeds the ceiling of %2 yuan for \"%3\"."))
                      .arg(fee, locale.toString(*ceiling), mode));
}

ComplianceCheck termCheck(const ApplicationFacts &facts)
{
    const char *title = QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "Term");
    if (!facts.termStart.isValid() || !facts.termEnd.isValid()) {
        return made(
            ComplianceCheckKind::Term, CheckStatus::Failed, title,
            text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "The term's first and last days are not given.")));
    }
    const QString start = facts.termStart.toString(Qt::ISODate);
    const QString end = facts.termEnd.toString(Qt::ISODate);
    if (facts.termEnd < facts.termStart) {
        return made(
            ComplianceCheckKind::Term, CheckStatus::Failed, title,
            text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "The term ends (%2) before it starts (%1)."))
                .arg(start, end));
    }
    // Both days count: a three-year term starting on 1 January ends on 31 December two years on.
    const QDate lastAllowed = facts.termStart.addYears(ApplicationRules::maxTermYears).addDays(-1);
    if (facts.termEnd > lastAllowed) {
        return made(ComplianceCheckKind::Term, CheckStatus::Failed, title,
                    text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks",
                                           "The term from %1 to %2 is longer than %3 years (it may last until %4)."))
                        .arg(start, end)
                        .arg(ApplicationRules::maxTermYears)
                        .arg(lastAllowed.toString(Qt::ISODate)));
    }
    return made(ComplianceCheckKind::Term, CheckStatus::Passed, title,
                text(QT_TRANSLATE_NOOP("dew::models::ComplianceChecks", "The term from %1 to %2 is within %3 years."))
                    .arg(start, end)
                    .arg(ApplicationRules::maxTermYears));
}

} // namespace

ComplianceCheck complianceCheck(ComplianceCheckKind kind, const ApplicationFacts &facts, const ApplicationRules &rules)
{
    switch (kind) {
    case ComplianceCheckKind::Materials:
        return materialsCheck(facts);
    case ComplianceCheckKind::Uscc:
        return usccCheck(facts);
    case ComplianceCheckKind::Credit:
        return creditCheck(facts);
    case ComplianceCheckKind::NegativeList:
        return negativeListCheck(facts, rules);
    case ComplianceCheckKind::PositiveList:
        return positiveListCheck(facts, rules);
    case ComplianceCheckKind::CoreData:
        return coreDataCheck(facts, rules);
    case ComplianceCheckKind::ImportantData:
        return importantDataCheck(facts);
    case ComplianceCheckKind::Fee:
        return feeCheck(facts, rules);
    case ComplianceCheckKind::Term:
        return termCheck(facts);
    }
    return {kind, CheckStatus::Open, {}, {}};
}

QList<ComplianceCheck> complianceChecks(const ApplicationFacts &facts, const ApplicationRules &rules)
{
    QList<ComplianceCheck> checks;
    for (ComplianceCheckKind kind :
         {ComplianceCheckKind::Materials, ComplianceCheckKind::Uscc, ComplianceCheckKind::Credit,
          ComplianceCheckKind::NegativeList, ComplianceCheckKind::PositiveList, ComplianceCheckKind::CoreData,
          ComplianceCheckKind::ImportantData, ComplianceCheckKind::Fee, ComplianceCheckKind::Term}) {
        checks << complianceCheck(kind, facts, rules);
    }
    return checks;
}

} // namespace dew::models
