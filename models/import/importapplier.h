// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importplan.h"

#include <atomic>
#include <functional>

namespace dew::models {

class Workspace;

// What applying wrote to one record, so that a whole import can be undone and redone.
struct AppliedChange
{
    Entity entity = Entity::DataResource;
    QString id;
    bool created = false;
    QVariantMap previous; // updates: the changed fields as they were
    QVariantMap next;     // updates: as the import wrote them
};

struct ApplyResult
{
    QList<AppliedChange> changes;
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

// Undo and redo of an applied import, each as one transaction: created records are deleted
// (tombstones) and restored, updated fields go back and forth. False with *error when a record
// has since changed in a way the rules refuse; then nothing is written.
bool revertImport(const Workspace &workspace, const Actor &actor, const QList<AppliedChange> &changes, QString *error);
bool reapplyImport(const Workspace &workspace, const Actor &actor, const QList<AppliedChange> &changes, QString *error);

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
