// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

using F = FieldType;
using E = EnumKind;

constexpr FieldSpec regionFields[] = {
    {"code", QT_TRANSLATE_NOOP("dew::models::Field", "Region code"), F::Text, E::Role, true},
    {"name", QT_TRANSLATE_NOOP("dew::models::Field", "Region name"), F::Text, E::Role, true},
    {"level", QT_TRANSLATE_NOOP("dew::models::Field", "Level"), F::Enum, E::RegionLevel, true},
    {"parent_code", QT_TRANSLATE_NOOP("dew::models::Field", "Parent region"), F::Text},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

constexpr FieldSpec organisationFields[] = {
    {"uscc", QT_TRANSLATE_NOOP("dew::models::Field", "Unified social credit code"), F::Text, E::Role, true},
    {"name", QT_TRANSLATE_NOOP("dew::models::Field", "Organisation name"), F::Text, E::Role, true},
    {"region_code", QT_TRANSLATE_NOOP("dew::models::Field", "Region code"), F::Text, E::Role, true},
    {"kind", QT_TRANSLATE_NOOP("dew::models::Field", "Organisation kind"), F::Enum, E::OrgKind, true},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

constexpr FieldSpec systemFields[] = {
    {"code", QT_TRANSLATE_NOOP("dew::models::Field", "System code"), F::Text, E::Role, true},
    {"name", QT_TRANSLATE_NOOP("dew::models::Field", "System name"), F::Text, E::Role, true},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner organisation"), F::OrgRef, E::Role, true},
    {"build_level", QT_TRANSLATE_NOOP("dew::models::Field", "Build level"), F::Enum, E::BuildLevel, true},
    {"status", QT_TRANSLATE_NOOP("dew::models::Field", "System status"), F::Enum, E::SystemStatus, true},
    {"deployment", QT_TRANSLATE_NOOP("dew::models::Field", "Deployment"), F::Enum, E::Deployment},
    {"mlps_level", QT_TRANSLATE_NOOP("dew::models::Field", "MLPS level"), F::Enum, E::MlpsLevel},
    {"go_live", QT_TRANSLATE_NOOP("dew::models::Field", "Go-live date"), F::Date},
    {"contact", QT_TRANSLATE_NOOP("dew::models::Field", "Contact"), F::Text},
    {"phone", QT_TRANSLATE_NOOP("dew::models::Field", "Phone"), F::Text},
    {"summary", QT_TRANSLATE_NOOP("dew::models::Field", "Summary"), F::LongText},
    {"lifecycle", QT_TRANSLATE_NOOP("dew::models::Field", "Lifecycle"), F::Enum, E::Lifecycle, true, false},
    {"retired", QT_TRANSLATE_NOOP("dew::models::Field", "Retired"), F::Bool, E::Role, false, false},
};

constexpr FieldSpec resourceFields[] = {
    {"code", QT_TRANSLATE_NOOP("dew::models::Field", "Resource code"), F::Text, E::Role, true},
    {"name", QT_TRANSLATE_NOOP("dew::models::Field", "Resource name"), F::Text, E::Role, true},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Provider"), F::OrgRef, E::Role, true},
    {"summary", QT_TRANSLATE_NOOP("dew::models::Field", "Summary"), F::LongText},
    // Optional: the code's first digit gives it when it is left blank (templates.md).
    {"catalogue_kind", QT_TRANSLATE_NOOP("dew::models::Field", "Catalogue kind"), F::Enum, E::CatalogueKind},
    {"base_family", QT_TRANSLATE_NOOP("dew::models::Field", "Base library"), F::Enum, E::BaseFamily},
    {"theme", QT_TRANSLATE_NOOP("dew::models::Field", "Theme"), F::Enum, E::Theme},
    {"format", QT_TRANSLATE_NOOP("dew::models::Field", "Format"), F::Enum, E::ResourceFormat, true},
    {"update_cycle", QT_TRANSLATE_NOOP("dew::models::Field", "Update cycle"), F::Enum, E::UpdateCycle, true},
    {"share_type", QT_TRANSLATE_NOOP("dew::models::Field", "Share type"), F::Enum, E::ShareType, true},
    {"share_condition", QT_TRANSLATE_NOOP("dew::models::Field", "Share condition"), F::Text},
    {"no_share_reason", QT_TRANSLATE_NOOP("dew::models::Field", "Reason for not sharing"), F::Text},
    {"open_type", QT_TRANSLATE_NOOP("dew::models::Field", "Open type"), F::Enum, E::OpenType, true},
    {"open_condition", QT_TRANSLATE_NOOP("dew::models::Field", "Open condition"), F::Text},
    {"grade", QT_TRANSLATE_NOOP("dew::models::Field", "Grade"), F::Enum, E::Grade},
    {"classified", QT_TRANSLATE_NOOP("dew::models::Field", "Classified"), F::Bool},
    {"source_system", QT_TRANSLATE_NOOP("dew::models::Field", "Source system"), F::SystemRef},
    {"record_count", QT_TRANSLATE_NOOP("dew::models::Field", "Record count"), F::Integer},
    {"storage_gb", QT_TRANSLATE_NOOP("dew::models::Field", "Storage (GB)"), F::Real},
    {"publish_date", QT_TRANSLATE_NOOP("dew::models::Field", "Publish date"), F::Date},
    {"reported_up", QT_TRANSLATE_NOOP("dew::models::Field", "Reported up"), F::Bool},
    {"lifecycle", QT_TRANSLATE_NOOP("dew::models::Field", "Lifecycle"), F::Enum, E::Lifecycle, true, false},
    {"retired", QT_TRANSLATE_NOOP("dew::models::Field", "Retired"), F::Bool, E::Role, false, false},
};

constexpr FieldSpec itemFields[] = {
    {"resource_id", QT_TRANSLATE_NOOP("dew::models::Field", "Data resource"), F::ResourceRef, E::Role, true, false},
    {"position", QT_TRANSLATE_NOOP("dew::models::Field", "Position"), F::Integer, E::Role, false, false},
    {"name", QT_TRANSLATE_NOOP("dew::models::Field", "Item name"), F::Text, E::Role, true},
    {"data_type", QT_TRANSLATE_NOOP("dew::models::Field", "Data type"), F::Enum, E::DataType, true},
    {"length", QT_TRANSLATE_NOOP("dew::models::Field", "Length"), F::Integer},
    {"description", QT_TRANSLATE_NOOP("dew::models::Field", "Description"), F::Text},
    {"share_type", QT_TRANSLATE_NOOP("dew::models::Field", "Share type"), F::Enum, E::ShareType},
    {"open_type", QT_TRANSLATE_NOOP("dew::models::Field", "Open type"), F::Enum, E::OpenType},
    {"sensitive", QT_TRANSLATE_NOOP("dew::models::Field", "Sensitive"), F::Bool},
    {"grade", QT_TRANSLATE_NOOP("dew::models::Field", "Grade"), F::Enum, E::Grade},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

// 授权运营申请 (DESIGN.md §3, §6). The state and its bookkeeping change only through workflow
// transitions, which dew-server applies; the filer edits the content while it is a draft or returned.
constexpr FieldSpec applicationFields[] = {
    {"code", QT_TRANSLATE_NOOP("dew::models::Field", "Application number"), F::Text, E::Role, true},
    {"scenario", QT_TRANSLATE_NOOP("dew::models::Field", "Scenario"), F::Text, E::Role, true},
    {"applicant_name", QT_TRANSLATE_NOOP("dew::models::Field", "Applicant"), F::Text, E::Role, true},
    {"applicant_uscc", QT_TRANSLATE_NOOP("dew::models::Field", "Applicant's credit code"), F::Text, E::Role, true},
    {"mode", QT_TRANSLATE_NOOP("dew::models::Field", "Operation mode"), F::Enum, E::ApplicationMode, true},
    // One resource code per line.
    {"resource_codes", QT_TRANSLATE_NOOP("dew::models::Field", "Requested resources"), F::LongText, E::Role, true},
    {"purpose", QT_TRANSLATE_NOOP("dew::models::Field", "Purpose"), F::LongText},
    {"product", QT_TRANSLATE_NOOP("dew::models::Field", "Products and services"), F::LongText},
    {"fee_category", QT_TRANSLATE_NOOP("dew::models::Field", "Fee category"), F::Enum, E::FeeCategory, true},
    {"fee_yuan", QT_TRANSLATE_NOOP("dew::models::Field", "Fee (yuan per year)"), F::Integer},
    {"term_start", QT_TRANSLATE_NOOP("dew::models::Field", "Term start"), F::Date},
    {"term_end", QT_TRANSLATE_NOOP("dew::models::Field", "Term end"), F::Date},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Filing organisation"), F::OrgRef, E::Role, true},
    {"state", QT_TRANSLATE_NOOP("dew::models::Field", "Application state"), F::Enum, E::ApplicationState, true, false},
    {"state_since", QT_TRANSLATE_NOOP("dew::models::Field", "In this state since"), F::DateTime, E::Role, false, false},
    {"filed_by", QT_TRANSLATE_NOOP("dew::models::Field", "Filed by"), F::Text, E::Role, false, false},
    // User ids, one per line, of the reviewers who passed the current compliance round.
    {"compliance_approvals", QT_TRANSLATE_NOOP("dew::models::Field", "Compliance approvals"), F::Text, E::Role, false,
     false},
    {"change_under_review", QT_TRANSLATE_NOOP("dew::models::Field", "Change under review"), F::Bool, E::Role, false,
     false},
};

constexpr FieldSpec materialFields[] = {
    {"application_id", QT_TRANSLATE_NOOP("dew::models::Field", "Application"), F::ApplicationRef, E::Role, true, false},
    {"kind", QT_TRANSLATE_NOOP("dew::models::Field", "Material kind"), F::Enum, E::MaterialKind, true},
    {"file_name", QT_TRANSLATE_NOOP("dew::models::Field", "File name"), F::Text, E::Role, true},
    {"sha256", QT_TRANSLATE_NOOP("dew::models::Field", "SHA-256"), F::Text, E::Role, true},
    {"size", QT_TRANSLATE_NOOP("dew::models::Field", "Size (bytes)"), F::Integer},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

// Written by dew-server when it applies a transition; nobody edits one.
constexpr FieldSpec reviewRecordFields[] = {
    {"application_id", QT_TRANSLATE_NOOP("dew::models::Field", "Application"), F::ApplicationRef, E::Role, true, false},
    {"stage", QT_TRANSLATE_NOOP("dew::models::Field", "Stage"), F::Enum, E::ApplicationState, true, false},
    {"action", QT_TRANSLATE_NOOP("dew::models::Field", "Action"), F::Text, E::Role, true, false},
    {"result", QT_TRANSLATE_NOOP("dew::models::Field", "Result"), F::Enum, E::ApplicationState, true, false},
    {"actor_id", QT_TRANSLATE_NOOP("dew::models::Field", "Reviewer's user id"), F::Text, E::Role, false, false},
    {"actor_name", QT_TRANSLATE_NOOP("dew::models::Field", "Reviewer"), F::Text, E::Role, false, false},
    {"role", QT_TRANSLATE_NOOP("dew::models::Field", "Role"), F::Enum, E::Role, false, false},
    {"opinion", QT_TRANSLATE_NOOP("dew::models::Field", "Opinion"), F::LongText, E::Role, false, false},
    {"credit_override", QT_TRANSLATE_NOOP("dew::models::Field", "Credit check overridden"), F::Bool, E::Role, false,
     false},
    {"attachments", QT_TRANSLATE_NOOP("dew::models::Field", "Attachments"), F::Text, E::Role, false, false},
    {"at", QT_TRANSLATE_NOOP("dew::models::Field", "Time"), F::DateTime, E::Role, true, false},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

constexpr FieldSpec agreementFields[] = {
    {"application_id", QT_TRANSLATE_NOOP("dew::models::Field", "Application"), F::ApplicationRef, E::Role, true, false},
    {"agreement_no", QT_TRANSLATE_NOOP("dew::models::Field", "Agreement number"), F::Text, E::Role, true},
    {"signed_on", QT_TRANSLATE_NOOP("dew::models::Field", "Signed on"), F::Date},
    {"term_start", QT_TRANSLATE_NOOP("dew::models::Field", "Term start"), F::Date, E::Role, true},
    {"term_end", QT_TRANSLATE_NOOP("dew::models::Field", "Term end"), F::Date, E::Role, true},
    {"fee_yuan", QT_TRANSLATE_NOOP("dew::models::Field", "Fee (yuan per year)"), F::Integer},
    {"scope", QT_TRANSLATE_NOOP("dew::models::Field", "Scope of operation"), F::LongText},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

// The administrator's rule documents, as JSON: "application_rules" (ApplicationRules) and
// "working_days" (WorkingDayCalendar).
constexpr FieldSpec workflowRuleFields[] = {
    {"code", QT_TRANSLATE_NOOP("dew::models::Field", "Rule code"), F::Text, E::Role, true},
    {"name", QT_TRANSLATE_NOOP("dew::models::Field", "Rule name"), F::Text, E::Role, true},
    {"body", QT_TRANSLATE_NOOP("dew::models::Field", "Rules"), F::LongText, E::Role, true},
    {"owner_org", QT_TRANSLATE_NOOP("dew::models::Field", "Owner"), F::OrgRef, E::Role, false, false},
};

const EntitySchema schemas[] = {
    {Entity::Region, "region", "code", "name", false, false, regionFields, Holding::Reference},
    {Entity::Organisation, "organisation", "uscc", "name", false, false, organisationFields, Holding::Reference},
    {Entity::InformationSystem, "information_system", "code", "name", true, true, systemFields},
    {Entity::DataResource, "data_resource", "code", "name", true, true, resourceFields},
    {Entity::DataItem, "data_item", "name", "name", false, false, itemFields, Holding::Child, "resource_id",
     Entity::DataResource},
    {Entity::WorkflowRule, "workflow_rule", "code", "name", false, false, workflowRuleFields, Holding::Reference},
    {Entity::Application, "authorization_application", "code", "scenario", false, false, applicationFields},
    {Entity::ApplicationMaterial, "application_material", "sha256", "file_name", false, false, materialFields,
     Holding::Child, "application_id", Entity::Application},
    {Entity::ReviewRecord, "review_record", "id", "actor_name", false, false, reviewRecordFields, Holding::Child,
     "application_id", Entity::Application},
    {Entity::OperationAgreement, "operation_agreement", "agreement_no", "agreement_no", false, false, agreementFields,
     Holding::Child, "application_id", Entity::Application},
};

} // namespace

const FieldSpec *EntitySchema::field(const QString &name) const
{
    for (const FieldSpec &spec : fields) {
        if (name == QLatin1String(spec.name)) {
            return &spec;
        }
    }
    return nullptr;
}

QString EntitySchema::fieldLabel(const QString &name) const
{
    const FieldSpec *spec = field(name);
    return spec ? QCoreApplication::translate("dew::models::Field", spec->label) : name;
}

const EntitySchema &schemaOf(Entity entity)
{
    static_assert(std::size(schemas) == static_cast<size_t>(Entity::OperationAgreement) + 1);
    return schemas[static_cast<size_t>(entity)];
}

bool editSetsReadOnlyField(Entity entity)
{
    switch (entity) {
    case Entity::Region:
    case Entity::Organisation:
    case Entity::InformationSystem:
    case Entity::DataResource:
    case Entity::DataItem:
        return true;
    default:
        return false;
    }
}

QList<Entity> entities()
{
    // Rules first: the desktop reads them before it checks an application.
    return {Entity::Region,       Entity::Organisation,      Entity::WorkflowRule, Entity::InformationSystem,
            Entity::DataResource, Entity::DataItem,          Entity::Application,  Entity::ApplicationMaterial,
            Entity::ReviewRecord, Entity::OperationAgreement};
}

std::optional<Entity> entityOfTable(const QString &table)
{
    for (const EntitySchema &schema : schemas) {
        if (table == QLatin1String(schema.table)) {
            return schema.entity;
        }
    }
    return std::nullopt;
}

QString entityLabel(Entity entity)
{
    switch (entity) {
    case Entity::Region:
        return QCoreApplication::translate("dew::models::Entity", "Region");
    case Entity::Organisation:
        return QCoreApplication::translate("dew::models::Entity", "Organisation");
    case Entity::InformationSystem:
        return QCoreApplication::translate("dew::models::Entity", "Information system");
    case Entity::DataResource:
        return QCoreApplication::translate("dew::models::Entity", "Data resource");
    case Entity::DataItem:
        return QCoreApplication::translate("dew::models::Entity", "Data item");
    case Entity::WorkflowRule:
        return QCoreApplication::translate("dew::models::Entity", "Workflow rule");
    case Entity::Application:
        return QCoreApplication::translate("dew::models::Entity", "Authorization application");
    case Entity::ApplicationMaterial:
        return QCoreApplication::translate("dew::models::Entity", "Application material");
    case Entity::ReviewRecord:
        return QCoreApplication::translate("dew::models::Entity", "Review record");
    case Entity::OperationAgreement:
        return QCoreApplication::translate("dew::models::Entity", "Operation agreement");
    }
    return {};
}

} // namespace dew::models
