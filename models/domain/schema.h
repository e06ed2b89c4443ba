// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumerations.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace dew::models {

enum class Entity {
    Region,
    Organisation,
    InformationSystem,
    DataResource,
    DataItem,
    WorkflowRule,
    Application,
    ApplicationMaterial,
    ReviewRecord,
    OperationAgreement,
};

enum class FieldType {
    Text,
    LongText,
    Integer,
    Real,
    Bool,
    Date,
    DateTime, // UTC ISO 8601, set by the store or the server
    Enum,
    OrgRef,
    SystemRef,
    ResourceRef,
    ApplicationRef,
};

struct FieldSpec
{
    const char *name;  // storage column
    const char *label; // English source text, translated in the "dew::models::Field" context
    FieldType type;
    EnumKind enumKind = EnumKind::Role; // meaningful for FieldType::Enum only
    bool required = false;
    bool editable = true; // false: changed only by actions (lifecycle, retired) or by the store
};

// Who holds an entity's records and who writes them (DESIGN.md §1, §5).
enum class Holding {
    Reference, // everyone holds it; administrators write it
    Owned,     // held by its organisation, the reviewers and the supervisors
    Child,     // held with its parent record (parentField)
};

// What the store, the validator, the item models and the forms know of an entity: one table,
// one business key, the fields in display order.
struct EntitySchema
{
    Entity entity;
    const char *table;
    const char *businessKey; // unique among live records (within the parent for a child); "id": none
    const char *nameField;
    bool hasLifecycle;
    bool searchable;
    std::span<const FieldSpec> fields;
    Holding holding = Holding::Owned;
    const char *parentField = nullptr; // Holding::Child: the field naming the parent record
    Entity parentEntity = Entity::Region;

    const FieldSpec *field(const QString &name) const;
    QString fieldLabel(const QString &name) const; // translated
};

const EntitySchema &schemaOf(Entity entity);
// The entity stored in a table, by the table's name (as sync and the outbox name it).
std::optional<Entity> entityOfTable(const QString &table);
QString entityLabel(Entity entity); // translated, singular
// Whether an edit may set a field that the schema marks not editable. Inventory records predate
// the rule: their lifecycle, retirement and an item's position change through named actions that
// the store and dew-server check by name. Everywhere else such a field is the workflow's or the
// server's, and an edit that sets it is refused.
bool editSetsReadOnlyField(Entity entity);

// Every entity, in the order a snapshot fills their tables (parents before children).
QList<Entity> entities();

} // namespace dew::models
