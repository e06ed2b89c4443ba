// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordrepository.h"

namespace dew::models {

struct ItemsChange
{
    QList<Record> items; // in display order; an item without an id is new
    QStringList removedIds;
};

struct ItemError
{
    int row = 0; // 0-based row of ItemsChange::items
    FieldErrors errors;
};

struct SaveResult
{
    QString id;
    FieldErrors errors;
    QList<ItemError> itemErrors;

    bool ok() const { return errors.isEmpty() && itemErrors.isEmpty(); }
};

// Saves what a form holds — a record's fields and, for a data resource, its items — as one
// transaction: either all of it is stored with its outbox entries, or none of it.
SaveResult saveRecord(const Workspace &workspace, Entity entity, const Actor &actor, const QString &id,
                      const QVariantMap &values, const ItemsChange *items = nullptr);

} // namespace dew::models
