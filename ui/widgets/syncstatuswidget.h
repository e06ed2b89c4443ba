// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace dew::models::sync {
struct SyncStatus;
}

namespace dew::ui {

// The sync part of the status bar: connection, pending changes, open conflicts, last sync.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void show(const models::sync::SyncStatus &status);
    QString connectionText() const;
    QString pendingText() const;
    QString conflictsText() const;
    QString lastSyncText() const;
    QString refusedText() const;
    QString filesText() const;

signals:
    void conflictsClicked();
    void refusedClicked();
    void filesClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_conflicts;
    QLabel *m_lastSync;
    QLabel *m_refused;
    QLabel *m_files;
};

} // namespace dew::ui
