// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkedit.h"

#include "recordrepository.h"
#include "workspace.h"

namespace dew::models {

ApplyResult bulkUpdate(const Workspace &workspace, const Actor &actor, Entity entity, const QStringList &ids,
                       const QString &field, const QVariant &value)
{
    ApplyResult result;
    RecordRepository records(workspace, entity);
    const FieldSpec *spec = records.schema().field(field);
    if (!spec || !spec->editable) {
        result.error = describe(entity, {{field, QStringLiteral("not editable")}});
        return result;
    }
    const QVariant wanted = RecordRepository::canonical(*spec, value);
    Transaction transaction(workspace);
    for (const QString &id : ids) {
        const std::optional<Record> before = records.find(id);
        if (!before) {
            continue;
        }
        const QVariant previous = before->value(field);
        if (RecordRepository::canonical(*spec, previous) == wanted) {
            ++result.summary.unchanged;
            continue;
        }
        const WriteResult written = records.update(actor, id, {{field, wanted}});
        if (!written.ok()) {
            result.error = before->text(QString::fromLatin1(records.schema().nameField)) + QStringLiteral(": ") +
                           describe(entity, written.errors);
            result.changes.clear();
            result.summary = {};
            return result; // the transaction rolls back: none changed
        }
        ++result.summary.updated;
        result.changes.append({entity, id, false, {{field, previous}}, {{field, wanted}}});
    }
    result.ok = transaction.commit();
    return result;
}

} // namespace dew::models
