// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include "sync/synccontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace dew::ui {

using models::sync::SyncStatus;

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent), m_connection(new QLabel(this)), m_pending(new QLabel(this)), m_conflicts(new QLabel(this)),
      m_lastSync(new QLabel(this)), m_refused(new QLabel(this)), m_files(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    m_refused->setObjectName(QStringLiteral("syncRefused"));
    m_files->setObjectName(QStringLiteral("syncFiles"));
    for (QLabel *clickable : {m_conflicts, m_refused, m_files}) {
        clickable->setCursor(Qt::PointingHandCursor);
        clickable->installEventFilter(this);
    }
    m_conflicts->setToolTip(tr("Show the open conflicts"));
    m_refused->setToolTip(tr("Show the changes the server refused"));
    m_files->setToolTip(tr("Show the material files that did not travel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (QLabel *label : {m_connection, m_pending, m_conflicts, m_refused, m_files, m_lastSync}) {
        layout->addWidget(label);
    }
}

void SyncStatusWidget::show(const SyncStatus &status)
{
    QString connection;
    switch (status.connection) {
    case SyncStatus::Connection::Unknown:
        connection = tr("Connecting…");
        break;
    case SyncStatus::Connection::Online:
        connection = tr("Online");
        break;
    case SyncStatus::Connection::Offline:
        connection = tr("Offline");
        break;
    case SyncStatus::Connection::SignInNeeded:
        connection = tr("Sign-in needed");
        break;
    case SyncStatus::Connection::Refused:
        connection = tr("Not synced");
        break;
    }
    if (status.syncing) {
        connection = tr("Syncing…");
    }
    m_connection->setText(connection);
    m_connection->setToolTip(status.lastError);
    const int pending = int(status.pending);
    m_pending->setText(tr("%Ln pending change(s)", nullptr, pending));
    const int conflicts = int(status.openConflicts);
    m_conflicts->setText(tr("%Ln open conflict(s)", nullptr, conflicts));
    m_conflicts->setStyleSheet(conflicts > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    const int refused = int(status.refused);
    m_refused->setText(tr("%Ln refused change(s)", nullptr, refused));
    m_refused->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_refused->setVisible(refused > 0);
    const int files = int(status.filesNotTransferred);
    m_files->setText(tr("%Ln file(s) not transferred", nullptr, files));
    m_files->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_files->setVisible(files > 0);
    m_lastSync->setText(
        status.lastSuccess.isValid()
            ? tr("Last sync: %1").arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
}

QString SyncStatusWidget::connectionText() const
{
    return m_connection->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

QString SyncStatusWidget::conflictsText() const
{
    return m_conflicts->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

QString SyncStatusWidget::refusedText() const
{
    return m_refused->isVisibleTo(this) ? m_refused->text() : QString();
}

QString SyncStatusWidget::filesText() const
{
    return m_files->isVisibleTo(this) ? m_files->text() : QString();
}

bool SyncStatusWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (watched == m_conflicts) {
            emit conflictsClicked();
        } else if (watched == m_refused) {
            emit refusedClicked();
        } else if (watched == m_files) {
            emit filesClicked();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dew::ui
