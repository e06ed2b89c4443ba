// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconnection.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace dew::ui {

class ServerPage;

// The user's preferences: the language, the idle lock, and the server to sign in to.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // signedInAs: who the open workspace belongs to, empty in a demo workspace.
    explicit SettingsDialog(const QString &signedInAs = {}, QWidget *parent = nullptr);

    void accept() override;
    void showServerPage();
    ServerPage *serverPage() const { return m_serverPage; }
    // After exec(): a sign-in that completed, or a wish to go back to the demo.
    std::optional<ServerConnection> connection() const { return m_connection; }
    bool demoRequested() const { return m_demoRequested; }

private:
    QTabWidget *m_tabs;
    QComboBox *m_language;
    QSpinBox *m_idleLock;
    ServerPage *m_serverPage;
    std::optional<ServerConnection> m_connection;
    bool m_demoRequested = false;
};

} // namespace dew::ui
