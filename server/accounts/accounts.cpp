// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"

#include "domain/clock.h"
#include "domain/uuid7.h"
#include "support/passwordhash.h"

#include <QDateTime>

namespace dew::server {
namespace {

using models::Clock;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

constexpr const char *userColumns = "id, login, display_name, role, org_id, disabled, password_hash";

UserAccount userFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), models::roleFromCode(query.value(3).toString()),
            query.value(4).toString(), query.value(5).toInt() != 0};
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Accounts::Accounts(const ServerDatabase &database, AccountPolicy policy)
    : m_database(database), m_policy(policy),
      m_unknownUserHash(models::hashPassword(QStringLiteral("no such user"), policy.passwordCost))
{
}

QString Accounts::hashed(const QString &password, QString *error) const
{
    const QString hash = models::hashPassword(password, m_policy.passwordCost);
    if (hash.isEmpty() && error) {
        *error = QStringLiteral("the password could not be hashed (out of memory)");
    }
    return hash;
}

std::optional<UserAccount> Accounts::createUser(const NewUser &user, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    const UserAccount account{models::newUuidV7(), user.login, user.displayName, user.role, user.orgId, false};
    const QString hash = hashed(user.password, error);
    QSqlQuery query(db);
    if (hash.isEmpty() ||
        !run(query,
             QStringLiteral("INSERT INTO app_user(id, login, display_name, role, org_id, password_hash, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {account.id, account.login, account.displayName, models::roleCode(account.role),
              nullableText(account.orgId), hash, Clock::nowIso()},
             error)) {
        return std::nullopt;
    }
    return account;
}

bool Accounts::updateUser(const UserAccount &user, const QString &newPassword, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return false;
    }
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("UPDATE app_user SET display_name = ?, role = ?, org_id = ?, disabled = ? WHERE id = ?"),
             {user.displayName, models::roleCode(user.role), nullableText(user.orgId), user.disabled ? 1 : 0, user.id},
             error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error) {
            *error = QStringLiteral("no user %1").arg(user.id);
        }
        return false;
    }
    if (!newPassword.isEmpty()) {
        // A new password ends the lockout and every session of the old one.
        const QString hash = hashed(newPassword, error);
        if (hash.isEmpty() ||
            !run(query,
                 QStringLiteral("UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL "
                                "WHERE id = ?"),
                 {hash, user.id}, error) ||
            !run(query, QStringLiteral("DELETE FROM auth_token WHERE user_id = ?"), {user.id}, error)) {
            return false;
        }
    }
    if (user.disabled) {
        return run(query, QStringLiteral("DELETE FROM auth_token WHERE user_id = ?"), {user.id}, error);
    }
    return true;
}

QList<UserAccount> Accounts::users() const
{
    QList<UserAccount> result;
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (db.isValid() &&
        run(query, QStringLiteral("SELECT %1 FROM app_user ORDER BY login").arg(QLatin1String(userColumns)), {},
            nullptr)) {
        while (query.next()) {
            result << userFrom(query);
        }
    }
    return result;
}

std::optional<UserAccount> Accounts::findUser(const QString &id) const
{
    QSqlDatabase db = m_database.connection();
    return db.isValid() ? userWhere(db, QStringLiteral("id"), id) : std::nullopt;
}

std::optional<UserAccount> Accounts::userWhere(QSqlDatabase db, const QString &column, const QString &value,
                                               QString *passwordHash) const
{
    Statement query(db, QStringLiteral("SELECT %1 FROM app_user WHERE %2 = ?").arg(QLatin1String(userColumns), column));
    if (!query.run({value}, nullptr) || !query.next()) {
        return std::nullopt;
    }
    if (passwordHash) {
        *passwordHash = query.value(6).toString();
    }
    return userFrom(query.query());
}

LoginResult Accounts::login(const QString &login, const QString &password) const
{
    LoginResult result;
    QSqlDatabase db = m_database.connection();
    if (!db.isValid()) {
        return result;
    }
    QString stored;
    const std::optional<UserAccount> user = userWhere(db, QStringLiteral("login"), login, &stored);
    if (!user) {
        models::verifyPassword(m_unknownUserHash, password); // an unknown login costs as long as a wrong password
        result.outcome = LoginOutcome::BadCredentials;
        return result;
    }
    result.user = *user;
    if (user->disabled) {
        result.outcome = LoginOutcome::Disabled;
        return result;
    }
    QSqlQuery query(db);
    const QString now = Clock::nowIso();
    if (run(query, QStringLiteral("SELECT locked_until FROM app_user WHERE id = ?"), {user->id}, nullptr) &&
        query.next() && !query.value(0).isNull() && query.value(0).toString() > now) {
        result.outcome = LoginOutcome::Locked;
        result.lockedUntil = query.value(0).toString();
        return result;
    }
    if (!models::verifyPassword(stored, password)) {
        // Counted in one statement so that parallel guesses cannot slip past the limit.
        const QString lockUntil = iso(Clock::now().addSecs(60LL * m_policy.lockoutMinutes));
        run(query,
            QStringLiteral("UPDATE app_user SET failed_logins = failed_logins + 1, locked_until = CASE WHEN "
                           "failed_logins + 1 >= ? THEN ? ELSE locked_until END WHERE id = ?"),
            {m_policy.maxFailedLogins, lockUntil, user->id}, nullptr);
        result.outcome = LoginOutcome::BadCredentials;
        return result;
    }
    if (!run(query, QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
             {user->id}, nullptr)) {
        return result;
    }
    const std::optional<Tokens> tokens = issueTokens(db, user->id, models::newUuidV7());
    if (!tokens) {
        return result;
    }
    result.tokens = *tokens;
    result.outcome = LoginOutcome::Ok;
    return result;
}

std::optional<Tokens> Accounts::issueTokens(QSqlDatabase db, const QString &userId, const QString &family) const
{
    const Tokens tokens{models::newToken(), models::newToken(), m_policy.accessTokenSeconds};
    const QDateTime now = Clock::now();
    QSqlQuery query(db);
    const QString insert =
        QStringLiteral("INSERT INTO auth_token(token_hash, user_id, kind, family, expires_at) VALUES (?, ?, ?, ?, ?)");
    if (!run(query, insert,
             {models::tokenHash(tokens.access), userId, QStringLiteral("access"), family,
              iso(now.addSecs(m_policy.accessTokenSeconds))},
             nullptr) ||
        !run(query, insert,
             {models::tokenHash(tokens.refresh), userId, QStringLiteral("refresh"), family,
              iso(now.addDays(m_policy.refreshTokenDays))},
             nullptr)) {
        return std::nullopt;
    }
    // Expired tokens of this user go as new ones come: the table stays small without a sweeper.
    run(query, QStringLiteral("DELETE FROM auth_token WHERE user_id = ? AND expires_at < ?"), {userId, iso(now)},
        nullptr);
    return tokens;
}

std::optional<std::pair<UserAccount, Tokens>> Accounts::refresh(const QString &refreshToken) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.isValid()) {
        return std::nullopt;
    }
    WriteTransaction transaction(db, m_database.backend());
    QSqlQuery query(db);
    const QString presented = models::tokenHash(refreshToken);
    if (!transaction.ok() ||
        !run(query,
             QStringLiteral("SELECT user_id, family, expires_at, used, used_at, successor FROM auth_token "
                            "WHERE token_hash = ? AND kind = 'refresh'"),
             {presented}, nullptr) ||
        !query.next()) {
        return std::nullopt;
    }
    const QString userId = query.value(0).toString();
    const QString family = query.value(1).toString();
    const QDateTime now = Clock::now();
    const bool expired = query.value(2).toString() < iso(now);
    const bool used = query.value(3).toInt() != 0;
    const QString usedAt = query.value(4).toString();
    const QString successor = query.value(5).toString();
    if (expired) {
        return std::nullopt;
    }
    if (used) {
        // Presented again. Within a minute, and while what replaced it is still unused, it is a
        // client whose answer was lost: it gets a new pair and the unused one is withdrawn.
        // Otherwise a copy is in other hands: the whole family ends.
        bool successorUnused = false;
        if (run(query, QStringLiteral("SELECT used FROM auth_token WHERE token_hash = ?"), {successor}, nullptr) &&
            query.next()) {
            successorUnused = query.value(0).toInt() == 0;
        }
        if (!successorUnused || usedAt < iso(now.addSecs(-60))) {
            run(query, QStringLiteral("DELETE FROM auth_token WHERE family = ?"), {family}, nullptr);
            transaction.commit();
            return std::nullopt;
        }
        run(query, QStringLiteral("DELETE FROM auth_token WHERE token_hash = ?"), {successor}, nullptr);
    }
    const std::optional<UserAccount> user = userWhere(db, QStringLiteral("id"), userId);
    if (!user || user->disabled) {
        return std::nullopt;
    }
    const std::optional<Tokens> tokens = issueTokens(db, userId, family);
    if (!tokens ||
        !run(query, QStringLiteral("UPDATE auth_token SET used = 1, used_at = ?, successor = ? WHERE token_hash = ?"),
             {iso(now), models::tokenHash(tokens->refresh), presented}, nullptr) ||
        !transaction.commit()) {
        return std::nullopt;
    }
    return std::make_pair(*user, *tokens);
}

void Accounts::logout(const QString &accessToken) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (db.isValid()) {
        run(query,
            QStringLiteral(
                "DELETE FROM auth_token WHERE family IN (SELECT family FROM auth_token WHERE token_hash = ?)"),
            {models::tokenHash(accessToken)}, nullptr);
    }
}

std::optional<UserAccount> Accounts::authenticate(const QString &accessToken, bool *storeFailed) const
{
    // A store that cannot answer is not a wrong token: the client must not drop its session.
    const auto failed = [storeFailed] {
        if (storeFailed) {
            *storeFailed = true;
        }
        return std::nullopt;
    };
    if (storeFailed) {
        *storeFailed = false;
    }
    QSqlDatabase db = m_database.connection();
    if (!db.isValid()) {
        return failed();
    }
    if (accessToken.isEmpty()) {
        return std::nullopt;
    }
    // One round trip per request: the token and its user together.
    static const QString sql = QStringLiteral("SELECT %1 FROM auth_token JOIN app_user ON app_user.id = "
                                              "auth_token.user_id WHERE token_hash = ? AND kind = 'access' AND "
                                              "expires_at > ?")
                                   .arg(QLatin1String(userColumns));
    Statement query(db, sql);
    if (!query.run({models::tokenHash(accessToken), Clock::nowIso()}, nullptr)) {
        return failed();
    }
    if (!query.next()) {
        return std::nullopt;
    }
    UserAccount user = userFrom(query.query());
    if (user.disabled) {
        return std::nullopt;
    }
    return user;
}

} // namespace dew::server
