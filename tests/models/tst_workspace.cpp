// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dew::models;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("PRAGMA ") + name);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void freshWorkspaceHasLatestSchema();
    void pragmasAreSet();
    void reopenKeepsData();
    void newerSchemaIsRefusedAndUntouched();
    void foreignFileIsRefused();
    void failedTransactionLeavesNothing();
};

void TestWorkspace::freshWorkspaceHasLatestSchema()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.dew")), &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(workspace->schemaVersion(), Workspace::latestSchemaVersion());
    QSqlQuery query(workspace->database());
    for (const char *table : {"region", "organisation", "information_system", "data_resource", "data_item", "outbox",
                              "data_resource_fts"}) {
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), table);
    }
}

void TestWorkspace::pragmasAreSet()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.dew")), nullptr);
    QVERIFY(workspace);
    QCOMPARE(pragma(*workspace, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*workspace, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(*workspace, QStringLiteral("foreign_keys")), QStringLiteral("1"));
}

void TestWorkspace::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.dew"));
    {
        auto workspace = Workspace::open(path, nullptr);
        QVERIFY(workspace);
        workspace->setMeta(QStringLiteral("demo_user"), QStringLiteral("u-1"));
    }
    auto workspace = Workspace::open(path, nullptr);
    QVERIFY(workspace);
    QCOMPARE(workspace->meta(QStringLiteral("demo_user")), QStringLiteral("u-1"));
}

void TestWorkspace::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.dew"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const QByteArray sql =
        "CREATE TABLE t(x); PRAGMA user_version = " + QByteArray::number(Workspace::latestSchemaVersion() + 1);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileHash(path);

    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY(!workspace);
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(Workspace::latestSchemaVersion() + 1)), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestWorkspace::foreignFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.dew"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("not a dew workspace")), qPrintable(error));
}

void TestWorkspace::failedTransactionLeavesNothing()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.dew")), nullptr);
    QVERIFY(workspace);
    {
        Transaction outer(*workspace);
        workspace->setMeta(QStringLiteral("k"), QStringLiteral("v"));
        // no commit: rolled back when it goes out of scope
    }
    QCOMPARE(workspace->meta(QStringLiteral("k")), QString());
    {
        Transaction outer(*workspace);
        {
            Transaction inner(*workspace);
            workspace->setMeta(QStringLiteral("k"), QStringLiteral("inner"));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(workspace->meta(QStringLiteral("k")), QStringLiteral("inner"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
