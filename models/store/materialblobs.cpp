// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "materialblobs.h"

#include "workflow/applicationmaterials.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace dew::models {
namespace {

QString digestOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QStringList column(QSqlQuery &query)
{
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

} // namespace

bool MaterialBlobs::contains(const QString &sha256) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM material_blob WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

std::optional<QByteArray> MaterialBlobs::verifiedContent(const QString &sha256) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT content FROM material_blob WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    QByteArray content = query.value(0).toByteArray();
    if (digestOf(content) != sha256) {
        return std::nullopt;
    }
    return content;
}

bool MaterialBlobs::store(const QByteArray &content, bool onServer, QString *error) const
{
    QSqlQuery query(m_workspace.database());
    // Already kept: the same bytes; only the upload mark may move, and only forward.
    query.prepare(QStringLiteral("INSERT INTO material_blob(sha256, content, uploaded) VALUES (?, ?, ?) "
                                 "ON CONFLICT (sha256) DO UPDATE SET uploaded = max(uploaded, excluded.uploaded)"));
    query.addBindValue(digestOf(content));
    query.addBindValue(content);
    query.addBindValue(onServer ? 1 : 0);
    if (!query.exec()) {
        if (error) {
            *error =
                QCoreApplication::translate("dew::models::MaterialBlobs", "Cannot keep the file in the workspace: %1")
                    .arg(query.lastError().text());
        }
        return false;
    }
    return true;
}

void MaterialBlobs::markUploaded(const QString &sha256) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE material_blob SET uploaded = 1 WHERE sha256 = ?"));
    query.addBindValue(sha256);
    query.exec();
}

void MaterialBlobs::offerAllAgain() const
{
    QSqlQuery query(m_workspace.database());
    query.exec(QStringLiteral("UPDATE material_blob SET uploaded = 0"));
}

QStringList MaterialBlobs::awaitingUpload() const
{
    QSqlQuery query(m_workspace.database());
    query.exec(QStringLiteral("SELECT sha256 FROM material_blob WHERE uploaded = 0 ORDER BY sha256"));
    return column(query);
}

QStringList MaterialBlobs::missing(int limit) const
{
    // In no fixed order: files the server never got (filed by an older dew) do not hold back the rest.
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT DISTINCT m.sha256 FROM application_material m WHERE m.deleted = 0 AND "
                                 "NOT EXISTS (SELECT 1 FROM material_blob b WHERE b.sha256 = m.sha256) "
                                 "ORDER BY random() LIMIT ?"));
    query.addBindValue(limit);
    query.exec();
    return column(query);
}

bool writeMaterialCopy(const Workspace &workspace, const Material &material, const QString &path, QString *error)
{
    const MaterialBlobs blobs(workspace);
    const std::optional<QByteArray> content = blobs.verifiedContent(material.sha256);
    if (!content) {
        *error = blobs.contains(material.sha256)
                     ? QCoreApplication::translate("dew::models::MaterialBlobs",
                                                   "The kept copy of %1 is damaged: its SHA-256 is no longer %2.")
                           .arg(material.fileName, material.sha256)
                     : QCoreApplication::translate("dew::models::MaterialBlobs",
                                                   "%1 is not on this computer yet: sync to fetch it from the server.")
                           .arg(material.fileName);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
        *error = QCoreApplication::translate("dew::models::MaterialBlobs", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (verifyMaterial(material, path) != MaterialCheck::Matches) {
        *error = QCoreApplication::translate("dew::models::MaterialBlobs",
                                             "%1 was written but does not read back as the filed file.")
                     .arg(path);
        return false;
    }
    return true;
}

AttachResult attachMaterialFile(const Workspace &workspace, const Actor &actor, const QString &applicationId,
                                const QString &kind, const QString &path)
{
    AttachResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("dew::models::MaterialBlobs", "Cannot read %1: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = QCoreApplication::translate("dew::models::MaterialBlobs", "Cannot read %1: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    result.material = {kind, QFileInfo(path).fileName(), digestOf(content), content.size()};
    Transaction transaction(workspace);
    if (!MaterialBlobs(workspace).store(content, false, &result.error)) {
        return result;
    }
    Record record;
    record.values = {{QStringLiteral("application_id"), applicationId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("file_name"), result.material.fileName},
                     {QStringLiteral("sha256"), result.material.sha256},
                     {QStringLiteral("size"), result.material.size}};
    result.write = RecordRepository(workspace, Entity::ApplicationMaterial).create(actor, record);
    if (result.write.ok() && !transaction.commit()) {
        result.error = QCoreApplication::translate("dew::models::MaterialBlobs", "Cannot save the material.");
    }
    return result;
}

} // namespace dew::models
