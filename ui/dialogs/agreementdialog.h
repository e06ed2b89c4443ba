// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/record.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// Records the operation agreement (授权运营协议) of an approved application: its number, when it
// was signed, the term (at most three years) and the fee. What the store refuses is shown in the
// dialog, which stays open so that nothing typed is lost.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    AgreementDialog(models::Workspace &workspace, const models::Actor &actor, const models::Record &application,
                    QWidget *parent = nullptr);

    QLineEdit *numberEdit() const { return m_number; }
    QString savedId() const { return m_savedId; }
    QString error() const;

    void accept() override; // saves; stays open with the reason when refused

private:
    models::Workspace &m_workspace;
    const models::Actor m_actor;
    const QString m_applicationId;
    QLineEdit *m_number;
    QDateEdit *m_signedOn;
    QDateEdit *m_termStart;
    QDateEdit *m_termEnd;
    QSpinBox *m_fee;
    QPlainTextEdit *m_scope;
    QLabel *m_error;
    QString m_savedId;
};

} // namespace dew::ui
