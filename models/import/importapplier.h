// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importplan.h"

#include <atomic>
#include <functional>

namespace dew::models {

class Workspace;

struct ApplyResult
{
    ImportSummary summary;
    bool ok = false;
    bool cancelled = false;
    int failedLine = 0; // the row whose write failed, when not ok
    QString error;
};

// Writes what a dry run accepted — new and updated rows; unchanged and rejected rows are not
// touched — all in one transaction, each write through the repository (validation, search
// index, outbox). A failure or a cancel rolls everything back: nothing is half applied.
// Resources are applied before the items that name them.
ApplyResult applyImport(const Workspace &workspace, const Actor &actor, const QList<RowVerdict> &resources,
                        const QList<RowVerdict> &items, const std::function<void(int done, int total)> &progress = {},
                        const std::atomic_bool *cancel = nullptr);

// For a single entity (systems, organisations, or resources without items).
ApplyResult applyImport(const Workspace &workspace, const Actor &actor, Entity entity,
                        const QList<RowVerdict> &verdicts);

// The rows of several entities, applied in the order given (what others name comes first).
struct ImportGroup
{
    Entity entity;
    QList<RowVerdict> verdicts;
};
ApplyResult applyImport(const Workspace &workspace, const Actor &actor, const QList<ImportGroup> &groups,
                        const std::function<void(int done, int total)> &progress = {},
                        const std::atomic_bool *cancel = nullptr);

} // namespace dew::models
