// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/keychaintokenstore.h"
#include "sync/signin.h"

#include <QMetaType>

#include <memory>

namespace dew::ui {

// A completed sign-in, handed from the Settings dialog to the composition that opens the
// user's workspace: who signed in, the verifier for offline logins, and their token store.
struct ServerConnection
{
    models::sync::SignInResult result;
    std::shared_ptr<models::sync::KeychainTokenStore> tokens;
};

} // namespace dew::ui

Q_DECLARE_METATYPE(dew::ui::ServerConnection)
