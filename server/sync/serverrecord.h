// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "domain/record.h"
#include "domain/schema.h"
#include "store/serverdatabase.h"
#include "sync/protocol.h"

#include <QJsonObject>

#include <optional>

namespace dew::server {

// A synced record as the server holds it: the bookkeeping, the columns that decide who holds
// it, and its business fields as JSON.
struct ServerRecord
{
    QString table;
    QString id;
    qint64 version = 0;
    QString parentId; // data items: their resource
    QString ownerOrg;
    bool shared = false;     // in the published catalogue: every officer holds it
    bool classified = false; // 涉密: held only by its own organisation
    bool deleted = false;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    QJsonObject body;

    models::Record toRecord() const;
    models::sync::ChangeRow toChangeRow() const;
    // What a pull or a read sends this user: the row, or its eviction when they may not hold it.
    models::sync::ChangeRow changeRowFor(const UserAccount &user) const;
};

// The columns of table `record` in the order recordFromQuery() reads them.
inline constexpr const char *recordColumns = "table_name, id, version, parent_id, owner_org, shared, classified, "
                                             "deleted, created_at, updated_at, updated_by, body";
ServerRecord recordFromQuery(const QSqlQuery &query);

// Who may hold a record on their desktop (DESIGN.md §5): regions and organisations, everyone;
// their own organisation's records; officers also the published catalogue, reviewers and
// supervisors everything but what is classified; administrators no business records.
bool mayHold(const UserAccount &user, const ServerRecord &record);
// The same rule as an SQL condition over table `record` with positional parameters.
QString holdCondition(const UserAccount &user, QVariantList *values);

// Reads and writes rows of table `record` in the caller's connection and transaction.
class RecordRows
{
public:
    explicit RecordRows(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ServerRecord> find(const QString &table, const QString &id) const;
    // The id of the live record of this table with this business key, if any.
    QString liveIdWithKey(const QString &table, const QString &businessKey) const;
    bool exists(const QString &table, const QString &id) const; // live
    QList<ServerRecord> childrenOf(const QString &parentId) const;
    bool insert(const ServerRecord &record, QString *error) const;
    bool update(const ServerRecord &record, QString *error) const;

    static QString businessKeyOf(const ServerRecord &record);
    // Fills owner, shared and classified from the record's fields and, for items, its parent.
    void deriveAudience(ServerRecord &record) const;

private:
    QSqlDatabase m_db;
};

} // namespace dew::server
