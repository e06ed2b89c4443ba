// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

// The user a connected workspace belongs to, as the server described them at login.
struct SignedInUser
{
    QUrl server;
    QString login;
    Actor actor;

    static SignedInUser fromServer(const QUrl &server, const QJsonObject &user);
};

// Lets the app open offline for the last user (DESIGN.md §5): the workspace keeps who they are
// and an Argon2id verifier of their password, never the password itself nor any token.
class OfflineLogin
{
public:
    // Slow on purpose (Argon2id, libsodium's interactive limits): call it off the UI thread.
    static QString makeVerifier(const QString &password);
    static bool matches(const QString &verifier, const QString &password);

    // Records the user and the verifier in a connected workspace; a demo workspace refuses.
    static bool remember(Workspace &workspace, const SignedInUser &user, const QString &verifier, QString *error);
    static std::optional<SignedInUser> user(const Workspace &workspace);
    // True when the workspace knows this password for its user.
    static bool check(const Workspace &workspace, const QString &password);
};

} // namespace dew::models::sync
