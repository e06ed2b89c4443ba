// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoffschedule.h"
#include "syncworker.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

// What the status bar shows about sync.
struct SyncStatus
{
    enum class Connection { Unknown, Online, Offline, SignInNeeded, Refused };
    Connection connection = Connection::Unknown;
    bool syncing = false;
    qint64 pending = 0;             // outbox entries not yet answered by the server
    qint64 openConflicts = 0;       // rows of sync_conflict
    qint64 refused = 0;             // rows of sync_issue: changes the server refused, kept for a person to read
    qint64 filesNotTransferred = 0; // material files that did not travel (fileIssues)
    QDateTime lastSuccess;          // UTC; invalid before the first successful sync
    QString lastError;
};

// Keeps a connected workspace in sync in the background (DESIGN.md §5): a worker thread with
// its own connection to the same file runs SyncClient, so the UI thread never waits on the
// network. Syncs on a timer with backoff after failures, and on demand.
class SyncController : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int intervalMs = 60'000;
        int capMs = 15 * 60'000;
    };

    // local: the UI thread's workspace, read for the counts; tokens must outlive the controller.
    SyncController(const Workspace &local, const QUrl &server, TokenStore &tokens, Timing timing,
                   QObject *parent = nullptr);
    ~SyncController() override;

    void start();                               // the first sync now, then on the timer
    void syncNow(bool allowMassDelete = false); // queued behind a running sync
    void refreshCounts();                       // after a local edit
    // Asks the server for a record's history in the worker thread; historyFetched answers.
    void requestHistory(const QString &table, const QString &recordId);
    // Stops syncing, ends the session on the server (when reachable) and forgets the refresh
    // token; signedOut follows. The workspace and its pending changes stay for the next sign-in.
    void signOut();
    bool isSigningOut() const { return m_signingOut; }

    const SyncStatus &status() const { return m_status; }
    const BackoffSchedule &schedule() const { return m_schedule; }
    bool isTimerActive() const { return m_timer.isActive(); }
    int timerRemainingMs() const { return m_timer.remainingTime(); }

signals:
    void statusChanged();
    // After every sync that ran: pages read their rows again.
    void synced(const dew::models::sync::SyncReport &report);
    // The sync stopped before deleting many rows; syncNow(true) goes on once the user agrees.
    void massDeleteBlocked(const QString &table, int count);
    // versions as the server stores them (see historyFromVersions); error empty on success.
    void signedOut();
    void historyFetched(const QString &table, const QString &recordId, const QJsonArray &versions,
                        const QString &error);

private:
    void finish(const SyncAttempt &attempt);

    const Workspace &m_local;
    BackoffSchedule m_schedule;
    QThread m_thread;
    SyncWorker *m_worker;
    QTimer m_timer;
    SyncStatus m_status;
    bool m_running = false;
    bool m_queued = false;
    bool m_signingOut = false;
    bool m_queuedAllowMassDelete = false;
};

} // namespace dew::models::sync
