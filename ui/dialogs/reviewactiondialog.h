// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "workflow/applicationworkflow.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dew::ui {

// Asks for what an action on an application needs before it is taken: the opinion (required to
// reject or return) and, when the credit check could not be made, the explicit override. OK is
// enabled only when the workflow would allow the action as filled in, and says why not.
class ReviewActionDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewActionDialog(const models::ApplicationFacts &facts, models::ApplicationAction action,
                       const models::Actor &actor, const models::ApplicationRules &rules, QWidget *parent = nullptr);

    models::TransitionRequest request() const;
    QPlainTextEdit *opinionEdit() const { return m_opinion; }
    QCheckBox *overrideBox() const { return m_override; } // null unless the credit check is open
    QPushButton *okButton() const { return m_ok; }
    QString refusal() const; // why OK is disabled; empty when it is not

private:
    void check();

    const models::ApplicationFacts m_facts;
    const models::ApplicationAction m_action;
    const models::Actor m_actor;
    const models::ApplicationRules m_rules;
    QPlainTextEdit *m_opinion;
    QCheckBox *m_override = nullptr;
    QLabel *m_refusal;
    QPushButton *m_ok;
};

} // namespace dew::ui
