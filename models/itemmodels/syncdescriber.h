// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace dew::models {

class Workspace;

// Says in a person's words what sync speaks of in storage terms: "数据资源 101001/000123 人口基础信息"
// for (data_resource, id), a field's label for its column, an organisation's name for its id,
// 已删除 for deleted = true. Shared by the conflict and issue lists and the conflict dialog.
class SyncDescriber
{
public:
    explicit SyncDescriber(const Workspace &workspace) : m_workspace(workspace) {}

    QString record(const QString &table, const QString &recordId) const;
    QString field(const QString &table, const QString &field) const;
    QString value(const QString &table, const QString &field, const QJsonValue &value) const;
    // "名称：旧 → 新；摘要：… " for an outbox-shaped {field: {old, new}} object.
    QString changes(const QString &table, const QJsonObject &changes) const;
    static QString operation(const QString &op);
    static QString time(const QString &isoUtc); // local "yyyy-MM-dd HH:mm"

private:
    const Workspace &m_workspace;
};

} // namespace dew::models
