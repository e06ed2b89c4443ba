// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordhistory.h"

#include "store/serverdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dew::server {

bool RecordHistory::append(const ServerRecord &record, const UserAccount &author, QString *error) const
{
    Statement query(m_db, QStringLiteral("INSERT INTO record_change(seq, table_name, record_id, user_id, user_name, "
                                         "changed_at, deleted, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return query.run({record.version, record.table, record.id, author.id, author.displayName, record.updatedAt,
                      int(record.deleted),
                      QString::fromUtf8(QJsonDocument(record.body).toJson(QJsonDocument::Compact))},
                     error);
}

std::optional<QJsonArray> RecordHistory::versions(const QString &table, const QString &id, QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT seq, changed_at, user_id, user_name, deleted, body FROM record_change "
                            "WHERE table_name = ? AND record_id = ? ORDER BY seq"),
             {table, id}, error)) {
        return std::nullopt;
    }
    QJsonArray result;
    while (query.next()) {
        result.append(QJsonObject{
            {QStringLiteral("seq"), query.value(0).toLongLong()},
            {QStringLiteral("at"), query.value(1).toString()},
            {QStringLiteral("user"), query.value(2).toString()},
            {QStringLiteral("name"), query.value(3).toString()},
            {QStringLiteral("deleted"), query.value(4).toInt() != 0},
            {QStringLiteral("body"), QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()},
        });
    }
    return result;
}

bool RecordHistory::purgeOrphans(QString *error) const
{
    QSqlQuery query(m_db);
    return run(
        query,
        QStringLiteral("DELETE FROM record_change WHERE NOT EXISTS (SELECT 1 FROM record "
                       "WHERE record.table_name = record_change.table_name AND record.id = record_change.record_id)"),
        {}, error);
}

} // namespace dew::server
