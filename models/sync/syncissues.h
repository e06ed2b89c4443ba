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

// A material file that did not travel, with the reason, until a later sync carries it or no live
// material names it any more (table sync_file_issue). Records sync without their files.
struct FileIssue
{
    enum class Direction { Upload, Download };

    QString sha256;
    Direction direction = Direction::Upload;
    QString reason;
    QString reportedAt;       // the first failure; a repeated one keeps it
    QString fileName;         // as a live material names the file
    QString applicationCodes; // of the applications whose materials name it, comma separated
};

// Newest first; only files that some live material still names.
QList<FileIssue> fileIssues(const Workspace &workspace);
// True when the list changed (a new issue or a new reason).
bool noteFileIssue(const Workspace &workspace, const QString &sha256, FileIssue::Direction direction,
                   const QString &reason);
// The file travelled. True when an issue left the list.
bool clearFileIssue(const Workspace &workspace, const QString &sha256, FileIssue::Direction direction);
// Forgets the issues of files no live material names and of downloads since kept here; true if any.
bool forgetSettledFileIssues(const Workspace &workspace);

} // namespace dew::models::sync
