// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace dew::models::sync {

QString HttpReply::message() const
{
    if (status == 0) {
        return networkError;
    }
    const QString text = json.value(QLatin1String("message")).toString();
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text;
}

HttpClient::HttpClient(QUrl base, int timeoutMs) : m_base(std::move(base)), m_timeoutMs(timeoutMs)
{
    m_manager.setAutoDeleteReplies(false);
}

HttpReply HttpClient::get(const QString &path, const QUrlQuery &query, const QString &token)
{
    QUrl url = m_base.resolved(QUrl(path));
    url.setQuery(query);
    return send("GET", url, {}, token);
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", m_base.resolved(QUrl(path)), QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpReply HttpClient::getBytes(const QString &path, const QString &token)
{
    return send("GET", m_base.resolved(QUrl(path)), {}, token, QByteArrayLiteral("application/json"), true);
}

HttpReply HttpClient::putBytes(const QString &path, const QByteArray &body, const QString &token)
{
    return send("PUT", m_base.resolved(QUrl(path)), body, token, QByteArrayLiteral("application/octet-stream"));
}

HttpReply HttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QString &token,
                           const QByteArray &contentType, bool bytesAnswer)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    request.setTransferTimeout(m_timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    if (result.status == 0) {
        result.networkError = reply->errorString();
        return result;
    }
    if (bytesAnswer && result.ok()) {
        if (reply->error() != QNetworkReply::NoError) { // cut off: no answer
            result.status = 0;
            result.networkError = reply->errorString();
            return result;
        }
        result.bytes = bytes;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A cut-off body is no answer at all: the caller must not act on half of it.
        result.status = 0;
        result.networkError = QStringLiteral("incomplete or malformed answer from %1").arg(url.toString());
        return result;
    }
    result.json = document.object();
    return result;
}

} // namespace dew::models::sync
