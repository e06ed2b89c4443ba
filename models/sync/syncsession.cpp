// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsession.h"

namespace dew::models::sync {

bool SyncSession::login(const QString &login, const QString &password, QString *error, HttpReply *answer)
{
    const HttpReply reply = m_http.post(QStringLiteral("/v1/login"),
                                        {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}, {});
    if (answer) {
        *answer = reply;
    }
    if (!reply.ok()) {
        if (error) {
            *error = reply.message();
        }
        return false;
    }
    take(reply.json);
    return true;
}

void SyncSession::logout()
{
    if (m_access.isEmpty()) {
        refresh(); // the server can end the session only when told through a live token
    }
    if (!m_access.isEmpty()) {
        m_http.post(QStringLiteral("/v1/logout"), {}, m_access);
    }
    m_access.clear();
    m_tokens.setRefreshToken({});
}

void SyncSession::take(const QJsonObject &tokens)
{
    m_access = tokens.value(QLatin1String("access_token")).toString();
    m_tokens.setRefreshToken(tokens.value(QLatin1String("refresh_token")).toString());
    m_user = tokens.value(QLatin1String("user")).toObject();
}

bool SyncSession::refresh()
{
    const QString token = m_tokens.refreshToken();
    if (token.isEmpty()) {
        return false;
    }
    const HttpReply reply = m_http.post(QStringLiteral("/v1/refresh"), {{QStringLiteral("refresh_token"), token}}, {});
    if (reply.status == 401) {
        m_tokens.setRefreshToken({}); // used, expired or revoked: only a new login helps
    }
    if (!reply.ok()) {
        return false;
    }
    take(reply.json);
    return true;
}

HttpReply SyncSession::authorised(const std::function<HttpReply(const QString &token)> &request)
{
    if (m_access.isEmpty()) {
        refresh();
    }
    HttpReply reply = request(m_access);
    if (reply.status == 401 && refresh()) {
        reply = request(m_access);
    }
    return reply;
}

HttpReply SyncSession::get(const QString &path, const QUrlQuery &query)
{
    return authorised([&](const QString &token) { return m_http.get(path, query, token); });
}

HttpReply SyncSession::post(const QString &path, const QJsonObject &body)
{
    return authorised([&](const QString &token) { return m_http.post(path, body, token); });
}

HttpReply SyncSession::getBytes(const QString &path)
{
    return authorised([&](const QString &token) { return m_http.getBytes(path, token); });
}

HttpReply SyncSession::putBytes(const QString &path, const QByteArray &body)
{
    return authorised([&](const QString &token) { return m_http.putBytes(path, body, token); });
}

} // namespace dew::models::sync
