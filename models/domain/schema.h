// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumerations.h"

#include <QString>

#include <optional>
#include <span>

namespace dew::models {

enum class Entity { Region, Organisation, InformationSystem, DataResource, DataItem };

enum class FieldType { Text, LongText, Integer, Real, Bool, Date, Enum, OrgRef, SystemRef, ResourceRef };

struct FieldSpec
{
    const char *name;  // storage column
    const char *label; // English source text, translated in the "dew::models::Field" context
    FieldType type;
    EnumKind enumKind = EnumKind::Role; // meaningful for FieldType::Enum only
    bool required = false;
    bool editable = true; // false: changed only by actions (lifecycle, retired) or by the store
};

// What the store, the validator, the item models and the forms know of an entity: one table,
// one business key, the fields in display order.
struct EntitySchema
{
    Entity entity;
    const char *table;
    const char *businessKey;
    const char *nameField;
    bool hasLifecycle;
    bool searchable;
    std::span<const FieldSpec> fields;

    const FieldSpec *field(const QString &name) const;
    QString fieldLabel(const QString &name) const; // translated
};

const EntitySchema &schemaOf(Entity entity);
// The entity stored in a table, by the table's name (as sync and the outbox name it).
std::optional<Entity> entityOfTable(const QString &table);
QString entityLabel(Entity entity); // translated, singular

} // namespace dew::models
