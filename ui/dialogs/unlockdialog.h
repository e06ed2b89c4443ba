// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// Asks the password of the user a connected workspace belongs to, checked against the verifier
// the workspace keeps (it works offline). Used when dew starts.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(const models::Workspace &workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    const models::Workspace &m_workspace;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace dew::ui
