// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "serverrecord.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

namespace dew::server {

// The change log behind a record's history (DESIGN.md §10): every version a person's change
// stored, with who and when. Desktops diff consecutive versions into "who changed which field";
// keeping whole versions makes merges, transitions and resolutions read like any edit.
class RecordHistory
{
public:
    explicit RecordHistory(QSqlDatabase db) : m_db(std::move(db)) {}

    bool append(const ServerRecord &record, const UserAccount &author, QString *error) const;
    // Oldest first: [{seq, at, user, name, deleted, body}].
    std::optional<QJsonArray> versions(const QString &table, const QString &id, QString *error) const;
    // Forgets the versions of records whose tombstones were purged.
    bool purgeOrphans(QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace dew::server
