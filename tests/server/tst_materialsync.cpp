// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The files of application materials through a real dew-server on loopback: kept by SHA-256 on
// the desktop that attached them, uploaded beside the records, fetched by whoever holds the
// material record, and refused to everyone else without saying whether they exist.
#include "itemmodels/synclistmodels.h"
#include "serverharness.h"
#include "store/backup.h"
#include "store/materialblobs.h"
#include "store/serverschema.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

using namespace dew;
using models::Entity;

namespace {

QString sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// Bytes a text codec would mangle: zeros, high bytes, no line structure.
QByteArray fileContent(int size, quint32 seed)
{
    QByteArray content(size, '\0');
    QRandomGenerator random(seed);
    for (char &byte : content) {
        byte = static_cast<char>(random.bounded(256));
    }
    content[0] = '\0';
    return content;
}

// A user talking to the server directly, as a desktop's sync does, to see raw answers.
class RawUser
{
public:
    RawUser(const QUrl &url, const server::UserAccount &user) : m_http(url, 10000), m_session(m_http, m_tokens)
    {
        QString error;
        m_loggedIn = m_session.login(user.login, test::password, &error);
    }
    bool loggedIn() const { return m_loggedIn; }
    models::sync::HttpReply get(const QString &sha256) { return m_session.getBytes(blobPath(sha256)); }
    models::sync::HttpReply put(const QString &sha256, const QByteArray &content)
    {
        return m_session.putBytes(blobPath(sha256), content);
    }

private:
    static QString blobPath(const QString &sha256) { return QStringLiteral("/v1/blobs/") + sha256; }

    models::sync::HttpClient m_http;
    models::sync::MemoryTokenStore m_tokens;
    models::sync::SyncSession m_session;
    bool m_loggedIn = false;
};

// A draft application of the officer's organisation, on their desktop; its id.
QString draftApplication(test::TestClient &officer, const QString &org, int number)
{
    if (!officer.sync().ok) { // the organisations first
        return {};
    }
    test::createResource(officer, number, org);
    const models::WriteResult filed =
        officer.records(Entity::Application)
            .create(officer.actor(),
                    test::applicationRecord(QStringLiteral("SQ-2026-%1").arg(number), test::resourceCode(number), org));
    return filed.ok() ? filed.id : QString();
}

// Writes the bytes to a real file and attaches it as the officer would from the Reviews page.
models::AttachResult attach(test::TestClient &officer, const QString &applicationId, const QByteArray &content,
                            const QString &name = QStringLiteral("营业执照.pdf"))
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    file.close();
    return models::attachMaterialFile(officer.workspace(), officer.actor(), applicationId,
                                      QStringLiteral("application_form"), path);
}

// What the Sync page's list of files that did not travel shows, one line per file.
QStringList fileIssueRows(models::Workspace &workspace)
{
    models::FileIssueTableModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const int column :
             {models::FileIssueTableModel::FileColumn, models::FileIssueTableModel::ApplicationColumn,
              models::FileIssueTableModel::Sha256Column, models::FileIssueTableModel::DirectionColumn}) {
            cells << model.index(row, column).data().toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QString fileIssueReason(models::Workspace &workspace)
{
    const QList<models::sync::FileIssue> issues = models::sync::fileIssues(workspace);
    return issues.size() == 1 ? issues.constFirst().reason : QString();
}

} // namespace

class MaterialSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void aFileTravelsFromOfficerToReviewer();
    void onlyThoseWhoHoldTheMaterialMayFetchIt();
    void aPutWhoseBodyIsNotItsNameIsRefused();
    void aFileNotYetUploadedIsFetchedByALaterSync();
    void aRefusedUploadDoesNotStopTheRecords();
    void aFileThatDidNotTravelIsListedUntilALaterSyncCarriesIt();
    void aBackupCarriesTheFiles();
    void anOlderStoreGainsTheBlobTable();
};

void MaterialSyncTest::aFileTravelsFromOfficerToReviewer()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = draftApplication(officer, server.orgA, 1);
    QVERIFY(!id.isEmpty());
    const QByteArray content = fileContent(300 * 1024, 1);
    const models::AttachResult attached = attach(officer, id, content);
    QVERIFY2(attached.ok(),
             qPrintable(attached.error + models::describe(Entity::ApplicationMaterial, attached.write.errors)));
    QCOMPARE(attached.material.sha256, sha256Of(content));
    QCOMPARE(attached.material.size, content.size());
    QCOMPARE(models::MaterialBlobs(officer.workspace()).verifiedContent(attached.material.sha256), content);

    const models::sync::SyncReport pushed = officer.sync();
    test::verifySynced(pushed);
    QCOMPARE(pushed.blobsUploaded, 1);
    QVERIFY2(pushed.blobError.isEmpty(), qPrintable(pushed.blobError));
    QCOMPARE(officer.sync().blobsUploaded, 0); // once is enough

    const models::sync::SyncReport pulled = reviewer.sync();
    test::verifySynced(pulled);
    QCOMPARE(pulled.blobsDownloaded, 1);
    const std::optional<QByteArray> copy =
        models::MaterialBlobs(reviewer.workspace()).verifiedContent(attached.material.sha256);
    QVERIFY(copy);
    QCOMPARE(sha256Of(*copy), attached.material.sha256);
    QCOMPARE(*copy, content);
    QCOMPARE(reviewer.sync().blobsDownloaded, 0);
}

void MaterialSyncTest::onlyThoseWhoHoldTheMaterialMayFetchIt()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    const QString id = draftApplication(officer, server.orgA, 2);
    QVERIFY(!id.isEmpty());
    const QByteArray content = fileContent(4096, 2);
    QVERIFY(attach(officer, id, content).ok());
    test::verifySynced(officer.sync());
    const QString sha256 = sha256Of(content);

    RawUser supervisor(server.url(), server.supervisor);
    RawUser stranger(server.url(), server.officerB);
    RawUser admin(server.url(), server.admin);
    QVERIFY(supervisor.loggedIn() && stranger.loggedIn() && admin.loggedIn());
    const models::sync::HttpReply seen = supervisor.get(sha256);
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.bytes, content);
    // Another organisation's officer learns nothing: the same 404 as for a file nobody has.
    const models::sync::HttpReply refused = stranger.get(sha256);
    QCOMPARE(refused.status, 404);
    QVERIFY(refused.bytes.isEmpty());
    QCOMPARE(stranger.get(sha256Of("nobody has this")).status, 404);
    QCOMPARE(admin.get(sha256).status, 404);
    // Nor does their desktop's sync bring it.
    test::TestClient strangerDesk(server.url(), server.officerB);
    test::verifySynced(strangerDesk.sync());
    QVERIFY(!models::MaterialBlobs(strangerDesk.workspace()).contains(sha256));

    // Once the material is deleted, no one fetches its file any more.
    QVERIFY(officer.records(Entity::ApplicationMaterial)
                .remove(officer.actor(), officer.records(Entity::ApplicationMaterial).childrenOf(id).constFirst().id)
                .ok());
    test::verifySynced(officer.sync());
    QCOMPARE(supervisor.get(sha256).status, 404);
}

void MaterialSyncTest::aPutWhoseBodyIsNotItsNameIsRefused()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    RawUser officer(server.url(), server.officerA);
    RawUser supervisor(server.url(), server.supervisor);
    QVERIFY(officer.loggedIn() && supervisor.loggedIn());
    const QByteArray content = fileContent(1000, 3);
    const QString named = sha256Of("something else");
    const models::sync::HttpReply wrong = officer.put(named, content);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), QStringLiteral("digest_mismatch"));
    QVERIFY2(wrong.message().contains(named), qPrintable(wrong.message()));
    QCOMPARE(officer.put(QStringLiteral("not-a-digest"), content).status, 400);
    QCOMPARE(officer.put(sha256Of(content).toUpper(), content).status, 400);
    // A role that files nothing uploads nothing.
    QCOMPARE(supervisor.put(sha256Of(content), content).status, 403);
    // The right name is taken, and taking it twice changes nothing.
    QCOMPARE(officer.put(sha256Of(content), content).status, 200);
    QCOMPARE(officer.put(sha256Of(content), content).status, 200);
}

void MaterialSyncTest::aFileNotYetUploadedIsFetchedByALaterSync()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = draftApplication(officer, server.orgA, 4);
    QVERIFY(!id.isEmpty());
    // A material record whose file this desktop does not keep (filed by an older dew).
    const QByteArray content = fileContent(2048, 4);
    models::Record material;
    material.values = {{QStringLiteral("application_id"), id},
                       {QStringLiteral("kind"), QStringLiteral("application_form")},
                       {QStringLiteral("file_name"), QStringLiteral("license.pdf")},
                       {QStringLiteral("sha256"), sha256Of(content)},
                       {QStringLiteral("size"), QVariant::fromValue(content.size())}};
    QVERIFY(officer.records(Entity::ApplicationMaterial).create(officer.actor(), material).ok());
    test::verifySynced(officer.sync());
    const models::sync::SyncReport early = reviewer.sync();
    test::verifySynced(early); // the records arrive without the file
    QCOMPARE(early.blobsDownloaded, 0);
    QCOMPARE(models::MaterialBlobs(reviewer.workspace()).missing(10), QStringList{sha256Of(content)});

    QString error;
    QVERIFY2(models::MaterialBlobs(officer.workspace()).store(content, false, &error), qPrintable(error));
    QCOMPARE(officer.sync().blobsUploaded, 1);
    const models::sync::SyncReport later = reviewer.sync();
    test::verifySynced(later);
    QCOMPARE(later.blobsDownloaded, 1);
    QCOMPARE(models::MaterialBlobs(reviewer.workspace()).verifiedContent(sha256Of(content)), content);
}

void MaterialSyncTest::aRefusedUploadDoesNotStopTheRecords()
{
    test::TestServer server;
    server.http.maxBlobBytes = 1024;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = draftApplication(officer, server.orgA, 5);
    QVERIFY(!id.isEmpty());
    const QByteArray content = fileContent(8192, 5);
    QVERIFY(attach(officer, id, content).ok());
    const models::sync::SyncReport report = officer.sync();
    test::verifySynced(report);
    QCOMPARE(report.blobsUploaded, 0);
    QVERIFY(!report.blobError.isEmpty());
    QCOMPARE(officer.pending(), 0); // the records went
    test::verifySynced(reviewer.sync());
    QCOMPARE(reviewer.records(Entity::ApplicationMaterial).childrenOf(id).size(), 1);
    // The file is still on the officer's desktop, intact.
    QCOMPARE(models::MaterialBlobs(officer.workspace()).verifiedContent(sha256Of(content)), content);

    // The officer sees which file stayed behind and why, also after later syncs that do not retry it.
    const QStringList listed{QStringLiteral("营业执照.pdf|SQ-2026-5|%1|Not uploaded").arg(sha256Of(content).left(12))};
    QCOMPARE(fileIssueRows(officer.workspace()), listed);
    QCOMPARE(fileIssueReason(officer.workspace()), report.blobError);
    test::verifySynced(officer.sync());
    QCOMPARE(fileIssueRows(officer.workspace()), listed);
    // Once no material names the file, nothing is missing any more.
    const QString materialId = officer.records(Entity::ApplicationMaterial).childrenOf(id).constFirst().id;
    QVERIFY(officer.records(Entity::ApplicationMaterial).remove(officer.actor(), materialId).ok());
    const models::sync::SyncReport removed = officer.sync();
    test::verifySynced(removed);
    QVERIFY(removed.fileIssuesChanged);
    QCOMPARE(fileIssueRows(officer.workspace()), QStringList());
}

void MaterialSyncTest::aFileThatDidNotTravelIsListedUntilALaterSyncCarriesIt()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = draftApplication(officer, server.orgA, 8);
    QVERIFY(!id.isEmpty());
    const QByteArray content = fileContent(4096, 8);
    QVERIFY(attach(officer, id, content, QStringLiteral("授权书.pdf")).ok());
    // The server cannot keep files for a while (its blob table is gone); records still sync.
    QSqlDatabase db = server.database().connection();
    QString error;
    QVERIFY2(server::run(db, QStringLiteral("DROP TABLE blob"), &error), qPrintable(error));

    const models::sync::SyncReport failedUpload = officer.sync();
    test::verifySynced(failedUpload);
    QCOMPARE(failedUpload.blobsUploaded, 0);
    QVERIFY(failedUpload.fileIssuesChanged);
    const QString prefix = sha256Of(content).left(12);
    QCOMPARE(fileIssueRows(officer.workspace()),
             QStringList{QStringLiteral("授权书.pdf|SQ-2026-8|%1|Not uploaded").arg(prefix)});
    QVERIFY2(fileIssueReason(officer.workspace()).contains(QLatin1String("store")),
             qPrintable(fileIssueReason(officer.workspace())));
    const models::sync::SyncReport failedDownload = reviewer.sync();
    test::verifySynced(failedDownload);
    QCOMPARE(failedDownload.blobsDownloaded, 0);
    QCOMPARE(fileIssueRows(reviewer.workspace()),
             QStringList{QStringLiteral("授权书.pdf|SQ-2026-8|%1|Not downloaded").arg(prefix)});
    // A failure that repeats is the same issue, not news.
    QVERIFY(!officer.sync().fileIssuesChanged);
    QCOMPARE(fileIssueRows(officer.workspace()).size(), 1);

    // The server keeps files again: the next syncs carry it both ways and the issues are gone.
    QVERIFY(server::writeMeta(db, server::metaSchemaVersion, QStringLiteral("1"), &error));
    QVERIFY2(server::upgradeSchema(server.database(), &error), qPrintable(error));
    const models::sync::SyncReport uploaded = officer.sync();
    test::verifySynced(uploaded);
    QCOMPARE(uploaded.blobsUploaded, 1);
    QVERIFY(uploaded.fileIssuesChanged);
    QCOMPARE(fileIssueRows(officer.workspace()), QStringList());
    const models::sync::SyncReport downloaded = reviewer.sync();
    test::verifySynced(downloaded);
    QCOMPARE(downloaded.blobsDownloaded, 1);
    QCOMPARE(fileIssueRows(reviewer.workspace()), QStringList());
    QCOMPARE(models::MaterialBlobs(reviewer.workspace()).verifiedContent(sha256Of(content)), content);
}

void MaterialSyncTest::aBackupCarriesTheFiles()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    const QString id = draftApplication(officer, server.orgA, 6);
    QVERIFY(!id.isEmpty());
    const QByteArray content = fileContent(64 * 1024, 6);
    QVERIFY(attach(officer, id, content).ok());
    test::verifySynced(officer.sync());
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.jsonl"));
    QString error;
    QVERIFY2(server::backupTo(server.database(), backup, &error), qPrintable(error));
    QVERIFY2(server::restoreFrom(server.database(), backup, &error), qPrintable(error));
    RawUser reviewer(server.url(), server.reviewer); // sessions do not survive a restore
    QVERIFY(reviewer.loggedIn());
    const models::sync::HttpReply restored = reviewer.get(sha256Of(content));
    QCOMPARE(restored.status, 200);
    QCOMPARE(restored.bytes, content);
}

void MaterialSyncTest::anOlderStoreGainsTheBlobTable()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    // A store as dew-server's schema version 1 left it.
    QSqlDatabase db = server.database().connection();
    QString error;
    QVERIFY2(server::run(db, QStringLiteral("DROP TABLE blob"), &error), qPrintable(error));
    QVERIFY(server::writeMeta(db, server::metaSchemaVersion, QStringLiteral("1"), &error));
    QVERIFY2(server::upgradeSchema(server.database(), &error), qPrintable(error));
    QCOMPARE(server::readMeta(db, server::metaSchemaVersion), QStringLiteral("2"));
    QVERIFY2(server::upgradeSchema(server.database(), &error), qPrintable(error)); // nothing more to do
    RawUser officer(server.url(), server.officerA);
    QVERIFY(officer.loggedIn());
    const QByteArray content = fileContent(100, 7);
    QCOMPARE(officer.put(sha256Of(content), content).status, 200);
    // A store from a newer dew-server is left alone.
    QVERIFY(server::writeMeta(db, server::metaSchemaVersion, QStringLiteral("3"), &error));
    QVERIFY(!server::upgradeSchema(server.database(), &error));
    QVERIFY2(error.contains(QLatin1Char('3')), qPrintable(error));
}

QTEST_GUILESS_MAIN(MaterialSyncTest)
#include "tst_materialsync.moc"
