// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace dew::ui {

// Tells when the user has not touched the keyboard or the mouse for a while (DESIGN.md §5: an
// idle desktop locks). Watches every input event of the application.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds); // 0: never idle
    int timeout() const { return m_timeoutMs; }
    void restart();
    void stop() { m_timer.stop(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
};

} // namespace dew::ui
