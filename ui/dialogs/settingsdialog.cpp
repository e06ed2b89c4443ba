// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "serverpage.h"
#include "support/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dew::ui {

using models::Settings;

SettingsDialog::SettingsDialog(const QString &signedInAs, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_language(new QComboBox(this)), m_idleLock(new QSpinBox(this)),
      m_serverPage(new ServerPage(signedInAs, this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::instance().language())));
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(0, 24 * 60);
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(Settings::instance().value(Settings::Key::IdleLockMinutes).toInt());

    auto *general = new QWidget(this);
    auto *note = new QLabel(tr("A new language takes effect when dew starts again."), general);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Lock when idle for"), m_idleLock);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(note);
    generalLayout->addStretch(1);
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(m_serverPage, tr("Server"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serverPage, &ServerPage::signedIn, this, [this] {
        m_connection = m_serverPage->connection();
        accept();
    });
    connect(m_serverPage, &ServerPage::demoRequested, this, [this] {
        m_demoRequested = true;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(520, 380);
}

void SettingsDialog::showServerPage()
{
    m_tabs->setCurrentWidget(m_serverPage);
}

void SettingsDialog::accept()
{
    if (m_serverPage->isBusy()) {
        return; // the sign-in finishes first
    }
    Settings::instance().setValue(Settings::Key::Language, m_language->currentData());
    Settings::instance().setValue(Settings::Key::IdleLockMinutes, m_idleLock->value());
    QDialog::accept();
}

} // namespace dew::ui
