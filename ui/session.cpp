// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "store/workspace.h"

namespace dew::ui {

Session::Session(models::Workspace &workspace, QList<models::Actor> demoActors, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_demoActors(std::move(demoActors))
{
    if (!m_demoActors.isEmpty()) {
        m_actor = m_demoActors.first();
        setActor(m_workspace.meta(QStringLiteral("demo_user")));
    }
}

Session::Session(models::Workspace &workspace, models::Actor signedIn, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_actor(std::move(signedIn))
{
}

void Session::setActor(const QString &userId)
{
    for (const models::Actor &actor : m_demoActors) {
        if (actor.userId == userId && actor.userId != m_actor.userId) {
            m_actor = actor;
            m_workspace.setMeta(QStringLiteral("demo_user"), userId);
            emit actorChanged();
            return;
        }
    }
}

} // namespace dew::ui
