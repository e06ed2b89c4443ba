// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QList>
#include <QObject>

namespace dew::models {
class Workspace;
namespace sync {
class SyncController;
}
} // namespace dew::models

namespace dew::ui {

// The open workspace and who is working in it. In a demo workspace the user can switch among
// the demo users of each role; in a connected one it is the signed-in user, and sync runs
// through the session's controller. Every page follows the current actor.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(models::Workspace &workspace, QList<models::Actor> demoActors, QObject *parent = nullptr);
    // A workspace connected to a server, worked in by the user who signed in.
    Session(models::Workspace &workspace, models::Actor signedIn, QObject *parent = nullptr);

    models::Workspace &workspace() const { return m_workspace; }
    const models::Actor &actor() const { return m_actor; }
    const QList<models::Actor> &demoActors() const { return m_demoActors; }
    bool isDemo() const { return !m_demoActors.isEmpty(); }
    void setActor(const QString &userId);
    // Null in a demo workspace.
    models::sync::SyncController *syncController() const { return m_sync; }
    void setSyncController(models::sync::SyncController *controller) { m_sync = controller; }

signals:
    void actorChanged();
    // A page wrote records of this entity; counts and other pages refresh.
    void recordsChanged(int entity);
    // Many records changed at once (an import, its undo): pages read everything again.
    void workspaceChanged();
    // A sync brought changes from the server: pages read again, keeping what is being typed.
    void syncedChanges();

private:
    models::Workspace &m_workspace;
    QList<models::Actor> m_demoActors;
    models::Actor m_actor;
    models::sync::SyncController *m_sync = nullptr;
};

} // namespace dew::ui
