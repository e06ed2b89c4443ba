// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinelogin.h"

#include "store/workspace.h"
#include "support/passwordhash.h"

#include <QCoreApplication>

namespace dew::models::sync {
namespace {

const QString keyServer = QStringLiteral("account.server");
const QString keyLogin = QStringLiteral("account.login");
const QString keyUserId = QStringLiteral("account.user_id");
const QString keyDisplayName = QStringLiteral("account.display_name");
const QString keyRole = QStringLiteral("account.role");
const QString keyOrg = QStringLiteral("account.org_id");
const QString keyVerifier = QStringLiteral("account.verifier");

} // namespace

SignedInUser SignedInUser::fromServer(const QUrl &server, const QJsonObject &user)
{
    return {server,
            user.value(QLatin1String("login")).toString(),
            {user.value(QLatin1String("id")).toString(), user.value(QLatin1String("display_name")).toString(),
             roleFromCode(user.value(QLatin1String("role")).toString()),
             user.value(QLatin1String("org_id")).toString()}};
}

QString OfflineLogin::makeVerifier(const QString &password)
{
    return hashPassword(password); // empty when out of memory: no offline login this time, nothing worse
}

bool OfflineLogin::matches(const QString &verifier, const QString &password)
{
    return verifyPassword(verifier, password);
}

bool OfflineLogin::remember(Workspace &workspace, const SignedInUser &user, const QString &verifier, QString *error)
{
    if (workspace.meta(QStringLiteral("demo")) == QLatin1String("1")) {
        *error = QCoreApplication::translate("dew::models::sync::OfflineLogin",
                                             "A demo workspace cannot be connected to a server.");
        return false;
    }
    const QString known = workspace.meta(keyUserId);
    if (!known.isEmpty() && known != user.actor.userId) {
        *error =
            QCoreApplication::translate("dew::models::sync::OfflineLogin", "This workspace belongs to another user.");
        return false;
    }
    Transaction transaction(workspace);
    workspace.setMeta(keyServer, user.server.toString());
    workspace.setMeta(keyLogin, user.login);
    workspace.setMeta(keyUserId, user.actor.userId);
    workspace.setMeta(keyDisplayName, user.actor.displayName);
    workspace.setMeta(keyRole, roleCode(user.actor.role));
    workspace.setMeta(keyOrg, user.actor.orgId);
    workspace.setMeta(keyVerifier, verifier);
    return transaction.commit();
}

std::optional<SignedInUser> OfflineLogin::user(const Workspace &workspace)
{
    if (workspace.meta(keyUserId).isEmpty()) {
        return std::nullopt;
    }
    return SignedInUser{QUrl(workspace.meta(keyServer)),
                        workspace.meta(keyLogin),
                        {workspace.meta(keyUserId), workspace.meta(keyDisplayName),
                         roleFromCode(workspace.meta(keyRole)), workspace.meta(keyOrg)}};
}

bool OfflineLogin::check(const Workspace &workspace, const QString &password)
{
    return matches(workspace.meta(keyVerifier), password);
}

} // namespace dew::models::sync
