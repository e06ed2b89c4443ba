// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationmaterials.h"

#include "domain/enumerations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dew::models {

QStringList requiredMaterialKinds()
{
    QStringList kinds = Enumeration::of(EnumKind::MaterialKind).codes();
    kinds.removeAll(QStringLiteral("evidence"));
    return kinds;
}

QStringList missingMaterialKinds(const QList<Material> &materials)
{
    QStringList missing;
    for (const QString &kind : requiredMaterialKinds()) {
        const bool present = std::any_of(materials.cbegin(), materials.cend(),
                                         [&](const Material &m) { return m.kind == kind && isSha256Hex(m.sha256); });
        if (!present) {
            missing << kind;
        }
    }
    return missing;
}

std::optional<QString> sha256Hex(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&device)) {
        return std::nullopt;
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Material> materialFromFile(const QString &kind, const QString &path, QString *error)
{
    QFile file(path);
    std::optional<QString> digest;
    if (file.open(QIODevice::ReadOnly)) {
        digest = sha256Hex(file);
    }
    if (!digest) {
        if (error) {
            *error = QCoreApplication::translate("dew::models::ApplicationMaterials", "Cannot read %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        }
        return std::nullopt;
    }
    return Material{kind, QFileInfo(path).fileName(), *digest, file.size()};
}

MaterialCheck verifyMaterial(const Material &material, const QString &path)
{
    const std::optional<Material> now = materialFromFile(material.kind, path);
    if (!now) {
        return MaterialCheck::Unreadable;
    }
    return now->sha256 == material.sha256.toLower() && now->size == material.size ? MaterialCheck::Matches
                                                                                  : MaterialCheck::Differs;
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64) {
        return false;
    }
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace dew::models
