// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingmemory.h"

#include "support/settings.h"

#include <QCryptographicHash>
#include <QVariantMap>

namespace dew::models {
namespace {

// The signature holds the file's own header texts, which may hold '/' (a settings group): a hash
// makes a safe key. The kind is part of it, as the same headers on another sheet mean other things.
QString layoutScope(const ColumnMapping &mapping)
{
    const QString layout =
        QString::number(static_cast<int>(mapping.kind())) + QLatin1Char('\n') + mapping.layoutSignature();
    return QString::fromLatin1(QCryptographicHash::hash(layout.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// A target by the entity's table and the field, names that stay stable across releases.
QString targetName(const std::optional<ColumnTarget> &target)
{
    return target ? QString::fromLatin1(schemaOf(target->entity).table) + QLatin1Char(':') + target->field : QString();
}

std::optional<ColumnTarget> targetFromName(SheetKind kind, const QString &name)
{
    for (const LayoutColumn &column : layoutColumns(kind)) {
        const ColumnTarget target{column.entity, QString::fromLatin1(column.field)};
        if (targetName(target) == name) {
            return target;
        }
    }
    return std::nullopt;
}

bool sameTargets(const ColumnMapping &a, const ColumnMapping &b)
{
    if (a.columns() != b.columns()) {
        return false;
    }
    for (const int column : a.columns()) {
        if (a.target(column) != b.target(column)) {
            return false;
        }
    }
    return true;
}

} // namespace

MappingMemory::MappingMemory(Settings &settings) : m_settings(settings) {}

void MappingMemory::remember(const ColumnMapping &recognised, const ColumnMapping &chosen)
{
    QVariantMap stored;
    if (!sameTargets(recognised, chosen)) {
        for (const int column : chosen.headerColumns()) {
            stored.insert(columnLetter(column), targetName(chosen.target(column)));
        }
    }
    m_settings.setValue(Settings::Key::ImportColumnMapping, stored, layoutScope(recognised));
}

std::optional<ColumnMapping> MappingMemory::recall(const ColumnMapping &recognised) const
{
    const QVariantMap stored = m_settings.value(Settings::Key::ImportColumnMapping, layoutScope(recognised)).toMap();
    if (stored.isEmpty()) {
        return std::nullopt;
    }
    QList<std::pair<int, std::optional<ColumnTarget>>> targets;
    for (const int column : recognised.headerColumns()) {
        const QString name = stored.value(columnLetter(column)).toString();
        std::optional<ColumnTarget> target = targetFromName(recognised.kind(), name);
        if (!target && !name.isEmpty()) {
            target = recognised.target(column); // a field this release no longer knows
        }
        targets.append({column, target});
    }
    ColumnMapping mapping = recognised;
    for (const auto &[column, target] : std::as_const(targets)) {
        mapping.clearTarget(column);
    }
    for (const auto &[column, target] : std::as_const(targets)) {
        if (target) {
            mapping.setTarget(column, *target);
        }
    }
    if (sameTargets(mapping, recognised)) {
        return std::nullopt;
    }
    return mapping;
}

} // namespace dew::models
