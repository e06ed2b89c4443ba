// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cell.h"
#include "columnlayout.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dew::models {

// A header cell the mapping did not take: unknown, or a second column for a field already mapped.
struct HeaderCell
{
    int column = 0;
    QString header;
};

// Which column feeds which field, for one sheet. Built from a header row by name (Chinese header
// or English alias, see columnlayout.h); the column-mapping step of the import may then change it.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    static ColumnMapping fromHeaderRow(SheetKind kind, const SheetRow &header);

    SheetKind kind() const { return m_kind; }
    int headerRow() const { return m_headerRow; }
    QList<int> columns() const; // mapped columns, ascending
    std::optional<ColumnTarget> target(int column) const;
    int column(const ColumnTarget &target) const; // 0 when no column feeds it
    int column(Entity entity, const QString &field) const { return column(ColumnTarget{entity, field}); }
    QString header(int column) const; // as written in the file
    QList<int> headerColumns() const; // every column with a header, mapped or not, ascending

    void setTarget(int column, const ColumnTarget &target);
    void clearTarget(int column);

    // Reported once per sheet by the import, not once per row.
    QList<HeaderCell> unknownColumns() const { return m_unknown; }
    QList<HeaderCell> duplicateColumns() const { return m_duplicates; }
    // Canonical headers of required columns that no column feeds; "资源提供方 / 提供方统一社会信用代码"
    // when neither owner column is there.
    QStringList missingRequired() const;
    int matchCount() const { return static_cast<int>(m_targets.size()); }

    // The header keys in column order: equal for files of one layout, so the import can
    // remember a mapping the user corrected.
    QString layoutSignature() const;

private:
    SheetKind m_kind = SheetKind::Resources;
    int m_headerRow = 0;
    QHash<int, ColumnTarget> m_targets;
    QHash<int, QString> m_headers;
    QList<HeaderCell> m_unknown;
    QList<HeaderCell> m_duplicates;
};

struct HeaderDetection
{
    ColumnMapping mapping;
    QList<int> skippedRows; // rows above the header that held something (titles, notes)
};

// Finds the header among the first maxRows rows: the first row where at least two cells are
// known headers of the sheet kind (or of the kind they match best, when none is given; a sheet
// with both resource and item columns is Resources). Nullopt when no row qualifies.
std::optional<HeaderDetection> findHeaderRow(const QList<SheetRow> &rows, std::optional<SheetKind> kind = {},
                                             int maxRows = 20);

} // namespace dew::models
