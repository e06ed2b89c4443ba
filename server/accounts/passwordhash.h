// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dew::server {

// Argon2id through libsodium (DESIGN.md §5). The stored string carries its own salt and cost.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &stored, const QString &password);

// A random token of 32 bytes, base64url without padding, and the hash it is stored as.
QString newToken();
QString tokenHash(const QString &token);

} // namespace dew::server
