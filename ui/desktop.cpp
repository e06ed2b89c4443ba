// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop.h"

#include "dialogs/unlockdialog.h"
#include "mainwindow.h"
#include "seed/democity.h"
#include "session.h"
#include "startup.h"
#include "store/workspace.h"
#include "support/settings.h"

#include <QFile>
#include <QMessageBox>

namespace dew::ui {

using models::Settings;
using models::sync::OfflineLogin;

Desktop::Desktop(qint64 demoScale, QObject *parent) : QObject(parent), m_demoScale(demoScale) {}

Desktop::~Desktop()
{
    close();
}

void Desktop::close()
{
    m_window.reset();
    m_sync.reset();
    m_session.reset();
    m_tokens.reset();
    m_retiredTokens.reset();
    m_workspace.reset();
}

bool Desktop::start(QString *error)
{
    const QUrl server(Settings::instance().value(Settings::Key::ServerUrl).toString());
    const QString login = Settings::instance().value(Settings::Key::ServerLogin).toString();
    const QString path = connectedWorkspacePath(server, login);
    if (server.isEmpty() || login.isEmpty() || !QFile::exists(path)) {
        return openDemo(error);
    }
    std::unique_ptr<models::Workspace> workspace = models::Workspace::open(path, error);
    const auto user = workspace ? OfflineLogin::user(*workspace) : std::nullopt;
    if (!user) {
        return openDemo(error);
    }
    UnlockDialog unlock(*workspace);
    if (unlock.exec() != QDialog::Accepted) {
        return openDemo(error);
    }
    auto tokens = std::make_shared<models::sync::KeychainTokenStore>(server, login);
    QString keychainError;
    if (!tokens->load(&keychainError)) {
        qWarning("keychain unavailable, signing in again will be needed: %s", qPrintable(keychainError));
    }
    return openSignedIn(std::move(workspace), *user, std::move(tokens));
}

bool Desktop::openDemo(QString *error)
{
    auto workspace = openStartupWorkspace(defaultDemoWorkspacePath(), true, m_demoScale, error);
    if (!workspace) {
        return false;
    }
    auto session = std::make_unique<Session>(*workspace, models::demoActors(*workspace));
    present(std::move(workspace), std::move(session), nullptr, nullptr);
    return true;
}

bool Desktop::openFile(const QString &path, QString *error)
{
    auto workspace = openStartupWorkspace(path, false, m_demoScale, error);
    if (!workspace) {
        return false;
    }
    const bool demo = workspace->meta(QStringLiteral("demo")) == QLatin1String("1");
    auto session =
        std::make_unique<Session>(*workspace, demo ? models::demoActors(*workspace) : QList<models::Actor>{});
    present(std::move(workspace), std::move(session), nullptr, nullptr);
    return true;
}

bool Desktop::openConnected(const ServerConnection &connection, QString *error)
{
    const models::sync::SignedInUser &user = connection.result.user;
    auto workspace = models::Workspace::open(connectedWorkspacePath(user.server, user.login), error);
    if (!workspace || !OfflineLogin::remember(*workspace, user, connection.result.verifier, error)) {
        return false;
    }
    return openSignedIn(std::move(workspace), user, connection.tokens);
}

bool Desktop::openSignedIn(std::unique_ptr<models::Workspace> workspace, const models::sync::SignedInUser &user,
                           std::shared_ptr<models::sync::KeychainTokenStore> tokens)
{
    auto session = std::make_unique<Session>(*workspace, user.actor);
    auto sync = std::make_unique<models::sync::SyncController>(*workspace, user.server, *tokens, m_timing);
    session->setSyncController(sync.get());
    present(std::move(workspace), std::move(session), std::move(tokens), std::move(sync));
    m_sync->start();
    return true;
}

void Desktop::present(std::unique_ptr<models::Workspace> workspace, std::unique_ptr<Session> session,
                      std::shared_ptr<models::sync::KeychainTokenStore> tokens,
                      std::unique_ptr<models::sync::SyncController> sync)
{
    const bool wasVisible = m_window && m_window->isVisible();
    // The new window shows before the old one goes, so the application never has no window.
    Desktop old(0);
    old.m_workspace = std::exchange(m_workspace, std::move(workspace));
    m_retiredTokens = std::exchange(m_tokens, std::move(tokens));
    old.m_session = std::exchange(m_session, std::move(session));
    old.m_sync = std::exchange(m_sync, std::move(sync));
    old.m_window = std::move(m_window);
    m_window = std::make_unique<MainWindow>(*m_session);
    connect(m_window.get(), &MainWindow::connectRequested, this, &Desktop::switchTo, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::demoRequested, this, &Desktop::switchToDemo, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Desktop::signOut);
    if (wasVisible) {
        m_window->show();
    }
    emit windowReplaced(m_window.get()); // old closes in its destructor, window first
}

void Desktop::switchTo(const ServerConnection &connection)
{
    QString error;
    if (!openConnected(connection, &error)) {
        QMessageBox::warning(m_window.get(), tr("Cannot open the workspace"), error);
    }
}

void Desktop::signOut()
{
    if (!m_sync || m_sync->isSigningOut()) {
        return;
    }
    connect(m_sync.get(), &models::sync::SyncController::signedOut, this, &Desktop::switchToDemo, Qt::QueuedConnection);
    m_sync->signOut();
}

void Desktop::switchToDemo()
{
    Settings::instance().setValue(Settings::Key::ServerLogin, QString());
    QString error;
    if (!openDemo(&error)) {
        QMessageBox::warning(m_window.get(), tr("Cannot open the demo"), error);
    }
}

} // namespace dew::ui
