// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dew::ui {

LockScreen::LockScreen(const QString &userName, std::function<bool(const QString &)> check, QWidget *parent)
    : QWidget(parent), m_check(std::move(check)), m_password(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(tr("dew is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("It was idle for a while. Enter the password of %1 to go on.").arg(userName), this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_problem->setObjectName(QStringLiteral("lockProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlock"));
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);

    auto *box = new QWidget(this);
    box->setFixedWidth(420); // a fixed width lets the wrapped text take the height it needs
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(intro);
    boxLayout->addWidget(m_password);
    boxLayout->addWidget(m_problem);
    boxLayout->addWidget(unlock, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void LockScreen::prepare()
{
    m_password->clear();
    m_problem->clear();
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    const QString password = m_password->text();
    m_password->clear();
    if (!m_check(password)) {
        m_problem->setText(tr("Wrong password."));
        return;
    }
    m_problem->clear();
    emit unlocked();
}

} // namespace dew::ui
