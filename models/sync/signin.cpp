// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signin.h"

#include "syncsession.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dew::models::sync {
SignInResult signIn(const QUrl &server, const QString &login, const QString &password, TokenStore &tokens)
{
    SignInResult result;
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")) ||
        server.host().isEmpty()) {
        result.failure = SignInResult::Failure::Unreachable;
        result.message = QCoreApplication::translate(
            "dew::models::sync::SignIn",
            "The server address must look like https://dew.example.gov.cn or http://host:port.");
        return result;
    }
    HttpClient http(server, 15000);
    SyncSession session(http, tokens);
    HttpReply reply;
    QString error;
    if (session.login(login, password, &error, &reply)) {
        result.user = SignedInUser::fromServer(server, session.user());
        result.verifier = OfflineLogin::makeVerifier(password);
        return result;
    }
    switch (reply.status) {
    case 0:
        result.failure = SignInResult::Failure::Unreachable;
        result.message = QCoreApplication::translate("dew::models::sync::SignIn", "The server %1 cannot be reached: %2")
                             .arg(server.toString(), reply.networkError);
        break;
    case 401:
        result.failure = SignInResult::Failure::BadCredentials;
        result.message = QCoreApplication::translate("dew::models::sync::SignIn", "Wrong user name or password.");
        break;
    case 423: {
        const QDateTime until =
            QDateTime::fromString(reply.json.value(QLatin1String("locked_until")).toString(), Qt::ISODateWithMs);
        result.failure = SignInResult::Failure::Locked;
        result.message = QCoreApplication::translate("dew::models::sync::SignIn",
                                                     "Too many failed sign-ins: this account is locked until %1.")
                             .arg(until.isValid() ? until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : QCoreApplication::translate("dew::models::sync::SignIn", "later"));
        break;
    }
    case 403:
        result.failure = SignInResult::Failure::Disabled;
        result.message = QCoreApplication::translate("dew::models::sync::SignIn",
                                                     "This account is disabled. Ask the administrator.");
        break;
    default:
        result.failure = SignInResult::Failure::Refused;
        result.message =
            QCoreApplication::translate("dew::models::sync::SignIn", "The server refused the sign-in: %1").arg(error);
        break;
    }
    return result;
}

} // namespace dew::models::sync
