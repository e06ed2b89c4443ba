// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offlinelogin.h"

namespace dew::models::sync {

class TokenStore;

struct SignInResult
{
    enum class Failure { None, BadCredentials, Locked, Disabled, Unreachable, Refused };
    Failure failure = Failure::None;
    QString message; // for the user, translated
    SignedInUser user;
    QString verifier; // for the offline login

    bool ok() const { return failure == Failure::None; }
};

// Signs in to dew-server: the refresh token goes to tokens, and the result carries the user and
// a verifier of the password for offline logins. Blocking (HTTP and Argon2id): run it off the UI
// thread.
SignInResult signIn(const QUrl &server, const QString &login, const QString &password, TokenStore &tokens);

} // namespace dew::models::sync
