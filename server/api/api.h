// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "blobs/blobstore.h"
#include "sync/syncservice.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dew::server {

// A request as the API sees it, whatever carried it: the transport is kept in one place
// (http/) so that it can be replaced.
struct ApiRequest
{
    QString method; // GET, POST, PATCH
    QString path;   // /v1/...
    QHash<QString, QString> query;
    QString bearerToken;
    QByteArray body;
    QString remoteAddress;
};

struct ApiResponse
{
    ApiResponse() = default;
    ApiResponse(int status, QJsonObject body) : status(status), body(std::move(body)) {}

    int status = 200;
    QJsonObject body;
    std::optional<QByteArray> bytes; // instead of the JSON body: a blob, as application/octet-stream
};

struct ApiLimits
{
    int maxMutationsPerPush = 2000;
    int maxPageSize = 1000;
    int defaultPageSize = 500;
};

// The JSON API /v1 (DESIGN.md §5, §7): authentication, sync, material files (/v1/blobs/<sha256>,
// raw bytes both ways) and administration. Every request but login and refresh names its user by
// an access token; every refusal says why in its body and changes nothing.
class Api
{
public:
    Api(const Accounts &accounts, const SyncService &sync, const BlobStore &blobs, ApiLimits limits)
        : m_accounts(accounts), m_sync(sync), m_blobs(blobs), m_limits(limits)
    {
    }

    ApiResponse handle(const ApiRequest &request) const;
    // Readies the calling worker thread's store connection ahead of its first request.
    void prepareWorker() const;

private:
    ApiResponse login(const ApiRequest &request) const;
    ApiResponse refresh(const ApiRequest &request) const;
    ApiResponse push(const ApiRequest &request, const UserAccount &user) const;
    ApiResponse pull(const ApiRequest &request, const UserAccount &user) const;
    ApiResponse snapshot(const ApiRequest &request, const UserAccount &user) const;
    ApiResponse digest(const UserAccount &user) const;
    ApiResponse conflicts(const UserAccount &user) const;
    ApiResponse putBlob(const ApiRequest &request, const UserAccount &user, const QString &sha256) const;
    ApiResponse getBlob(const ApiRequest &request, const UserAccount &user, const QString &sha256) const;
    ApiResponse listUsers(const UserAccount &user) const;
    ApiResponse createUser(const ApiRequest &request, const UserAccount &user) const;
    ApiResponse updateUser(const ApiRequest &request, const UserAccount &user, const QString &id) const;
    int pageSize(const ApiRequest &request) const;

    const Accounts &m_accounts;
    const SyncService &m_sync;
    const BlobStore &m_blobs;
    ApiLimits m_limits;
};

QJsonObject userJson(const UserAccount &user);

} // namespace dew::server
