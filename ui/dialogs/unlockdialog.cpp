// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unlockdialog.h"

#include "sync/offlinelogin.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dew::ui {

UnlockDialog::UnlockDialog(const models::Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_password(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Sign in"));
    const auto user = models::sync::OfflineLogin::user(workspace);
    auto *intro = new QLabel(tr("Enter the password of %1 (%2) for %3. This works offline too.")
                                 .arg(user ? user->actor.displayName : QString(), user ? user->login : QString(),
                                      user ? user->server.toString() : QString()),
                             this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Open the demo instead"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_password);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void UnlockDialog::accept()
{
    if (!models::sync::OfflineLogin::check(m_workspace, m_password->text())) {
        m_problem->setText(tr("Wrong password."));
        m_password->selectAll();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

} // namespace dew::ui
