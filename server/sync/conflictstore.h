// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/serverdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace dew::server {

// A durable conflict over one field of one record (DESIGN.md §5, invariant 5). Field "deleted"
// stands for a delete that met an edit.
struct FieldConflict
{
    QString id;
    QString table;
    QString recordId;
    QString field;
    QString ownerOrg;
    QJsonValue base;
    QJsonValue serverValue;
    QJsonArray competing; // [{value, user, mutation_id, at}], one entry per distinct value
    QString state;        // open, resolved
    QString openedAt;
    qint64 version = 0;

    QJsonObject toJson() const;
};

struct CompetingValue
{
    QJsonValue value;
    QString userId;
    QString userName; // shown beside the value on desktops, which have no user directory
    QString mutationId;
    QString at;
    QString note; // a stale decision's action and opinion, kept with the value it would have set
};

class ConflictStore
{
public:
    explicit ConflictStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Opens the conflict for (record, field) or adds the value to the one already open.
    // Returns the conflict's id, or empty on a storage failure.
    QString openOrJoin(FieldConflict conflict, const CompetingValue &value, QString *error) const;
    std::optional<FieldConflict> openFor(const QString &table, const QString &recordId, const QString &field) const;
    std::optional<FieldConflict> find(const QString &id) const;
    // The server's value moved on while the conflict was open: the resolver must see the new one.
    bool noteServerValue(const QString &table, const QString &recordId, const QString &field, const QJsonValue &value,
                         qint64 version, QString *error) const;
    bool resolve(const QString &id, const QString &userId, const QJsonValue &resolution, qint64 version,
                 QString *error) const;
    QList<FieldConflict> open() const;

private:
    QSqlDatabase m_db;
};

} // namespace dew::server
