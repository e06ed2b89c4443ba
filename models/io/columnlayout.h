// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace dew::models {

// The sheets of the unified-list template (../shared/templates.md).
enum class SheetKind { Organisations, Systems, Resources, Items };

// Where one column of a sheet goes: an entity's field by storage name. Beyond the schema's
// fields: "owner_uscc" (the owner's USCC, which wins over the owner_org name) and, on item
// rows, "resource_code" (the owning resource).
struct ColumnTarget
{
    Entity entity = Entity::DataResource;
    QString field;

    friend bool operator==(const ColumnTarget &, const ColumnTarget &) = default;
};

// One column of a template sheet.
struct LayoutColumn
{
    const char *header;  // canonical Chinese header
    const char *aliases; // English alias, then other names seen in real files, '|'-separated
    Entity entity;
    const char *field;
    int required; // 0 optional, 1 required, 2 one of the owner columns is required
};

// Resources also accept the item columns: a file may hold resources and their items on one
// sheet, the resource columns repeated on each item row. Where a header is both (共享类型), the
// resource reads it.
std::span<const LayoutColumn> layoutColumns(SheetKind kind);
std::optional<SheetKind> sheetKindFromName(const QString &sheetName); // 组织机构, 系统清单, …
QString sheetKindName(SheetKind kind);                                // the Chinese sheet name

// The comparison key of a header: NFKC (full-width forms, U+3000), case-folded, without white
// space, '*' required-markers, '_' and '-', and without a "(必填)" note.
QString headerKey(const QString &header);

// A cell's text for matching: NFKC, and trimmed of white space including ideographic spaces.
QString trimmedCellText(const QString &text);

} // namespace dew::models
