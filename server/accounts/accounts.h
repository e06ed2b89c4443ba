// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "store/serverdatabase.h"
#include "support/passwordhash.h"

#include <QList>
#include <QString>

#include <optional>

namespace dew::server {

struct AccountPolicy
{
    int accessTokenSeconds = 15 * 60;
    int refreshTokenDays = 30;
    int maxFailedLogins = 5; // in a row; then the account locks
    int lockoutMinutes = 15;
    models::HashCost passwordCost = models::HashCost::interactive();
};

struct UserAccount
{
    QString id;
    QString login;
    QString displayName;
    models::Role role = models::Role::Supervisor;
    QString orgId;
    bool disabled = false;

    models::Actor actor() const { return {id, displayName, role, orgId}; }
};

struct NewUser
{
    QString login;
    QString displayName;
    models::Role role = models::Role::Officer;
    QString orgId;
    QString password;
};

struct Tokens
{
    QString access;
    QString refresh;
    int accessSeconds = 0;
};

enum class LoginOutcome { Ok, BadCredentials, Locked, Disabled, StoreFailure };

struct LoginResult
{
    LoginOutcome outcome = LoginOutcome::StoreFailure;
    UserAccount user;
    Tokens tokens;
    QString lockedUntil; // Locked: when the account opens again (UTC ISO 8601)
};

// Users, their passwords (Argon2id) and their tokens: a short-lived access token and a refresh
// token that rotates on every use; a refresh token used twice revokes its whole family, since
// one of the two users of it is a thief.
class Accounts
{
public:
    Accounts(const ServerDatabase &database, AccountPolicy policy);

    std::optional<UserAccount> createUser(const NewUser &user, QString *error) const;
    bool updateUser(const UserAccount &user, const QString &newPassword, QString *error) const;
    QList<UserAccount> users() const;
    std::optional<UserAccount> findUser(const QString &id) const;

    LoginResult login(const QString &login, const QString &password) const;
    std::optional<std::pair<UserAccount, Tokens>> refresh(const QString &refreshToken) const;
    void logout(const QString &accessToken) const;
    std::optional<UserAccount> authenticate(const QString &accessToken, bool *storeFailed = nullptr) const;

private:
    std::optional<Tokens> issueTokens(QSqlDatabase db, const QString &userId, const QString &family) const;
    std::optional<UserAccount> userWhere(QSqlDatabase db, const QString &column, const QString &value,
                                         QString *passwordHash = nullptr) const;

    QString hashed(const QString &password, QString *error) const;

    const ServerDatabase &m_database;
    AccountPolicy m_policy;
    QString m_unknownUserHash; // verified against for a login that names no user, so it costs as long
};

} // namespace dew::server
