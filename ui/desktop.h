// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/serverconnection.h"
#include "sync/synccontroller.h"

#include <QObject>

#include <memory>

namespace dew::models {
class Workspace;
}

namespace dew::ui {

class MainWindow;
class Session;

// The desktop's composition: the open workspace, who works in it, its background sync and the
// main window. Switching between the demo and a server's workspace rebuilds all of them.
class Desktop : public QObject
{
    Q_OBJECT

public:
    explicit Desktop(qint64 demoScale, QObject *parent = nullptr);
    ~Desktop() override;

    // What a start opens: the last signed-in user's workspace once their password is checked
    // (offline too), otherwise the demo.
    bool start(QString *error);
    bool openDemo(QString *error);
    bool openFile(const QString &path, QString *error); // --workspace: as it is, no sync
    // After a sign-in: that user's workspace for that server, synced in the background.
    bool openConnected(const ServerConnection &connection, QString *error);

    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session.get(); }
    void setSyncTiming(models::sync::SyncController::Timing timing) { m_timing = timing; }

signals:
    void windowReplaced(dew::ui::MainWindow *window);

private:
    bool openSignedIn(std::unique_ptr<models::Workspace> workspace, const models::sync::SignedInUser &user,
                      std::shared_ptr<models::sync::KeychainTokenStore> tokens);
    // Replaces what is open; the old window goes first, the old workspace last.
    void present(std::unique_ptr<models::Workspace> workspace, std::unique_ptr<Session> session,
                 std::shared_ptr<models::sync::KeychainTokenStore> tokens,
                 std::unique_ptr<models::sync::SyncController> sync);
    void close();
    void switchTo(const ServerConnection &connection);
    void switchToDemo();
    void signOut();

    const qint64 m_demoScale;
    models::sync::SyncController::Timing m_timing;
    // Destroyed bottom-up: the window before the sync, the sync before the workspace.
    std::unique_ptr<models::Workspace> m_workspace;
    std::shared_ptr<models::sync::KeychainTokenStore> m_tokens;
    // The token store replaced last lives on until the next switch: a keychain write it started
    // runs a nested event loop, in which the switch itself may have been delivered.
    std::shared_ptr<models::sync::KeychainTokenStore> m_retiredTokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<models::sync::SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace dew::ui
