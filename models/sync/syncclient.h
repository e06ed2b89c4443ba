// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol.h"
#include "syncedrows.h"
#include "syncissues.h"
#include "syncsession.h"

#include <QHash>

#include <optional>

namespace dew::models {
class Workspace;
}

namespace dew::models::sync {

struct SyncOptions
{
    bool allowMassDelete = false; // the user confirmed a sync that deletes much
    bool push = true;             // false: only bring the server's changes (the outbox waits)
    int pushBatch = 500;
    int pullPage = 500;
    int blobDownloads = 20; // material files fetched per sync at most; the rest come with the next
};

struct SyncReport
{
    bool ok = false;
    QString error; // why the sync stopped early; nothing is lost, the next sync goes on
    bool massDeleteBlocked = false;
    QString massDeleteTable;
    int massDeleteCount = 0;
    bool resynced = false; // rebuilt from a snapshot after 410
    bool newEpoch = false; // the server was restored: local rows were pushed again
    int pushed = 0;
    int conflicts = 0;
    int rejected = 0;
    int pulled = 0;
    int evicted = 0;
    int repushed = 0;
    int blobsUploaded = 0;
    int blobsDownloaded = 0;
    QString blobError;              // a material file did not travel; records synced anyway, the next sync tries again
    bool fileIssuesChanged = false; // the list of files that did not travel (fileIssues) changed
};

// One sync of a workspace with dew-server (DESIGN.md §5): notices a new server epoch first,
// pushes the outbox in batches, pulls changes page by page (each page and the cursor in one
// transaction), then refreshes the open conflicts. Any failure stops it with the outbox and
// the cursor where they were, so the next sync repeats only what did not finish. Material files
// travel beside the records: uploaded before the push, fetched after the pull; a file that does
// not get through never stops the records' sync.
class SyncClient
{
public:
    SyncClient(const Workspace &workspace, SyncSession &session);

    SyncReport sync(const SyncOptions &options = {});
    std::optional<QHash<QString, TableDigest>> serverDigests(QString *error);
    QHash<QString, TableDigest> localDigests() const { return m_rows.digests(); }

    QString clientId() const;
    qint64 cursor() const;
    QString epoch() const;

private:
    bool checkEpoch(SyncReport &report);
    bool pushOutbox(SyncReport &report, const SyncOptions &options);
    bool pull(SyncReport &report, const SyncOptions &options);
    bool applyPage(const QJsonObject &page, SyncReport &report, const SyncOptions &options,
                   QHash<QString, int> &deletions);
    bool rebuildFromSnapshot(SyncReport &report);
    bool repushAfterRestore(SyncReport &report, const QString &epoch);
    bool refreshConflicts(SyncReport &report);
    void uploadBlobs(SyncReport &report);
    void downloadBlobs(SyncReport &report, const SyncOptions &options);
    void blobFailed(SyncReport &report, const QString &sha256, FileIssue::Direction direction, const QString &reason);
    void blobTravelled(SyncReport &report, const QString &sha256, FileIssue::Direction direction);
    bool restoreServerState(const QString &table, const QString &id, QString *error);
    bool refetchNoted(SyncReport &report);
    bool forgetRefetch(const QString &table, const QString &id);
    // Where the sync state lives in the workspace's meta table.
    static constexpr const char *metaClientId = "sync.client_id";
    static constexpr const char *metaCursor = "sync.cursor";
    static constexpr const char *metaEpoch = "sync.epoch";

    void setMeta(const char *key, const QString &value) const;
    QString meta(const char *key) const;

    const Workspace &m_workspace;
    SyncSession &m_session;
    SyncedRows m_rows;
};

} // namespace dew::models::sync
