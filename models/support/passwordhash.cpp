// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>
#include <stdexcept>

namespace dew::models {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

HashCost HashCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashCost HashCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QString hashPassword(const QString &password, const HashCost &cost)
{
    const QByteArray utf8 = password.toUtf8();
    char stored[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str_alg(stored, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                                cost.operations, cost.memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QString::fromLatin1(stored);
}

bool verifyPassword(const QString &stored, const QString &password)
{
    if (stored.isEmpty() || !sodiumReady()) {
        return false;
    }
    const QByteArray hash = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) ==
           0;
}

QString newToken()
{
    // Without a working random source no token may be made at all.
    if (!sodiumReady()) {
        throw std::runtime_error("libsodium could not initialise");
    }
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace dew::models
