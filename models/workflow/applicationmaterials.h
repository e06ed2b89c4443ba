// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationfacts.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace dew::models {

// The kinds every application must carry before it is accepted (all but the supporting evidence).
QStringList requiredMaterialKinds();
// The required kinds an application lacks, in the order of EnumKind::MaterialKind.
QStringList missingMaterialKinds(const QList<Material> &materials);

// Lower-case hex SHA-256 of what a device yields until its end; nullopt on a read error.
std::optional<QString> sha256Hex(QIODevice &device);
// A material of a file on disk, its digest taken now; nullopt, with the reason, when unreadable.
std::optional<Material> materialFromFile(const QString &kind, const QString &path, QString *error = nullptr);

enum class MaterialCheck { Matches, Differs, Unreadable };
// Whether a file is still the one filed: same bytes, by SHA-256.
MaterialCheck verifyMaterial(const Material &material, const QString &path);
bool isSha256Hex(const QString &text);

} // namespace dew::models
