// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include "enumerations.h"

namespace dew::models {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

Role roleFromCode(const QString &code)
{
    for (Role role : {Role::Officer, Role::Reviewer, Role::Admin}) {
        if (roleCode(role) == code) {
            return role;
        }
    }
    return Role::Supervisor; // the least privileged reader
}

QString roleLabel(Role role)
{
    return Enumeration::of(EnumKind::Role).label(roleCode(role));
}

} // namespace dew::models
