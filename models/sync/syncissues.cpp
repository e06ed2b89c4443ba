// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncissues.h"

#include "domain/clock.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dew::models::sync {
namespace {

QString directionName(FileIssue::Direction direction)
{
    return direction == FileIssue::Direction::Upload ? QStringLiteral("upload") : QStringLiteral("download");
}

} // namespace

QList<SyncIssue> syncIssues(const Workspace &workspace)
{
    QList<SyncIssue> result;
    QSqlQuery query(workspace.database());
    if (!query.exec(
            QStringLiteral("SELECT mutation_id, table_name, record_id, op, changes, expected_state, reason, "
                           "actor, edited_at, reported_at FROM sync_issue ORDER BY reported_at DESC, id DESC"))) {
        return result;
    }
    while (query.next()) {
        result << SyncIssue{query.value(0).toString(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
                            query.value(5).toString(),
                            query.value(6).toString(),
                            query.value(7).toString(),
                            query.value(8).toString(),
                            query.value(9).toString()};
    }
    return result;
}

qint64 syncIssueCount(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_issue")) && query.next() ? query.value(0).toLongLong()
                                                                                         : 0;
}

bool dismissSyncIssue(const Workspace &workspace, const QString &mutationId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM sync_issue WHERE mutation_id = ?"));
    query.addBindValue(mutationId);
    return query.exec() && query.numRowsAffected() == 1;
}

QList<FileIssue> fileIssues(const Workspace &workspace)
{
    QList<FileIssue> result;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral(
            "SELECT i.sha256, i.direction, i.reason, i.reported_at, min(m.file_name), group_concat(DISTINCT a.code) "
            "FROM sync_file_issue i JOIN application_material m ON m.sha256 = i.sha256 AND m.deleted = 0 "
            "LEFT JOIN authorization_application a ON a.id = m.application_id "
            "GROUP BY i.sha256, i.direction ORDER BY i.reported_at DESC, i.sha256"))) {
        return result;
    }
    while (query.next()) {
        FileIssue issue;
        issue.sha256 = query.value(0).toString();
        issue.direction = query.value(1).toString() == directionName(FileIssue::Direction::Download)
                              ? FileIssue::Direction::Download
                              : FileIssue::Direction::Upload;
        issue.reason = query.value(2).toString();
        issue.reportedAt = query.value(3).toString();
        issue.fileName = query.value(4).toString();
        issue.applicationCodes = query.value(5).toString().replace(QLatin1Char(','), QLatin1String(", "));
        result << issue;
    }
    return result;
}

bool noteFileIssue(const Workspace &workspace, const QString &sha256, FileIssue::Direction direction,
                   const QString &reason)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO sync_file_issue(sha256, direction, reason, reported_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT(sha256, direction) "
                                 "DO UPDATE SET reason = excluded.reason WHERE reason <> excluded.reason"));
    query.addBindValue(sha256);
    query.addBindValue(directionName(direction));
    query.addBindValue(reason);
    query.addBindValue(Clock::nowIso());
    return query.exec() && query.numRowsAffected() > 0;
}

bool clearFileIssue(const Workspace &workspace, const QString &sha256, FileIssue::Direction direction)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM sync_file_issue WHERE sha256 = ? AND direction = ?"));
    query.addBindValue(sha256);
    query.addBindValue(directionName(direction));
    return query.exec() && query.numRowsAffected() > 0;
}

bool forgetSettledFileIssues(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("DELETE FROM sync_file_issue WHERE sha256 NOT IN "
                                     "(SELECT sha256 FROM application_material WHERE deleted = 0) OR "
                                     "(direction = 'download' AND sha256 IN (SELECT sha256 FROM material_blob))")) &&
           query.numRowsAffected() > 0;
}

} // namespace dew::models::sync
