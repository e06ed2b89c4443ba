// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncsession.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

namespace QKeychain {
class ReadPasswordJob;
}

namespace dew::models::sync {

// The refresh token in the OS keychain through QtKeychain (DESIGN.md §5): service "dew", one
// entry per server and login. QtKeychain's job queue is not thread-safe, so every job runs in
// the thread that owns this object; the sync worker reads and writes a cached copy, and its
// writes reach the keychain through that thread's event loop (latest value wins).
class KeychainTokenStore final : public QObject, public TokenStore
{
    Q_OBJECT

public:
    KeychainTokenStore(const QUrl &server, const QString &login, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    static QString service() { return QStringLiteral("dew"); }
    static QString entryKey(const QUrl &server, const QString &login);

    // Reads the stored token into the cache. False with *error when the keychain cannot be
    // reached; a missing entry is no error (the token is then empty).
    bool load(QString *error);
    // The last keychain failure, empty when the last job succeeded.
    QString lastError() const;

    QString refreshToken() const override;
    void setRefreshToken(const QString &token) override;

    // Writes a pending token now (owner thread only); called before the program ends.
    void flush();

private:
    bool take(const QKeychain::ReadPasswordJob &job, QString *error);
    bool write(const QString &token, QString *error);
    bool remove(QString *error);

    const QString m_key;
    mutable QMutex m_mutex;
    QString m_token;
    bool m_dirty = false;
    QString m_lastError;
};

} // namespace dew::models::sync
