// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/serverconnection.h"
#include "domain/schema.h"

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace dew::ui {

class IdleWatcher;
class LockScreen;
class RecordPage;
class ReviewsPage;
class SyncPage;
class Session;
class SyncStatusWidget;

// The workstation's main window: module navigation on the left, one page per module, the
// current user (switchable in a demo workspace) and the workspace's state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<RecordPage *> pages() const { return m_pages; }
    RecordPage *currentPage() const;
    void showPage(int index);
    QUndoStack *undoStack() const { return m_undoStack; }
    Session &session() const { return m_session; }
    QAction *syncNowAction() const { return m_syncNow; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    SyncPage *syncPage() const { return m_syncPage; } // null in a demo workspace
    ReviewsPage *reviewsPage() const { return m_reviewsPage; }
    // Shows the record on its module's page.
    void openRecord(models::Entity entity, const QString &recordId);
    // Hides every record behind the signed-in user's password (a demo workspace has none).
    void lock();
    bool isLocked() const;
    IdleWatcher *idleWatcher() const { return m_idle; }
    // The Settings dialog, on its server page when asked; a sign-in there ends in connectRequested.
    void openSettings(bool serverPage = false);

signals:
    void connectRequested(const dew::ui::ServerConnection &connection);
    void demoRequested();
    void signOutRequested();

private:
    void buildMenus();
    void buildStatusBar();
    void showReviewsDue(int count);
    void updateStatus();
    void connectSync();
    void setUpIdleLock(QWidget *content);
    void unlock();

    Session &m_session;
    QUndoStack *m_undoStack;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<RecordPage *> m_pages;
    QComboBox *m_userSwitcher = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_syncNow = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    SyncPage *m_syncPage = nullptr;
    ReviewsPage *m_reviewsPage = nullptr;
    QLabel *m_reviewsDue = nullptr;
    QStackedWidget *m_lockStack = nullptr;
    LockScreen *m_lockScreen = nullptr;
    IdleWatcher *m_idle = nullptr;
    QList<QWidget *> m_hiddenByLock;
    bool m_askMassDelete = true; // asked once; again only after "Sync now"
};

} // namespace dew::ui
