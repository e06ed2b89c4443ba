// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democity.h"
#include "store/workspace.h"

#include <QSqlQuery>

namespace dew::models {
namespace {

struct DemoUser
{
    const char *userId;
    const char *name;
    Role role;
    const char *organisation;
};

// Stable ids, so that a demo workspace remembers who was acting across restarts.
constexpr DemoUser demoUsers[] = {
    {"demo-officer-1", "张敏", Role::Officer, "呼和浩特市教育局"},
    {"demo-officer-2", "刘洋", Role::Officer, "新城区人民政府办公室"},
    {"demo-officer-3", "陈静", Role::Officer, "赛罕区金河镇人民政府"},
    {"demo-reviewer-1", "李强", Role::Reviewer, "呼和浩特市数据局"},
    {"demo-supervisor-1", "王芳", Role::Supervisor, "呼和浩特市人民政府办公室"},
    {"demo-admin-1", "赵磊", Role::Admin, "呼和浩特市数据局"},
};

} // namespace

QList<Actor> demoActors(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM organisation WHERE name = ? AND deleted = 0"));
    QList<Actor> actors;
    for (const DemoUser &user : demoUsers) {
        query.addBindValue(QString::fromUtf8(user.organisation));
        const QString orgId = query.exec() && query.next() ? query.value(0).toString() : QString();
        query.finish();
        actors.append({QString::fromLatin1(user.userId), QString::fromUtf8(user.name), user.role, orgId});
    }
    return actors;
}

} // namespace dew::models
