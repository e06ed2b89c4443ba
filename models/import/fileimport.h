// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importapplier.h"
#include "importplan.h"
#include "io/headermapping.h"

namespace dew::models {

class Workspace;

struct SheetPlan
{
    QString sheetName;
    Entity entity = Entity::DataResource;
    ColumnMapping mapping;
    QList<RowVerdict> verdicts;
};

// The dry run of a whole file: each sheet that holds a template layout, planned in the order in
// which it will be written (systems, resources, then items), with what the reader noticed.
struct FilePlan
{
    QString fileName;
    QString encoding;  // CSV: what the bytes were read as
    QStringList notes; // skipped sheets and rows, ignored columns: said once, not per row
    QList<SheetPlan> sheets;
    bool cancelled = false; // the dry run was stopped: the plan holds nothing to apply

    ImportSummary summary() const;
    QList<ImportGroup> groups() const;
};

// What the user chose before the dry run: a sheet's mapping (by sheet name) from the
// column-mapping step, instead of the one recognised from its headers.
struct FileImportOptions
{
    QHash<QString, ColumnMapping> mappings;
};

// Reads a CSV or XLSX file in the template layout and plans its import for an actor.
// Returns false with *error when the file cannot be read at all or holds no known layout.
// Progress reports the rows planned so far and the rows to plan, every few hundred rows and at
// the end; a set cancel flag stops the dry run: false, plan->cancelled, and no sheets.
bool planFileImport(const Workspace &workspace, const Actor &actor, const QString &path, FilePlan *plan, QString *error,
                    const std::function<void(int done, int total)> &progress = {},
                    const std::atomic_bool *cancel = nullptr, const FileImportOptions &options = {});

// One problem of a row as the user reads it: "column C 资源提供方: …", the field alone when the
// file has no column for it, or the bare message for the row as a whole.
QString problemText(const SheetPlan &sheet, const RowProblem &problem);

// The per-row report of a plan: one line a row that is not unchanged, then the totals.
QStringList reportLines(const FilePlan &plan);

} // namespace dew::models
