// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "conflictresolver.h"
#include "store/outbox.h"
#include "store/workspace.h"
#include "syncissues.h"

namespace dew::models::sync {
namespace {

SyncStatus::Connection connectionOf(SyncAttempt::Reach reach)
{
    switch (reach) {
    case SyncAttempt::Reach::Online:
        return SyncStatus::Connection::Online;
    case SyncAttempt::Reach::Offline:
        return SyncStatus::Connection::Offline;
    case SyncAttempt::Reach::SignInNeeded:
        return SyncStatus::Connection::SignInNeeded;
    case SyncAttempt::Reach::Refused:
        break;
    }
    return SyncStatus::Connection::Refused;
}

} // namespace

SyncController::SyncController(const Workspace &local, const QUrl &server, TokenStore &tokens, Timing timing,
                               QObject *parent)
    : QObject(parent), m_local(local), m_schedule(timing.intervalMs, timing.capMs),
      m_worker(new SyncWorker(local.path(), server, tokens))
{
    m_thread.setObjectName(QStringLiteral("dew-sync"));
    m_worker->moveToThread(&m_thread);
    // The worker's workspace connection belongs to its thread: it is closed there as it ends.
    connect(&m_thread, &QThread::finished, m_worker, &SyncWorker::shutDown, Qt::DirectConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::finish);
    connect(m_worker, &SyncWorker::historyFetched, this, &SyncController::historyFetched);
    connect(m_worker, &SyncWorker::signedOut, this, &SyncController::signedOut);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    m_thread.start();
    refreshCounts();
}

SyncController::~SyncController()
{
    m_timer.stop();
    m_thread.quit(); // also ends a request in flight: the next sync repeats what did not finish
    m_thread.wait();
    delete m_worker;
}

void SyncController::start()
{
    syncNow();
}

void SyncController::syncNow(bool allowMassDelete)
{
    if (m_signingOut) {
        return;
    }
    if (m_running) {
        m_queued = true;
        m_queuedAllowMassDelete = m_queuedAllowMassDelete || allowMassDelete;
        return;
    }
    m_timer.stop();
    m_running = true;
    m_status.syncing = true;
    emit statusChanged();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, allowMassDelete] { worker->run(allowMassDelete); });
}

void SyncController::signOut()
{
    m_signingOut = true;
    m_timer.stop();
    m_queued = false;
    // Queued behind a sync in flight, so the sync ends before the session does.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->signOut(); });
}

void SyncController::requestHistory(const QString &table, const QString &recordId)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, table, recordId] { worker->fetchHistory(table, recordId); });
}

void SyncController::refreshCounts()
{
    m_status.pending = Outbox(m_local.database()).pendingCount();
    m_status.openConflicts = openConflictCount(m_local);
    m_status.refused = syncIssueCount(m_local);
    m_status.filesNotTransferred = fileIssues(m_local).size();
    m_status.lastSuccess = QDateTime::fromString(m_local.meta(QStringLiteral("sync.last_success")), Qt::ISODateWithMs);
    emit statusChanged();
}

void SyncController::finish(const SyncAttempt &attempt)
{
    m_running = false;
    m_status.syncing = false;
    m_status.connection = connectionOf(attempt.reach);
    m_status.lastError = attempt.error;
    const bool ok = attempt.ran && attempt.report.ok;
    if (ok) {
        m_schedule.recordSuccess();
    } else if (!attempt.report.massDeleteBlocked) {
        m_schedule.recordFailure();
    }
    refreshCounts();
    if (attempt.ran) {
        emit synced(attempt.report);
    }
    if (attempt.report.massDeleteBlocked) {
        emit massDeleteBlocked(attempt.report.massDeleteTable, attempt.report.massDeleteCount);
    }
    if (attempt.reach == SyncAttempt::Reach::Refused || m_signingOut) {
        return; // nothing a retry could change, or no one to sync for
    }
    if (m_queued) {
        m_queued = false;
        syncNow(std::exchange(m_queuedAllowMassDelete, false));
        return;
    }
    m_timer.start(m_schedule.nextDelayMs());
}

} // namespace dew::models::sync
