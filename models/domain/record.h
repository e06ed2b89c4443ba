// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace dew::models {

// One synced record of any entity: the bookkeeping every record carries (DESIGN.md §3) and its
// business fields by storage column name (owner_org, lifecycle and retired among them).
struct Record
{
    QString id;         // UUIDv7
    qint64 version = 0; // server change seq of the last change, 0 until synced
    QString createdAt;  // UTC ISO 8601
    QString updatedAt;
    QString updatedBy;
    bool deleted = false;
    QVariantMap values;

    QVariant value(const QString &field) const { return values.value(field); }
    QString text(const QString &field) const { return values.value(field).toString(); }
    QString ownerOrg() const { return text(QStringLiteral("owner_org")); }
    QString lifecycle() const { return text(QStringLiteral("lifecycle")); }
    bool isRetired() const { return values.value(QStringLiteral("retired")).toBool(); }
};

} // namespace dew::models
