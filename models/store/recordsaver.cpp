// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsaver.h"

#include "workspace.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

QVariantMap editableValues(const Record &item)
{
    QVariantMap values;
    for (const FieldSpec &spec : schemaOf(Entity::DataItem).fields) {
        if (spec.editable) {
            values.insert(QString::fromLatin1(spec.name), item.value(QString::fromLatin1(spec.name)));
        }
    }
    return values;
}

} // namespace

SaveResult saveRecord(const Workspace &workspace, Entity entity, const Actor &actor, const QString &id,
                      const QVariantMap &values, const ItemsChange *items)
{
    Transaction transaction(workspace);
    RecordRepository records(workspace, entity);
    WriteResult written;
    if (id.isEmpty()) {
        Record record;
        record.values = values;
        written = records.create(actor, record);
    } else {
        written = records.update(actor, id, values);
    }
    SaveResult result{written.id, written.errors, {}};
    if (!written.ok() || !items) {
        if (result.ok()) {
            transaction.commit();
        }
        return result;
    }

    RecordRepository itemRepository(workspace, Entity::DataItem);
    for (const QString &removed : items->removedIds) {
        if (const WriteResult r = itemRepository.remove(actor, removed); !r.ok()) {
            result.errors += r.errors;
        }
    }
    for (qsizetype row = 0; row < items->items.size(); ++row) {
        const Record &item = items->items.at(row);
        WriteResult r;
        if (item.id.isEmpty()) {
            Record created = item;
            created.values.insert(QStringLiteral("resource_id"), result.id);
            created.values.insert(QStringLiteral("position"), row + 1);
            r = itemRepository.create(actor, created);
        } else {
            r = itemRepository.update(actor, item.id, editableValues(item));
        }
        if (!r.ok()) {
            result.itemErrors.append({static_cast<int>(row), r.errors});
        }
    }
    if (result.ok() && !transaction.commit()) {
        result.errors.append({QString(), QCoreApplication::translate("dew::models::RecordRepository",
                                                                     "The change could not be saved.")});
    }
    return result;
}

} // namespace dew::models
