// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconnection.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace dew::ui {

// The Settings page for the server: its address and a sign-in, or the demo without a server.
// Signing in runs off the UI thread; on success the app opens the workspace of that server and
// user (a demo workspace is never connected).
class ServerPage : public QWidget
{
    Q_OBJECT

public:
    // signedInAs: who the open workspace belongs to, empty in a demo workspace.
    ServerPage(const QString &signedInAs, QWidget *parent = nullptr);
    ~ServerPage() override;

    const ServerConnection &connection() const { return m_connection; }
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void signedIn();
    void demoRequested();

private:
    void startSignIn();
    void finishSignIn(const models::sync::SignInResult &result);
    void showProblem(const QString &text);

    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    QLabel *m_status;
    QThread *m_thread = nullptr;
    ServerConnection m_connection;
};

} // namespace dew::ui
