// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dew::models {

enum class Role { Officer, Reviewer, Supervisor, Admin };

QString roleCode(Role role);
Role roleFromCode(const QString &code);
QString roleLabel(Role role); // in the UI's language

// Who is acting: the user, their role and the organisation they belong to (DESIGN.md §1).
struct Actor
{
    QString userId;
    QString displayName;
    Role role = Role::Supervisor;
    QString orgId;
};

} // namespace dew::models
