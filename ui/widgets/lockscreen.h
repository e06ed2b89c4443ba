// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace dew::ui {

// What a locked window shows instead of its data: who it belongs to and a password field.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    // check: whether a password is the user's (the offline verifier).
    LockScreen(const QString &userName, std::function<bool(const QString &)> check, QWidget *parent = nullptr);

    void prepare(); // clears the field and takes the focus

signals:
    void unlocked();

private:
    void tryUnlock();

    std::function<bool(const QString &)> m_check;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace dew::ui
