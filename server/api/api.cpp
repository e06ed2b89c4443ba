// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <spdlog/spdlog.h>

namespace dew::server {
namespace {

using models::sync::Mutation;

ApiResponse failure(int status, const char *code, const QString &message)
{
    return {status, {{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}}};
}

std::optional<QJsonObject> jsonBody(const ApiRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

QJsonArray rowsJson(const QList<models::sync::ChangeRow> &rows)
{
    QJsonArray array;
    for (const models::sync::ChangeRow &row : rows) {
        array.append(row.toJson());
    }
    return array;
}

ApiResponse badJson()
{
    return failure(400, "bad_request", QStringLiteral("The request body is not a JSON object."));
}

ApiResponse storeFailure(const QString &detail)
{
    spdlog::error("event=store_failure detail=\"{}\"", detail.toStdString());
    return failure(500, "store_failure", QStringLiteral("The server could not read or write its store."));
}

void logRefusal(const ApiRequest &request, const QString &user, int status, const char *why)
{
    spdlog::warn("event=refused status={} method={} path={} user={} address={} reason={}", status,
                 request.method.toStdString(), request.path.toStdString(), user.toStdString(),
                 request.remoteAddress.toStdString(), why);
}

QJsonObject tokensJson(const UserAccount &user, const Tokens &tokens)
{
    return {{QStringLiteral("access_token"), tokens.access},
            {QStringLiteral("refresh_token"), tokens.refresh},
            {QStringLiteral("expires_in"), tokens.accessSeconds},
            {QStringLiteral("user"), userJson(user)}};
}

} // namespace

QJsonObject userJson(const UserAccount &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), models::roleCode(user.role)},
            {QStringLiteral("org_id"), user.orgId},
            {QStringLiteral("disabled"), user.disabled}};
}

ApiResponse Api::handle(const ApiRequest &request) const
{
    const QString route = request.method + QLatin1Char(' ') + request.path;
    if (route == QLatin1String("POST /v1/login")) {
        return login(request);
    }
    if (route == QLatin1String("POST /v1/refresh")) {
        return refresh(request);
    }
    bool storeFailed = false;
    const std::optional<UserAccount> user = m_accounts.authenticate(request.bearerToken, &storeFailed);
    if (!user && storeFailed) {
        spdlog::error("event=store_failure detail=authenticate");
        return failure(503, "unavailable", QStringLiteral("The server cannot reach its store; try again shortly."));
    }
    if (!user) {
        logRefusal(request, {}, 401, "bad_or_expired_token");
        return failure(401, "unauthenticated",
                       QStringLiteral("Log in again: the access token is missing, wrong or expired."));
    }
    if (route == QLatin1String("POST /v1/logout")) {
        m_accounts.logout(request.bearerToken);
        spdlog::info("event=logout user={} address={}", user->login.toStdString(), request.remoteAddress.toStdString());
        return {200, {{QStringLiteral("ok"), true}}};
    }
    if (route == QLatin1String("GET /v1/me")) {
        return {200, userJson(*user)};
    }
    if (route == QLatin1String("POST /v1/push")) {
        return push(request, *user);
    }
    if (route == QLatin1String("GET /v1/pull")) {
        return pull(request, *user);
    }
    if (route == QLatin1String("GET /v1/snapshot")) {
        return snapshot(request, *user);
    }
    if (route == QLatin1String("GET /v1/digest")) {
        return digest(*user);
    }
    if (route == QLatin1String("GET /v1/conflicts")) {
        return conflicts(*user);
    }
    if (route == QLatin1String("GET /v1/status")) {
        QString error;
        const auto status = m_sync.status(&error);
        if (!status) {
            return storeFailure(error);
        }
        return {200, {{QStringLiteral("epoch"), status->first}, {QStringLiteral("latest_seq"), status->second}}};
    }
    if (route == QLatin1String("GET /v1/record")) {
        QString error;
        const auto row = m_sync.record(*user, request.query.value(QStringLiteral("table")),
                                       request.query.value(QStringLiteral("id")), &error);
        if (!row) {
            return error.isEmpty() ? failure(404, "not_found", QStringLiteral("No such record.")) : storeFailure(error);
        }
        return {200, {{QStringLiteral("row"), row->toJson()}}};
    }
    if (route == QLatin1String("GET /v1/history")) {
        QString error;
        const auto versions = m_sync.history(*user, request.query.value(QStringLiteral("table")),
                                             request.query.value(QStringLiteral("id")), &error);
        if (!versions) {
            return storeFailure(error);
        }
        return {200, {{QStringLiteral("versions"), *versions}}};
    }
    if (const QString blobPrefix = QStringLiteral("/v1/blobs/"); request.path.startsWith(blobPrefix)) {
        const QString sha256 = request.path.mid(blobPrefix.size());
        if (request.method == QLatin1String("PUT")) {
            return putBlob(request, *user, sha256);
        }
        if (request.method == QLatin1String("GET")) {
            return getBlob(request, *user, sha256);
        }
    }
    if (request.path.startsWith(QLatin1String("/v1/admin/"))) {
        if (user->role != models::Role::Admin) {
            logRefusal(request, user->login, 403, "not_admin");
            return failure(403, "forbidden", QStringLiteral("Only an administrator manages users."));
        }
        if (route == QLatin1String("GET /v1/admin/users")) {
            return listUsers(*user);
        }
        if (route == QLatin1String("POST /v1/admin/users")) {
            return createUser(request, *user);
        }
        const QString userPrefix = QStringLiteral("/v1/admin/users/");
        if (request.method == QLatin1String("PATCH") && request.path.startsWith(userPrefix)) {
            return updateUser(request, *user, request.path.mid(userPrefix.size()));
        }
    }
    return failure(404, "not_found", QStringLiteral("No such endpoint: %1").arg(route));
}

void Api::prepareWorker() const
{
    // What every request runs, once with nothing to find: the connection opens, the statements
    // are prepared and PostgreSQL's new session has read the tables' catalogue.
    bool storeFailed = false;
    m_accounts.authenticate(QStringLiteral("-"), &storeFailed);
    PullPage page;
    QString error;
    if (storeFailed ||
        m_sync.pull(UserAccount{}, std::numeric_limits<qint64>::max(), 1, &page, &error) == SyncFailure::Store) {
        spdlog::error("event=store_failure detail=\"worker start: {}\"", error.toStdString());
    }
}

ApiResponse Api::login(const ApiRequest &request) const
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body) {
        return badJson();
    }
    const QString login = body->value(QLatin1String("login")).toString();
    const LoginResult result = m_accounts.login(login, body->value(QLatin1String("password")).toString());
    const std::string who = login.toStdString();
    const std::string address = request.remoteAddress.toStdString();
    switch (result.outcome) {
    case LoginOutcome::Ok:
        spdlog::info("event=login user={} address={}", who, address);
        return {200, tokensJson(result.user, result.tokens)};
    case LoginOutcome::Locked:
        spdlog::warn("event=login_locked user={} address={} until={}", who, address, result.lockedUntil.toStdString());
        return {
            423,
            {{QStringLiteral("error"), QStringLiteral("locked")},
             {QStringLiteral("message"),
              QStringLiteral("Too many failed logins: the account is locked until %1 (UTC).").arg(result.lockedUntil)},
             {QStringLiteral("locked_until"), result.lockedUntil}}};
    case LoginOutcome::Disabled:
        spdlog::warn("event=login_disabled user={} address={}", who, address);
        return failure(403, "disabled", QStringLiteral("This account is disabled."));
    case LoginOutcome::BadCredentials:
        spdlog::warn("event=login_failed user={} address={}", who, address);
        return failure(401, "bad_credentials", QStringLiteral("Wrong user name or password."));
    case LoginOutcome::StoreFailure:
        break;
    }
    return storeFailure(QStringLiteral("login"));
}

ApiResponse Api::refresh(const ApiRequest &request) const
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body) {
        return badJson();
    }
    const auto refreshed = m_accounts.refresh(body->value(QLatin1String("refresh_token")).toString());
    if (!refreshed) {
        logRefusal(request, {}, 401, "bad_refresh_token");
        return failure(401, "unauthenticated",
                       QStringLiteral("The refresh token is wrong, used or expired: log in again."));
    }
    return {200, tokensJson(refreshed->first, refreshed->second)};
}

int Api::pageSize(const ApiRequest &request) const
{
    bool ok = false;
    const int asked = request.query.value(QStringLiteral("limit")).toInt(&ok);
    return ok && asked > 0 ? std::min(asked, m_limits.maxPageSize) : m_limits.defaultPageSize;
}

ApiResponse Api::push(const ApiRequest &request, const UserAccount &user) const
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body) {
        return badJson();
    }
    const QString clientId = body->value(QLatin1String("client_id")).toString();
    const QJsonArray items = body->value(QLatin1String("mutations")).toArray();
    if (clientId.isEmpty()) {
        return failure(400, "bad_request", QStringLiteral("A push names its client_id."));
    }
    if (items.size() > m_limits.maxMutationsPerPush) {
        return failure(413, "too_many_mutations",
                       QStringLiteral("At most %1 mutations per push.").arg(m_limits.maxMutationsPerPush));
    }
    QList<Mutation> mutations;
    mutations.reserve(items.size());
    for (const QJsonValue &item : items) {
        mutations << Mutation::fromJson(item.toObject());
    }
    QString error;
    const std::optional<PushReply> reply = m_sync.push(user, clientId, mutations, &error);
    if (!reply) {
        return storeFailure(error);
    }
    QJsonArray results;
    int refused = 0;
    for (const models::sync::MutationResult &result : reply->results) {
        results.append(result.toJson());
        refused += result.status == models::sync::MutationStatus::Rejected ? 1 : 0;
    }
    if (refused > 0) {
        spdlog::info("event=push_rejections user={} address={} rejected={} of={}", user.login.toStdString(),
                     request.remoteAddress.toStdString(), refused, mutations.size());
    }
    return {200,
            {{QStringLiteral("results"), results},
             {QStringLiteral("latest_seq"), reply->latestSeq},
             {QStringLiteral("epoch"), reply->epoch}}};
}

ApiResponse Api::pull(const ApiRequest &request, const UserAccount &user) const
{
    PullPage page;
    QString error;
    const qint64 since = request.query.value(QStringLiteral("since")).toLongLong();
    switch (m_sync.pull(user, since, pageSize(request), &page, &error)) {
    case SyncFailure::None:
        break;
    case SyncFailure::ResyncRequired:
        return failure(410, "resync_required",
                       QStringLiteral("Changes since %1 are no longer kept: rebuild from a snapshot.").arg(since));
    case SyncFailure::BadRequest:
        return failure(400, "bad_request", error);
    case SyncFailure::Store:
        return storeFailure(error);
    }
    return {200,
            {{QStringLiteral("rows"), rowsJson(page.rows)},
             {QStringLiteral("next"), page.next},
             {QStringLiteral("has_more"), page.hasMore},
             {QStringLiteral("latest_seq"), page.latestSeq},
             {QStringLiteral("epoch"), page.epoch}}};
}

ApiResponse Api::snapshot(const ApiRequest &request, const UserAccount &user) const
{
    SnapshotPage page;
    QString error;
    const QString table = request.query.value(QStringLiteral("table"));
    switch (
        m_sync.snapshot(user, table, request.query.value(QStringLiteral("after")), pageSize(request), &page, &error)) {
    case SyncFailure::None:
        break;
    case SyncFailure::BadRequest:
    case SyncFailure::ResyncRequired:
        return failure(400, "bad_request", QStringLiteral("No synced table \"%1\".").arg(table));
    case SyncFailure::Store:
        return storeFailure(error);
    }
    return {200,
            {{QStringLiteral("rows"), rowsJson(page.rows)},
             {QStringLiteral("next_after"), page.nextAfter},
             {QStringLiteral("has_more"), page.hasMore},
             {QStringLiteral("as_of"), page.asOf},
             {QStringLiteral("epoch"), page.epoch}}};
}

ApiResponse Api::digest(const UserAccount &user) const
{
    QString error;
    const auto digests = m_sync.digests(user, &error);
    if (!digests) {
        return storeFailure(error);
    }
    QJsonObject tables;
    for (auto it = digests->begin(); it != digests->end(); ++it) {
        tables.insert(it.key(), QJsonObject{{QStringLiteral("count"), it->count}, {QStringLiteral("hash"), it->hash}});
    }
    return {200, {{QStringLiteral("tables"), tables}}};
}

ApiResponse Api::conflicts(const UserAccount &user) const
{
    QString error;
    const auto open = m_sync.openConflicts(user, &error);
    if (!open) {
        return storeFailure(error);
    }
    QJsonArray list;
    for (const FieldConflict &conflict : *open) {
        list.append(conflict.toJson());
    }
    return {200, {{QStringLiteral("conflicts"), list}}};
}

ApiResponse Api::putBlob(const ApiRequest &request, const UserAccount &user, const QString &sha256) const
{
    if (!BlobStore::mayUpload(user)) {
        logRefusal(request, user.login, 403, "may_not_upload");
        return failure(403, "forbidden", QStringLiteral("Only officers and reviewers upload materials."));
    }
    QString error;
    switch (m_blobs.put(sha256, request.body, &error)) {
    case BlobPut::Stored:
        break;
    case BlobPut::Mismatch:
        logRefusal(request, user.login, 400, "blob_digest_mismatch");
        return failure(400, "digest_mismatch",
                       QStringLiteral("The body's SHA-256 is not %1: a blob is named by the lower-case hex SHA-256 "
                                      "of its bytes.")
                           .arg(sha256));
    case BlobPut::StoreFailure:
        return storeFailure(error);
    }
    spdlog::info("event=blob_stored user={} sha256={} size={}", user.login.toStdString(), sha256.toStdString(),
                 request.body.size());
    return {200, {{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), request.body.size()}}};
}

ApiResponse Api::getBlob(const ApiRequest &request, const UserAccount &user, const QString &sha256) const
{
    bool storeFailed = false;
    std::optional<QByteArray> content = m_blobs.get(user, sha256, &storeFailed);
    if (storeFailed) {
        return storeFailure(QStringLiteral("blob read"));
    }
    if (!content) {
        logRefusal(request, user.login, 404, "no_blob_for_user");
        return failure(404, "not_found", QStringLiteral("No such blob."));
    }
    ApiResponse response;
    response.bytes = std::move(content);
    return response;
}

ApiResponse Api::listUsers(const UserAccount &) const
{
    QJsonArray list;
    for (const UserAccount &account : m_accounts.users()) {
        list.append(userJson(account));
    }
    return {200, {{QStringLiteral("users"), list}}};
}

ApiResponse Api::createUser(const ApiRequest &request, const UserAccount &admin) const
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body) {
        return badJson();
    }
    const NewUser user{
        body->value(QLatin1String("login")).toString(), body->value(QLatin1String("display_name")).toString(),
        models::roleFromCode(body->value(QLatin1String("role")).toString()),
        body->value(QLatin1String("org_id")).toString(), body->value(QLatin1String("password")).toString()};
    if (user.login.isEmpty() || user.password.size() < 8) {
        return failure(400, "bad_request",
                       QStringLiteral("A user needs a login and a password of at least 8 characters."));
    }
    QString error;
    const std::optional<UserAccount> created = m_accounts.createUser(user, &error);
    if (!created) {
        return failure(409, "conflict", QStringLiteral("The user could not be created: %1").arg(error));
    }
    spdlog::info("event=user_created by={} user={} role={}", admin.login.toStdString(), user.login.toStdString(),
                 models::roleCode(user.role).toStdString());
    return {201, userJson(*created)};
}

ApiResponse Api::updateUser(const ApiRequest &request, const UserAccount &admin, const QString &id) const
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body) {
        return badJson();
    }
    std::optional<UserAccount> user = m_accounts.findUser(id);
    if (!user) {
        return failure(404, "not_found", QStringLiteral("No user %1.").arg(id));
    }
    if (body->contains(QLatin1String("display_name"))) {
        user->displayName = body->value(QLatin1String("display_name")).toString();
    }
    if (body->contains(QLatin1String("role"))) {
        user->role = models::roleFromCode(body->value(QLatin1String("role")).toString());
    }
    if (body->contains(QLatin1String("org_id"))) {
        user->orgId = body->value(QLatin1String("org_id")).toString();
    }
    if (body->contains(QLatin1String("disabled"))) {
        user->disabled = body->value(QLatin1String("disabled")).toBool();
    }
    QString error;
    if (!m_accounts.updateUser(*user, body->value(QLatin1String("password")).toString(), &error)) {
        return storeFailure(error);
    }
    spdlog::info("event=user_updated by={} user={}", admin.login.toStdString(), user->login.toStdString());
    return {200, userJson(*user)};
}

} // namespace dew::server
