// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace dew::ui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::show(Kind kind, const QString &text)
{
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("dew--ui--MessageBanner { background: #fdecea; color: #8a1c12; }")
                      : QStringLiteral("dew--ui--MessageBanner { background: #e8f4fd; color: #0b4f80; }"));
    m_label->setText(text);
    QFrame::show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace dew::ui
