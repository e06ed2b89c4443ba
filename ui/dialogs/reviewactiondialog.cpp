// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewactiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dew::ui {

ReviewActionDialog::ReviewActionDialog(const models::ApplicationFacts &facts, models::ApplicationAction action,
                                       const models::Actor &actor, const models::ApplicationRules &rules,
                                       QWidget *parent)
    : QDialog(parent), m_facts(facts), m_action(action), m_actor(actor), m_rules(rules),
      m_opinion(new QPlainTextEdit(this)), m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewActionDialog"));
    setWindowTitle(models::applicationActionLabel(action));
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(tr("%1: the application moves from \"%2\".")
                       .arg(models::applicationActionLabel(action), models::applicationStateLabel(facts.state)),
                   this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *opinionLabel = new QLabel(tr("&Opinion:"), this);
    opinionLabel->setBuddy(m_opinion);
    layout->addWidget(opinionLabel);
    m_opinion->setObjectName(QStringLiteral("opinion"));
    m_opinion->setPlaceholderText(tr("The reasons, as they will stand in the review record and the decision letter"));
    layout->addWidget(m_opinion, 1);
    if (action == models::ApplicationAction::PassQualification &&
        facts.credit == models::CreditStanding::NotAvailable) {
        m_override = new QCheckBox(tr("The credit check could not be made: pass qualification on my judgement, "
                                      "as my opinion explains"),
                                   this);
        m_override->setObjectName(QStringLiteral("creditOverride"));
        layout->addWidget(m_override);
        connect(m_override, &QCheckBox::toggled, this, &ReviewActionDialog::check);
    }
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_refusal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(models::applicationActionLabel(action));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &ReviewActionDialog::check);
    resize(520, 340);
    check();
}

models::TransitionRequest ReviewActionDialog::request() const
{
    return {m_action, m_opinion->toPlainText().trimmed(), m_override && m_override->isChecked()};
}

QString ReviewActionDialog::refusal() const
{
    return m_refusal->text();
}

void ReviewActionDialog::check()
{
    const models::TransitionResult result = models::checkTransition(m_facts, request(), m_actor, m_rules);
    m_ok->setEnabled(result.allowed);
    m_refusal->setText(result.allowed ? QString() : result.reason);
}

} // namespace dew::ui
