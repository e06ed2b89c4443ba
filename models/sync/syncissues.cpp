// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncissues.h"

#include "store/workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dew::models::sync {

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

} // namespace dew::models::sync
