// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobstore.h"

#include "domain/clock.h"
#include "sync/serverrecord.h"
#include "workflow/applicationmaterials.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace dew::server {

BlobPut BlobStore::put(const QString &sha256, const QByteArray &content, QString *error) const
{
    if (!models::isSha256Hex(sha256) ||
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256) {
        return BlobPut::Mismatch;
    }
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return BlobPut::StoreFailure;
    }
    WriteTransaction transaction(db, m_database.backend());
    if (!transaction.ok()) {
        *error = transaction.error();
        return BlobPut::StoreFailure;
    }
    QSqlQuery insert(db);
    if (!run(insert,
             QStringLiteral("INSERT INTO blob(sha256, size, content, created_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (sha256) DO NOTHING"),
             {sha256, static_cast<qint64>(content.size()), content, models::Clock::nowIso()}, error)) {
        return BlobPut::StoreFailure;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return BlobPut::StoreFailure;
    }
    return BlobPut::Stored;
}

std::optional<QByteArray> BlobStore::get(const UserAccount &user, const QString &sha256, bool *storeFailed) const
{
    *storeFailed = false;
    if (!models::isSha256Hex(sha256)) {
        return std::nullopt;
    }
    QString error;
    QSqlDatabase db = m_database.connection(&error);
    if (!db.isValid()) {
        *storeFailed = true;
        return std::nullopt;
    }
    if (!mayRead(db, user, sha256, storeFailed)) {
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT content FROM blob WHERE sha256 = ?"), {sha256}, &error)) {
        *storeFailed = true;
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

bool BlobStore::mayRead(QSqlDatabase db, const UserAccount &user, const QString &sha256, bool *storeFailed) const
{
    // The LIKE narrows the search on both backends alike (a hex name holds no wildcard); the
    // parsed body decides.
    QVariantList values{QStringLiteral("%\"sha256\":\"%1\"%").arg(sha256)};
    const QString hold = holdCondition(user, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString error;
    if (!run(query,
             QStringLiteral("SELECT body FROM record WHERE table_name = 'application_material' AND deleted = 0 "
                            "AND body LIKE ? AND %1")
                 .arg(hold),
             values, &error)) {
        *storeFailed = true;
        return false;
    }
    while (query.next()) {
        const QJsonObject body = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (body.value(QLatin1String("sha256")).toString() == sha256) {
            return true;
        }
    }
    return false;
}

bool BlobStore::mayUpload(const UserAccount &user)
{
    return user.role == models::Role::Officer || user.role == models::Role::Reviewer;
}

} // namespace dew::server
