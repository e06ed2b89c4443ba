// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace dew::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(0, milliseconds);
    restart();
}

void IdleWatcher::restart()
{
    if (m_timeoutMs > 0) {
        m_timer.start(m_timeoutMs);
    } else {
        m_timer.stop();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        if (m_timer.isActive()) {
            m_timer.start(m_timeoutMs); // one event is enough; the same input reaches many objects
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dew::ui
