// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importapplier.h"

#include "store/bulkinserter.h"
#include "store/recordlookup.h"
#include "store/recordrepository.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <optional>

namespace dew::models {
namespace {

// Writes one entity's accepted rows; returns false (with the row) at the first failure.
bool applyRows(const Workspace &workspace, const Actor &actor, Entity entity, const QList<RowVerdict> &verdicts,
               ApplyResult &result, const std::function<bool()> &step)
{
    RecordRepository records(workspace, entity);
    // New records other than items go through statements prepared once (issue 3, point 7: speed);
    // items take their position and owner from their resource, through the repository.
    std::optional<BulkInserter> inserter;
    if (entity != Entity::DataItem) {
        inserter.emplace(workspace, entity);
    }
    RecordLookup resources(workspace, Entity::DataResource);
    QHash<QString, QString> resourceIdOfCode;
    RecordLookup organisations(workspace, Entity::Organisation);
    QHash<QString, QString> organisationIdOfCode; // owners that this import created
    for (const RowVerdict &verdict : verdicts) {
        if (!step()) {
            return false;
        }
        WriteResult written;
        QVariantMap values = verdict.values;
        if (!verdict.newOwnerCode.isEmpty()) {
            auto known = organisationIdOfCode.constFind(verdict.newOwnerCode);
            if (known == organisationIdOfCode.cend()) {
                const std::optional<Record> owner = organisations.findByKey(verdict.newOwnerCode);
                known = organisationIdOfCode.insert(verdict.newOwnerCode, owner ? owner->id : QString());
            }
            values.insert(QStringLiteral("owner_org"), known.value());
        }
        if (verdict.verdict == Verdict::New) {
            Record record;
            record.values = values;
            if (entity == Entity::DataItem) {
                auto known = resourceIdOfCode.constFind(verdict.parentCode);
                if (known == resourceIdOfCode.cend()) {
                    const std::optional<Record> resource = resources.findByKey(verdict.parentCode);
                    known = resourceIdOfCode.insert(verdict.parentCode, resource ? resource->id : QString());
                }
                record.values.insert(QStringLiteral("resource_id"), known.value());
            }
            written = inserter ? inserter->create(actor, record) : records.create(actor, record);
            result.summary.created += written.ok() ? 1 : 0;
            result.changes.append({entity, written.id, true, {}, {}});
        } else if (verdict.verdict == Verdict::Update) {
            QVariantMap previous;
            if (const std::optional<Record> before = records.find(verdict.recordId)) {
                for (auto it = values.cbegin(); it != values.cend(); ++it) {
                    previous.insert(it.key(), before->value(it.key()));
                }
            }
            written = records.update(actor, verdict.recordId, values);
            result.summary.updated += written.ok() ? 1 : 0;
            result.changes.append({entity, verdict.recordId, false, previous, values});
        } else {
            (verdict.verdict == Verdict::Unchanged ? result.summary.unchanged : result.summary.rejected) += 1;
            continue;
        }
        if (!written.ok()) {
            result.failedLine = verdict.line;
            result.error = describe(entity, written.errors);
            return false;
        }
    }
    QString error;
    if (inserter && !inserter->finish(&error)) {
        result.error = QCoreApplication::translate("dew::models::RecordRepository", "The change could not be saved: %1")
                           .arg(error);
        return false;
    }
    return true;
}

} // namespace

ApplyResult applyImport(const Workspace &workspace, const Actor &actor, const QList<ImportGroup> &groups,
                        const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ApplyResult result;
    int total = 0;
    for (const ImportGroup &group : groups) {
        total += static_cast<int>(group.verdicts.size());
    }
    int done = 0;
    const auto step = [&] {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        if (progress && (++done % 256 == 0 || done == total)) {
            progress(done, total);
        }
        return true;
    };
    Transaction transaction(workspace);
    for (const ImportGroup &group : groups) {
        if (!applyRows(workspace, actor, group.entity, group.verdicts, result, step)) {
            result.summary = {}; // rolled back: nothing was written
            result.changes.clear();
            return result;
        }
    }
    result.ok = transaction.commit();
    if (!result.ok) {
        result.summary = {};
        result.changes.clear();
        result.error = QCoreApplication::translate("dew::models::Import", "The import could not be saved.");
    }
    return result;
}

namespace {

bool writeChanges(const Workspace &workspace, const Actor &actor, const QList<AppliedChange> &changes, bool forward,
                  QString *error)
{
    Transaction transaction(workspace);
    // Undo walks backwards, so items go before the resources that hold them.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const AppliedChange &change = changes.at(forward ? i : changes.size() - 1 - i);
        RecordRepository records(workspace, change.entity);
        const WriteResult written =
            change.created ? (forward ? records.restore(actor, change.id) : records.remove(actor, change.id))
                           : records.update(actor, change.id, forward ? change.next : change.previous);
        if (!written.ok()) {
            *error = describe(change.entity, written.errors);
            return false;
        }
    }
    return transaction.commit();
}

} // namespace

bool revertImport(const Workspace &workspace, const Actor &actor, const QList<AppliedChange> &changes, QString *error)
{
    return writeChanges(workspace, actor, changes, false, error);
}

bool reapplyImport(const Workspace &workspace, const Actor &actor, const QList<AppliedChange> &changes, QString *error)
{
    return writeChanges(workspace, actor, changes, true, error);
}

ApplyResult applyImport(const Workspace &workspace, const Actor &actor, const QList<RowVerdict> &resources,
                        const QList<RowVerdict> &items, const std::function<void(int, int)> &progress,
                        const std::atomic_bool *cancel)
{
    return applyImport(workspace, actor, {{Entity::DataResource, resources}, {Entity::DataItem, items}}, progress,
                       cancel);
}

ApplyResult applyImport(const Workspace &workspace, const Actor &actor, Entity entity,
                        const QList<RowVerdict> &verdicts)
{
    return applyImport(workspace, actor, {{entity, verdicts}});
}

} // namespace dew::models
