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

const EntitySchema schemas[] = {
    {Entity::Region, "region", "code", "name", false, false, regionFields},
    {Entity::Organisation, "organisation", "uscc", "name", false, false, organisationFields},
    {Entity::InformationSystem, "information_system", "code", "name", true, true, systemFields},
    {Entity::DataResource, "data_resource", "code", "name", true, true, resourceFields},
    {Entity::DataItem, "data_item", "name", "name", false, false, itemFields},
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
    return schemas[static_cast<size_t>(entity)];
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
    }
    return {};
}

} // namespace dew::models
