// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "domain/clock.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace dew::models::sync {

SyncWorker::SyncWorker(QString workspacePath, QUrl server, TokenStore &tokens)
    : m_workspacePath(std::move(workspacePath)), m_server(std::move(server)), m_tokens(tokens)
{
}

SyncWorker::~SyncWorker() = default;

bool SyncWorker::prepare(QString *error)
{
    if (m_client) {
        return true;
    }
    m_workspace = Workspace::open(m_workspacePath, error);
    if (!m_workspace) {
        return false;
    }
    if (m_workspace->meta(QStringLiteral("demo")) == QLatin1String("1")) {
        *error = QCoreApplication::translate("dew::models::sync::SyncController",
                                             "A demo workspace is never synced with a server.");
        m_workspace.reset();
        return false;
    }
    m_http = std::make_unique<HttpClient>(m_server);
    m_session = std::make_unique<SyncSession>(*m_http, m_tokens);
    m_client = std::make_unique<SyncClient>(*m_workspace, *m_session);
    return true;
}

void SyncWorker::run(bool allowMassDelete)
{
    SyncAttempt attempt;
    if (!prepare(&attempt.error)) {
        attempt.reach = SyncAttempt::Reach::Refused;
        emit finished(attempt);
        return;
    }
    // A cheap question first tells offline, signed out and online apart for the status bar.
    const HttpReply status = m_session->get(QStringLiteral("/v1/status"));
    if (status.status == 0) {
        attempt.reach = SyncAttempt::Reach::Offline;
        attempt.error = status.message();
    } else if (status.status == 401) {
        attempt.reach = SyncAttempt::Reach::SignInNeeded;
        attempt.error = status.message();
    } else {
        attempt.reach = SyncAttempt::Reach::Online;
        SyncOptions options;
        options.allowMassDelete = allowMassDelete;
        attempt.report = m_client->sync(options);
        attempt.ran = true;
        attempt.error = attempt.report.error;
        if (attempt.report.ok) {
            m_workspace->setMeta(QStringLiteral("sync.last_success"), Clock::nowIso());
        }
    }
    emit finished(attempt);
}

void SyncWorker::fetchHistory(const QString &table, const QString &recordId)
{
    QString error;
    if (!prepare(&error)) {
        emit historyFetched(table, recordId, {}, error);
        return;
    }
    const HttpReply reply = m_session->get(
        QStringLiteral("/v1/history"), QUrlQuery{{QStringLiteral("table"), table}, {QStringLiteral("id"), recordId}});
    emit historyFetched(table, recordId, reply.json.value(QLatin1String("versions")).toArray(),
                        reply.ok() ? QString() : reply.message());
}

void SyncWorker::signOut()
{
    QString error;
    if (prepare(&error)) {
        m_session->logout();
    } else {
        m_tokens.setRefreshToken({});
    }
    emit signedOut();
}

void SyncWorker::shutDown()
{
    m_client.reset();
    m_session.reset();
    m_http.reset();
    m_workspace.reset();
}

} // namespace dew::models::sync
