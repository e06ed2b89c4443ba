// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncdescriber.h"

#include "store/recordrepository.h"
#include "valueformat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::SyncDescriber", source);
}

const char *const deletedField = "deleted";

std::optional<Entity> referencedEntity(FieldType type)
{
    switch (type) {
    case FieldType::OrgRef:
        return Entity::Organisation;
    case FieldType::SystemRef:
        return Entity::InformationSystem;
    case FieldType::ResourceRef:
        return Entity::DataResource;
    case FieldType::ApplicationRef:
        return Entity::Application;
    default:
        return std::nullopt;
    }
}

} // namespace

QString SyncDescriber::record(const QString &table, const QString &recordId) const
{
    const std::optional<Entity> entity = entityOfTable(table);
    if (!entity) {
        return recordId;
    }
    const EntitySchema &schema = schemaOf(*entity);
    const std::optional<Record> found = RecordRepository(m_workspace, *entity).find(recordId);
    if (!found) {
        return text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "%1 (not in this workspace)"))
            .arg(entityLabel(*entity));
    }
    const QString key = found->text(QString::fromLatin1(schema.businessKey));
    const QString name = found->text(QString::fromLatin1(schema.nameField));
    const QString label = key == name || key.isEmpty() ? name : key + QLatin1Char(' ') + name;
    return entityLabel(*entity) + QLatin1Char(' ') + label;
}

QString SyncDescriber::field(const QString &table, const QString &field) const
{
    if (field == QLatin1String(deletedField)) {
        return text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Deleted or kept"));
    }
    const std::optional<Entity> entity = entityOfTable(table);
    return entity ? schemaOf(*entity).fieldLabel(field) : field;
}

QString SyncDescriber::value(const QString &table, const QString &field, const QJsonValue &value) const
{
    if (field == QLatin1String(deletedField)) {
        return value.toBool() ? text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Deleted"))
                              : text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Kept"));
    }
    if (value.isNull() || value.isUndefined() || value == QJsonValue(QString())) {
        return text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "(empty)"));
    }
    const std::optional<Entity> entity = entityOfTable(table);
    const FieldSpec *spec = entity ? schemaOf(*entity).field(field) : nullptr;
    if (!spec) {
        return value.toVariant().toString();
    }
    if (const std::optional<Entity> target = referencedEntity(spec->type)) {
        const std::optional<Record> referenced = RecordRepository(m_workspace, *target).find(value.toString());
        if (referenced) {
            return referenced->text(QString::fromLatin1(schemaOf(*target).nameField));
        }
    }
    return displayText(*spec, value.toVariant());
}

QString SyncDescriber::changes(const QString &table, const QJsonObject &changes) const
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        const QString after = value(table, it.key(), change.value(QStringLiteral("new")));
        parts << (change.contains(QStringLiteral("old"))
                      ? text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "%1: %2 → %3"))
                            .arg(field(table, it.key()), value(table, it.key(), change.value(QStringLiteral("old"))),
                                 after)
                      : text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "%1: %2"))
                            .arg(field(table, it.key()), after));
    }
    return parts.join(text(QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "; ")));
}

QString SyncDescriber::operation(const QString &op)
{
    static const struct
    {
        const char *op;
        const char *label;
    } labels[] = {
        {"create", QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Create")},
        {"update", QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Edit")},
        {"delete", QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Delete")},
        {"restore", QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Restore")},
        {"transition", QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "State change")},
        {"resolve", QT_TRANSLATE_NOOP("dew::models::SyncDescriber", "Conflict resolution")},
    };
    for (const auto &label : labels) {
        if (op == QLatin1String(label.op)) {
            return text(label.label);
        }
    }
    return op;
}

QString SyncDescriber::time(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace dew::models
