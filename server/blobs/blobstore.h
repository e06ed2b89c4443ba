// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "store/serverdatabase.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dew::server {

enum class BlobPut { Stored, Mismatch, StoreFailure };

// The files of application materials, addressed by the SHA-256 of their bytes and kept in the
// server's store (so a backup carries them). Only their metadata is a synced record.
class BlobStore
{
public:
    explicit BlobStore(const ServerDatabase &database) : m_database(database) {}

    // Stores the content under its name if the name is its SHA-256; storing it again is no change.
    BlobPut put(const QString &sha256, const QByteArray &content, QString *error) const;
    // The content, if the user may hold a live material record naming it; nullopt otherwise, so
    // that a refusal does not tell whether the blob exists. *storeFailed on a store error.
    std::optional<QByteArray> get(const UserAccount &user, const QString &sha256, bool *storeFailed) const;

    // Whether a user may upload materials: the roles that write applications.
    static bool mayUpload(const UserAccount &user);

private:
    bool mayRead(QSqlDatabase db, const UserAccount &user, const QString &sha256, bool *storeFailed) const;

    const ServerDatabase &m_database;
};

} // namespace dew::server
