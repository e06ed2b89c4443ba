// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpage.h"

#include "support/settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace dew::ui {

using models::Settings;
using models::sync::SignInResult;

ServerPage::ServerPage(const QString &signedInAs, QWidget *parent)
    : QWidget(parent), m_server(new QLineEdit(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_signIn(new QPushButton(tr("Sign in"), this)),
      m_demo(new QPushButton(tr("Work in the demo workspace, without a server"), this)), m_status(new QLabel(this))
{
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_login->setObjectName(QStringLiteral("serverLogin"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_demo->setObjectName(QStringLiteral("useDemo"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_server->setPlaceholderText(QStringLiteral("https://dew.example.gov.cn"));
    m_server->setText(Settings::instance().value(Settings::Key::ServerUrl).toString());
    m_login->setText(Settings::instance().value(Settings::Key::ServerLogin).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setWordWrap(true);
    m_signIn->setDefault(true);

    auto *current = new QLabel(
        signedInAs.isEmpty()
            ? tr("You are working in the demo workspace. Signing in opens a separate workspace "
                 "for that server and user; the demo data is never sent to a server.")
            : tr("Signed in as %1. Signing in as another user opens that user's own workspace.").arg(signedInAs),
        this);
    current->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address"), m_server);
    form->addRow(tr("User name"), m_login);
    form->addRow(tr("Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_demo, 0, Qt::AlignLeft);
    m_demo->setVisible(!signedInAs.isEmpty());

    connect(m_signIn, &QPushButton::clicked, this, &ServerPage::startSignIn);
    connect(m_password, &QLineEdit::returnPressed, this, &ServerPage::startSignIn);
    connect(m_demo, &QPushButton::clicked, this, &ServerPage::demoRequested);
}

ServerPage::~ServerPage()
{
    if (m_thread) {
        m_thread->wait(); // bounded by the sign-in's own timeout
        delete m_thread;
    }
}

void ServerPage::showProblem(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_status->setText(text);
}

void ServerPage::startSignIn()
{
    if (m_thread) {
        return;
    }
    QString address = m_server->text().trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1String("://"))) {
        address.prepend(QLatin1String("https://"));
    }
    const QUrl server(address);
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (address.isEmpty() || login.isEmpty() || password.isEmpty()) {
        showProblem(tr("Enter the server address, your user name and your password."));
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Signing in to %1…").arg(server.toString()));
    for (QWidget *widget : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_login),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_signIn)}) {
        widget->setEnabled(false);
    }
    auto tokens = std::make_shared<models::sync::KeychainTokenStore>(server, login);
    QString keychainError;
    tokens->load(&keychainError); // a later write tells whether the keychain works
    m_connection = {{}, tokens};
    m_thread = QThread::create([this, server, login, password, tokens] {
        const SignInResult result = models::sync::signIn(server, login, password, *tokens);
        QMetaObject::invokeMethod(this, [this, result] { finishSignIn(result); });
    });
    m_thread->start();
}

void ServerPage::finishSignIn(const SignInResult &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    for (QWidget *widget : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_login),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_signIn)}) {
        widget->setEnabled(true);
    }
    m_password->clear();
    if (!result.ok()) {
        m_connection = {};
        showProblem(result.message);
        m_password->setFocus();
        return;
    }
    m_connection.result = result;
    m_status->setText(tr("Signed in as %1.").arg(result.user.actor.displayName));
    Settings::instance().setValue(Settings::Key::ServerUrl, result.user.server.toString());
    Settings::instance().setValue(Settings::Key::ServerLogin, result.user.login);
    emit signedIn();
}

} // namespace dew::ui
