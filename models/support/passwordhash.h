// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>

// Argon2id through libsodium (DESIGN.md §5), for dew-server's accounts and the desktop's offline
// verifier alike. The stored string carries its own salt and cost.
namespace dew::models {

// The cost of one hash: libsodium's interactive limits by default; tests may lower it.
struct HashCost
{
    unsigned long long operations;
    size_t memoryBytes;
    static HashCost interactive();
    static HashCost minimal();
};

// Empty when libsodium cannot work (no memory for the hash): the caller refuses, nothing worse.
QString hashPassword(const QString &password, const HashCost &cost = HashCost::interactive());
bool verifyPassword(const QString &stored, const QString &password);

// A random token of 32 bytes, base64url without padding, and the hash it is stored as.
QString newToken();
QString tokenHash(const QString &token);

} // namespace dew::models
