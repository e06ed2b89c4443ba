// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The refresh token against a real Secret Service (ctest runs this inside its own D-Bus session
// with an unlocked gnome-keyring; TOOLCHAIN.md). Without one it skips on a developer's machine
// and fails under CI.
#include "sync/keychaintokenstore.h"

#include <QEventLoop>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <qt6keychain/keychain.h>

using dew::models::sync::KeychainTokenStore;

namespace {

QString storedToken(const QUrl &server, const QString &login, bool *found)
{
    QKeychain::ReadPasswordJob job(KeychainTokenStore::service());
    job.setAutoDelete(false);
    job.setKey(KeychainTokenStore::entryKey(server, login));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *found = job.error() == QKeychain::NoError;
    return job.textData();
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void entriesAreKeptPerServerAndLogin();
    void aWriteFromTheSyncThreadReachesTheKeychain();

private:
    // A login no earlier run used, so that leftovers cannot make a test pass.
    QString m_login = QStringLiteral("officer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrl m_server{QStringLiteral("http://127.0.0.1:8443")};
};

void KeychainTest::initTestCase()
{
    KeychainTokenStore probe(m_server, m_login);
    QString error;
    if (!probe.load(&error)) {
        const QByteArray why = "no Secret Service: " + error.toUtf8();
        if (qEnvironmentVariableIsSet("CI")) {
            QFAIL(why.constData());
        }
        QSKIP(why.constData());
    }
}

void KeychainTest::writeReadOverwriteDelete()
{
    KeychainTokenStore writer(m_server, m_login);
    QString error;
    QVERIFY2(writer.load(&error), qPrintable(error));
    QCOMPARE(writer.refreshToken(), QString()); // not found is no error

    writer.setRefreshToken(QStringLiteral("first-token"));
    QCOMPARE(writer.lastError(), QString());
    KeychainTokenStore reader(m_server, m_login);
    QVERIFY2(reader.load(&error), qPrintable(error));
    QCOMPARE(reader.refreshToken(), QStringLiteral("first-token"));

    writer.setRefreshToken(QStringLiteral("rotated-token"));
    QVERIFY2(reader.load(&error), qPrintable(error));
    QCOMPARE(reader.refreshToken(), QStringLiteral("rotated-token"));

    writer.setRefreshToken({}); // a logout deletes the entry
    QCOMPARE(writer.lastError(), QString());
    bool found = true;
    storedToken(m_server, m_login, &found);
    QVERIFY(!found);
    QVERIFY2(reader.load(&error), qPrintable(error));
    QCOMPARE(reader.refreshToken(), QString());
}

void KeychainTest::entriesAreKeptPerServerAndLogin()
{
    const QUrl otherServer(QStringLiteral("https://dew.example.gov.cn"));
    KeychainTokenStore mine(m_server, m_login);
    KeychainTokenStore sameLoginElsewhere(otherServer, m_login);
    mine.setRefreshToken(QStringLiteral("mine"));
    sameLoginElsewhere.setRefreshToken(QStringLiteral("elsewhere"));
    bool found = false;
    QCOMPARE(storedToken(m_server, m_login, &found), QStringLiteral("mine"));
    QCOMPARE(storedToken(otherServer, m_login, &found), QStringLiteral("elsewhere"));
    QCOMPARE(storedToken(m_server, m_login + QStringLiteral("-2"), &found), QString());
    QVERIFY(!found);
    mine.setRefreshToken({});
    sameLoginElsewhere.setRefreshToken({});
}

void KeychainTest::aWriteFromTheSyncThreadReachesTheKeychain()
{
    KeychainTokenStore store(m_server, m_login);
    QThread *worker = QThread::create([&store] { store.setRefreshToken(QStringLiteral("from-the-worker")); });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    QCOMPARE(store.refreshToken(), QStringLiteral("from-the-worker")); // the worker sees its own write at once
    bool found = false;
    QTRY_COMPARE(storedToken(m_server, m_login, &found), QStringLiteral("from-the-worker"));
    store.setRefreshToken({});
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
