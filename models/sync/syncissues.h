// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

// A change of this desktop that the server refused, kept with its reason and its content until
// a person has read it (DESIGN.md §5, invariant 1: nothing typed is lost without a word).
struct SyncIssue
{
    QString mutationId;
    QString table;
    QString recordId;
    QString op;          // create, update, delete, restore, transition, resolve
    QJsonObject changes; // {field: {old, new}}
    QString expectedState;
    QString reason;
    QString actor;
    QString editedAt;
    QString reportedAt;
};

// Newest first.
QList<SyncIssue> syncIssues(const Workspace &workspace);
qint64 syncIssueCount(const Workspace &workspace);
// The person has read it: the issue leaves the list. False when it could not be removed.
bool dismissSyncIssue(const Workspace &workspace, const QString &mutationId);

} // namespace dew::models::sync
