// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

namespace dew::models::sync {

struct HttpReply
{
    int status = 0;       // 0: no answer (network failure or timeout)
    QJsonObject json;     // the body, when it was a JSON object
    QByteArray bytes;     // the body of a successful getBytes()
    QString networkError; // why there was no answer

    bool ok() const { return status >= 200 && status < 300; }
    QString errorCode() const { return json.value(QLatin1String("error")).toString(); }
    QString message() const; // the server's message, or the network error
};

// Blocking JSON requests over QtNetwork, for the sync worker thread: each call runs a local
// event loop until the answer or the timeout. Lives in the thread that made it.
class HttpClient
{
public:
    explicit HttpClient(QUrl base, int timeoutMs = 30000);

    HttpReply get(const QString &path, const QUrlQuery &query, const QString &token);
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token);
    // A file's bytes both ways (/v1/blobs); a refusal still answers in JSON.
    HttpReply getBytes(const QString &path, const QString &token);
    HttpReply putBytes(const QString &path, const QByteArray &body, const QString &token);
    QUrl base() const { return m_base; }

private:
    HttpReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &token,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"), bool bytesAnswer = false);

    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager m_manager;
};

} // namespace dew::models::sync
