// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filelayout.h"

#include <optional>

namespace dew::models {

// The column-mapping step's working copy of one sheet's mapping, a row per source column. Unlike
// ColumnMapping it lets two columns name the same field for a while: the clash is reported, so the
// user sees it and decides, instead of one choice silently undoing another.
class SheetMappingDraft
{
public:
    explicit SheetMappingDraft(SheetLayout sheet);

    const SheetLayout &sheet() const { return m_sheet; }
    SheetKind kind() const { return m_sheet.recognised.kind(); }
    int rowCount() const { return static_cast<int>(m_sheet.columns.size()); }
    const SourceColumn &sourceColumn(int row) const { return m_sheet.columns.at(row); }

    std::optional<ColumnTarget> target(int row) const { return m_targets.at(row); }
    void setTarget(int row, const std::optional<ColumnTarget> &target);
    void applyMapping(const ColumnMapping &mapping); // take every column's target from it
    void resetToRecognised() { applyMapping(m_sheet.recognised); }
    bool isRecognised() const; // no target differs from the recognised mapping

    QList<int> clashingRows(int row) const; // the other rows that feed the same field
    QStringList missingRequired() const;
    QStringList problems() const; // translated; each one blocks the dry run
    bool isValid() const { return problems().isEmpty(); }

    // The recognised mapping with this draft's targets: what the dry run reads the sheet with.
    ColumnMapping mapping() const;

private:
    SheetLayout m_sheet;
    QList<std::optional<ColumnTarget>> m_targets; // by row
};

// What a column can feed on a sheet of the kind: the template's columns, in its order.
QList<ColumnTarget> targetChoices(SheetKind kind);
// The template's Chinese header of a target, as the file would ideally name it.
QString targetHeader(SheetKind kind, const ColumnTarget &target);
bool isRequiredTarget(SheetKind kind, const ColumnTarget &target); // required on its own, not one of two

} // namespace dew::models
