// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QList>
#include <QObject>

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// The open workspace and who is working in it. In a demo workspace the user can switch among
// the demo users of each role; every page follows the current actor.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(models::Workspace &workspace, QList<models::Actor> demoActors, QObject *parent = nullptr);

    models::Workspace &workspace() const { return m_workspace; }
    const models::Actor &actor() const { return m_actor; }
    const QList<models::Actor> &demoActors() const { return m_demoActors; }
    bool isDemo() const { return !m_demoActors.isEmpty(); }
    void setActor(const QString &userId);

signals:
    void actorChanged();
    // A page wrote records of this entity; counts and other pages refresh.
    void recordsChanged(int entity);
    // Many records changed at once (an import, its undo): pages read everything again.
    void workspaceChanged();

private:
    models::Workspace &m_workspace;
    QList<models::Actor> m_demoActors;
    models::Actor m_actor;
};

} // namespace dew::ui
