// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

// An open conflict as the last sync brought it: one field of one record, with the value the
// edits started from, the server's value and every competing value.
struct OpenConflict
{
    QString id;
    QString table;
    QString recordId;
    QString field; // "deleted": a delete met an edit
    QJsonValue base;
    QJsonValue serverValue;
    QJsonArray competing; // [{value, user, name, mutation_id, at}]
    QString openedAt;
};

QList<OpenConflict> openConflicts(const Workspace &workspace);
qint64 openConflictCount(const Workspace &workspace);

// Settles a conflict with the chosen value: the record shows it at once and the resolution
// goes to the server through the outbox, like any other edit (DESIGN.md §5, invariant 5).
// Returns an empty string, or why it could not.
QString resolveConflict(const Workspace &workspace, const Actor &actor, const QString &conflictId,
                        const QJsonValue &chosen);

} // namespace dew::models::sync
