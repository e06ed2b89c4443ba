// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncclient.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <memory>

namespace dew::models::sync {

// What one background attempt found.
struct SyncAttempt
{
    enum class Reach { Online, Offline, SignInNeeded, Refused };
    Reach reach = Reach::Offline;
    bool ran = false; // the sync itself ran; its outcome is in report
    SyncReport report;
    QString error;
};

// Runs syncs in the controller's worker thread with its own connection to the workspace file,
// its own HTTP client and session; everything it owns is made and destroyed in that thread.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString workspacePath, QUrl server, TokenStore &tokens);
    ~SyncWorker() override;

    void run(bool allowMassDelete);
    // Reads a record's stored versions from the server (see dew-server's /v1/history).
    void fetchHistory(const QString &table, const QString &recordId);
    // Ends the session on the server when it can be reached and forgets the refresh token either way.
    void signOut();
    void shutDown(); // in the worker thread, as it ends

signals:
    void finished(const dew::models::sync::SyncAttempt &attempt);
    void signedOut();
    void historyFetched(const QString &table, const QString &recordId, const QJsonArray &versions,
                        const QString &error);

private:
    bool prepare(QString *error);

    const QString m_workspacePath;
    const QUrl m_server;
    TokenStore &m_tokens;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<SyncClient> m_client;
};

} // namespace dew::models::sync

Q_DECLARE_METATYPE(dew::models::sync::SyncAttempt)
