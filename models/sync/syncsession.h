// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace dew::models::sync {

// Where the refresh token lives: the OS keychain on a desktop (never QSettings or the
// database), memory in unit tests.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    virtual QString refreshToken() const = 0;
    virtual void setRefreshToken(const QString &token) = 0;
};

class MemoryTokenStore final : public TokenStore
{
public:
    QString refreshToken() const override { return m_token; }
    void setRefreshToken(const QString &token) override { m_token = token; }

private:
    QString m_token;
};

// A logged-in conversation with dew-server: keeps the access token in memory, refreshes it when
// the server says it expired and replays the request once.
class SyncSession
{
public:
    SyncSession(HttpClient &http, TokenStore &tokens) : m_http(http), m_tokens(tokens) {}

    // On failure *reply (when given) holds the server's answer, for a precise message.
    bool login(const QString &login, const QString &password, QString *error, HttpReply *reply = nullptr);
    void logout();
    bool hasCredentials() const { return !m_access.isEmpty() || !m_tokens.refreshToken().isEmpty(); }
    const QJsonObject &user() const { return m_user; }

    HttpReply get(const QString &path, const QUrlQuery &query = {});
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply getBytes(const QString &path);
    HttpReply putBytes(const QString &path, const QByteArray &body);

private:
    // Sends with the access token; when the server says it expired, refreshes and sends once more.
    HttpReply authorised(const std::function<HttpReply(const QString &token)> &request);
    bool refresh();
    void take(const QJsonObject &tokens);

    HttpClient &m_http;
    TokenStore &m_tokens;
    QString m_access;
    QJsonObject m_user;
};

} // namespace dew::models::sync
