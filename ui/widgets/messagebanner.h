// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace dew::ui {

// An inline message above a form: what went wrong, or what just happened. Never a pop-up.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBanner(QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace dew::ui
