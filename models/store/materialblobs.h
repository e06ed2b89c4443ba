// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordrepository.h"
#include "workflow/applicationfacts.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dew::models {

class Workspace;

// The files of application materials on this desktop, by SHA-256 (table material_blob): what
// its user attached, and what sync brought from dew-server for the materials it holds.
class MaterialBlobs
{
public:
    explicit MaterialBlobs(const Workspace &workspace) : m_workspace(workspace) {}

    bool contains(const QString &sha256) const;
    // The bytes, only if their SHA-256 is still their name: a damaged copy is no copy.
    std::optional<QByteArray> verifiedContent(const QString &sha256) const;
    // Keeps bytes under their SHA-256 (refused, with a reason, if that is not their digest).
    // Downloaded bytes are marked as on the server already; attached ones wait for upload.
    bool store(const QByteArray &content, bool onServer, QString *error) const;
    void markUploaded(const QString &sha256) const;
    // After the server was restored from a backup: it may lack any of them.
    void offerAllAgain() const;

    // Attached here and not yet on the server.
    QStringList awaitingUpload() const;
    // Named by live material records here and not in the cache, at most `limit`, in no fixed order.
    QStringList missing(int limit) const;

private:
    const Workspace &m_workspace;
};

// Writes the kept file of a material to `path` and reads it back: only bytes whose SHA-256 is the
// material's leave the workspace. False, with a reason the user can act on, otherwise.
bool writeMaterialCopy(const Workspace &workspace, const Material &material, const QString &path, QString *error);

struct AttachResult
{
    Material material;
    WriteResult write; // the material record's
    QString error;     // the file could not be read

    bool ok() const { return error.isEmpty() && write.ok(); }
};

// Attaches a file on disk to an application: reads it once, keeps its bytes and creates the
// material record in one transaction, so a record never names a file this desktop lacks.
AttachResult attachMaterialFile(const Workspace &workspace, const Actor &actor, const QString &applicationId,
                                const QString &kind, const QString &path);

} // namespace dew::models
