// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "divisions.h"
#include "resourcecode.h"
#include "uscc.h"
#include "workflow/applicationrules.h"
#include "workflow/workingdaycalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dew::models {
namespace {

bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

void checkFieldTypes(const EntitySchema &schema, const Record &record, FieldErrors &errors)
{
    for (const FieldSpec &spec : schema.fields) {
        const QString name = QString::fromLatin1(spec.name);
        const QVariant value = record.value(name);
        if (isBlank(value)) {
            if (spec.required) {
                errors.append(
                    {name, QCoreApplication::translate("dew::models::Validation", "This field is required.")});
            }
            continue;
        }
        bool ok = true;
        switch (spec.type) {
        case FieldType::Enum:
            if (!Enumeration::of(spec.enumKind).contains(value.toString())) {
                errors.append({name, QCoreApplication::translate("dew::models::Validation",
                                                                 "\"%1\" is not one of the allowed values.")
                                         .arg(value.toString())});
            }
            break;
        case FieldType::Integer:
            value.toString().toLongLong(&ok);
            if (!ok || value.toLongLong() < 0) {
                errors.append({name, QCoreApplication::translate("dew::models::Validation",
                                                                 "Enter a whole number of zero or more.")});
            }
            break;
        case FieldType::Real:
            value.toString().toDouble(&ok);
            if (!ok || value.toDouble() < 0) {
                errors.append(
                    {name, QCoreApplication::translate("dew::models::Validation", "Enter a number of zero or more.")});
            }
            break;
        case FieldType::Date:
            if (!QDate::fromString(value.toString(), Qt::ISODate).isValid()) {
                errors.append(
                    {name, QCoreApplication::translate("dew::models::Validation", "Enter a date as YYYY-MM-DD.")});
            }
            break;
        case FieldType::DateTime:
            if (!QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()) {
                errors.append(
                    {name, QCoreApplication::translate("dew::models::Validation", "Not a time in ISO 8601 form.")});
            }
            break;
        default:
            break;
        }
    }
}

void checkReferences(const EntitySchema &schema, const Record &record, const ReferenceLookup &lookup,
                     FieldErrors &errors)
{
    for (const FieldSpec &spec : schema.fields) {
        const QString name = QString::fromLatin1(spec.name);
        const QString id = record.text(name);
        if (id.isEmpty()) {
            continue;
        }
        if (spec.type == FieldType::OrgRef && !lookup.organisationExists(id)) {
            errors.append(
                {name, QCoreApplication::translate("dew::models::Validation", "This organisation does not exist.")});
        } else if (spec.type == FieldType::SystemRef && !lookup.systemExists(id)) {
            errors.append({name, QCoreApplication::translate("dew::models::Validation",
                                                             "This information system does not exist.")});
        } else if (spec.type == FieldType::ResourceRef && !lookup.resourceExists(id)) {
            errors.append(
                {name, QCoreApplication::translate("dew::models::Validation", "This data resource does not exist.")});
        } else if (spec.type == FieldType::ApplicationRef && !lookup.applicationExists(id)) {
            errors.append(
                {name, QCoreApplication::translate("dew::models::Validation", "This application does not exist.")});
        }
    }
}

void checkRegionCode(const QString &field, const QString &code, FieldErrors &errors)
{
    if (code.isEmpty() || Divisions::isLocalZoneCode(code)) {
        return;
    }
    const Divisions &divisions = Divisions::instance();
    switch (divisions.check(code)) {
    case Divisions::Problem::Shape:
        errors.append({field, QCoreApplication::translate(
                                  "dew::models::Validation",
                                  "A region code has 6 digits (county level) or 9 digits (township level).")});
        break;
    case Divisions::Problem::Unknown: {
        const QString nearest = divisions.nearest(code);
        errors.append(
            {field,
             nearest.isEmpty()
                 ? QCoreApplication::translate("dew::models::Validation", "%1 is not a real division code.").arg(code)
                 : QCoreApplication::translate("dew::models::Validation",
                                               "%1 is not a real division code; did you mean %2 (%3)?")
                       .arg(code, nearest, divisions.nameOf(nearest))});
        break;
    }
    default:
        break;
    }
}

void checkOrganisation(const Record &record, FieldErrors &errors)
{
    const QString code = record.text(QStringLiteral("uscc"));
    // An empty code is the required-field check's to report.
    if (const uscc::Problem problem = uscc::check(code);
        problem != uscc::Problem::Empty && problem != uscc::Problem::None) {
        errors.append({QStringLiteral("uscc"), uscc::describe(problem)});
    }
    checkRegionCode(QStringLiteral("region_code"), record.text(QStringLiteral("region_code")), errors);
}

void checkRegion(const Record &record, FieldErrors &errors)
{
    const QString code = record.text(QStringLiteral("code"));
    if (record.text(QStringLiteral("level")) == QLatin1String("zone") && Divisions::isLocalZoneCode(code)) {
        return;
    }
    checkRegionCode(QStringLiteral("code"), code, errors);
}

void requireWhen(const Record &record, const char *field, const char *value, const char *dependent, FieldErrors &errors,
                 const char *message)
{
    if (record.text(QString::fromLatin1(field)) == QLatin1String(value) &&
        isBlank(record.value(QString::fromLatin1(dependent)))) {
        errors.append(
            {QString::fromLatin1(dependent), QCoreApplication::translate("dew::models::Validation", message)});
    }
}

void checkResource(const Record &record, FieldErrors &errors)
{
    const QString code = record.text(QStringLiteral("code"));
    const QString kind = record.text(QStringLiteral("catalogue_kind"));
    switch (resourcecode::check(code)) {
    case resourcecode::Problem::Shape:
        errors.append({QStringLiteral("code"),
                       QCoreApplication::translate(
                           "dew::models::Validation",
                           "A resource code is a 6- to 12-digit classification, a slash and a 6-digit sequence, "
                           "e.g. 101001/000123.")});
        break;
    case resourcecode::Problem::ClassDigit:
        errors.append({QStringLiteral("code"),
                       QCoreApplication::translate("dew::models::Validation",
                                                   "A resource code starts with 1, 2, 3 or 4 (its catalogue kind).")});
        break;
    case resourcecode::Problem::None:
        if (!kind.isEmpty() && resourcecode::catalogueKindOf(code) != kind) {
            errors.append(
                {QStringLiteral("code"),
                 QCoreApplication::translate("dew::models::Validation",
                                             "The first digit of the code does not match the catalogue kind %1.")
                     .arg(Enumeration::of(EnumKind::CatalogueKind).label(kind))});
        }
        break;
    default:
        break;
    }
    requireWhen(record, "catalogue_kind", "base", "base_family", errors,
                QT_TRANSLATE_NOOP("dew::models::Validation", "A base-library resource names its base library."));
    requireWhen(record, "share_type", "conditional", "share_condition", errors,
                QT_TRANSLATE_NOOP("dew::models::Validation", "Conditional sharing needs its conditions."));
    requireWhen(record, "share_type", "none", "no_share_reason", errors,
                QT_TRANSLATE_NOOP("dew::models::Validation", "A resource that is not shared needs the reason."));
    requireWhen(record, "open_type", "conditional", "open_condition", errors,
                QT_TRANSLATE_NOOP("dew::models::Validation", "Conditional opening needs its conditions."));
}

void checkApplication(const Record &record, FieldErrors &errors)
{
    const QString field = QStringLiteral("applicant_uscc");
    if (const uscc::Problem problem = uscc::check(record.text(field));
        problem != uscc::Problem::Empty && problem != uscc::Problem::None) {
        errors.append({field, uscc::describe(problem)});
    }
    for (const QString &code : resourcecode::splitList(record.text(QStringLiteral("resource_codes")))) {
        if (!resourcecode::isValid(code)) {
            errors.append({QStringLiteral("resource_codes"),
                           QCoreApplication::translate("dew::models::Validation",
                                                       "\"%1\" is not a resource code such as 101001/000123.")
                               .arg(code)});
        }
    }
}

void checkMaterial(const Record &record, FieldErrors &errors)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString digest = record.text(QStringLiteral("sha256"));
    if (!digest.isEmpty() && !hex.match(digest).hasMatch()) {
        errors.append({QStringLiteral("sha256"),
                       QCoreApplication::translate("dew::models::Validation",
                                                   "A SHA-256 digest is 64 lower-case hexadecimal digits.")});
    }
}

// A rule document must read as what its code names, or every desktop would check against garbage.
void checkWorkflowRule(const Record &record, FieldErrors &errors)
{
    const QString code = record.text(QStringLiteral("code"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(record.text(QStringLiteral("body")).toUtf8(), &parseError);
    QString error;
    if (!document.isObject()) {
        error = QCoreApplication::translate("dew::models::Validation", "Not a JSON object: %1")
                    .arg(parseError.errorString());
    } else if (code == QLatin1String(applicationRulesCode)) {
        if (const std::optional<ApplicationRules> rules = ApplicationRules::fromJson(document.object(), &error)) {
            for (const QString &entry : rules->negativeList + rules->positiveList) {
                if (!isListEntry(entry)) {
                    error = QCoreApplication::translate("dew::models::Validation",
                                                        "\"%1\" is neither a resource code nor a "
                                                        "classification-code prefix.")
                                .arg(entry);
                    break;
                }
            }
        }
    } else if (code == QLatin1String(workingDaysCode)) {
        WorkingDayCalendar::fromJson(document.object(), &error);
    } else {
        errors.append({QStringLiteral("code"),
                       QCoreApplication::translate("dew::models::Validation", "Unknown rule code \"%1\".").arg(code)});
    }
    if (!error.isEmpty()) {
        errors.append({QStringLiteral("body"), error});
    }
}

} // namespace

void deriveFields(Entity entity, Record &record)
{
    const QString kind = QStringLiteral("catalogue_kind");
    if (entity == Entity::DataResource && isBlank(record.value(kind))) {
        const QString derived = resourcecode::catalogueKindOf(record.text(QStringLiteral("code")));
        if (!derived.isEmpty()) {
            record.values.insert(kind, derived);
        }
    }
}

FieldErrors validate(Entity entity, const Record &record, const ReferenceLookup *lookup)
{
    const EntitySchema &schema = schemaOf(entity);
    FieldErrors errors;
    checkFieldTypes(schema, record, errors);
    switch (entity) {
    case Entity::Region:
        checkRegion(record, errors);
        break;
    case Entity::Organisation:
        checkOrganisation(record, errors);
        break;
    case Entity::DataResource:
        checkResource(record, errors);
        break;
    case Entity::Application:
        checkApplication(record, errors);
        break;
    case Entity::ApplicationMaterial:
        checkMaterial(record, errors);
        break;
    case Entity::WorkflowRule:
        checkWorkflowRule(record, errors);
        break;
    default:
        break;
    }
    if (lookup) {
        checkReferences(schema, record, *lookup, errors);
    }
    return errors;
}

QString describe(Entity entity, const FieldErrors &errors)
{
    const EntitySchema &schema = schemaOf(entity);
    QStringList parts;
    for (const FieldError &error : errors) {
        parts << (error.field.isEmpty() ? error.message
                                        : schema.fieldLabel(error.field) + QStringLiteral(": ") + error.message);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace dew::models
