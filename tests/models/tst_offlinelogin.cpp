// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"
#include "sync/offlinelogin.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;
using sync::OfflineLogin;
using sync::SignedInUser;

namespace {

const QString password = QStringLiteral("密码 correct horse 1");

SignedInUser officer()
{
    return SignedInUser::fromServer(QUrl(QStringLiteral("http://127.0.0.1:8443")),
                                    {{QStringLiteral("id"), QStringLiteral("u-1")},
                                     {QStringLiteral("login"), QStringLiteral("officer-a")},
                                     {QStringLiteral("display_name"), QStringLiteral("王芳")},
                                     {QStringLiteral("role"), QStringLiteral("officer")},
                                     {QStringLiteral("org_id"), QStringLiteral("org-a")}});
}

} // namespace

class OfflineLoginTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theVerifierAcceptsOnlyThePassword();
    void theWorkspaceRemembersTheUserWithoutThePassword();
    void aDemoWorkspaceRefuses();
    void anotherUsersWorkspaceRefuses();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void OfflineLoginTest::init()
{
    m_workspace.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace = Workspace::open(m_dir->filePath(QStringLiteral("desk.dew")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

void OfflineLoginTest::theVerifierAcceptsOnlyThePassword()
{
    const QString verifier = OfflineLogin::makeVerifier(password);
    QVERIFY(verifier.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!verifier.contains(password));
    QVERIFY(OfflineLogin::matches(verifier, password));
    QVERIFY(!OfflineLogin::matches(verifier, QStringLiteral("密码 correct horse 2")));
    QVERIFY(!OfflineLogin::matches(verifier, QString()));
    QVERIFY(!OfflineLogin::matches(QString(), QString()));
    QVERIFY(OfflineLogin::makeVerifier(password) != verifier); // salted
}

void OfflineLoginTest::theWorkspaceRemembersTheUserWithoutThePassword()
{
    QVERIFY(!OfflineLogin::user(*m_workspace));
    QVERIFY(!OfflineLogin::check(*m_workspace, password));
    QString error;
    QVERIFY2(OfflineLogin::remember(*m_workspace, officer(), OfflineLogin::makeVerifier(password), &error),
             qPrintable(error));
    const QString path = m_workspace->path();
    m_workspace.reset(); // what the next start reads, offline
    m_workspace = Workspace::open(path, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    const auto user = OfflineLogin::user(*m_workspace);
    QVERIFY(user);
    QCOMPARE(user->login, QStringLiteral("officer-a"));
    QCOMPARE(user->server, QUrl(QStringLiteral("http://127.0.0.1:8443")));
    QCOMPARE(user->actor.userId, QStringLiteral("u-1"));
    QCOMPARE(user->actor.displayName, QStringLiteral("王芳"));
    QCOMPARE(user->actor.role, Role::Officer);
    QCOMPARE(user->actor.orgId, QStringLiteral("org-a"));
    QVERIFY(OfflineLogin::check(*m_workspace, password));
    QVERIFY(!OfflineLogin::check(*m_workspace, QStringLiteral("wrong")));
    m_workspace.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(password.toUtf8()));
}

void OfflineLoginTest::aDemoWorkspaceRefuses()
{
    m_workspace->setMeta(QStringLiteral("demo"), QStringLiteral("1"));
    QString error;
    QVERIFY(!OfflineLogin::remember(*m_workspace, officer(), OfflineLogin::makeVerifier(password), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!OfflineLogin::user(*m_workspace));
}

void OfflineLoginTest::anotherUsersWorkspaceRefuses()
{
    QString error;
    QVERIFY(OfflineLogin::remember(*m_workspace, officer(), OfflineLogin::makeVerifier(password), &error));
    SignedInUser other = officer();
    other.actor.userId = QStringLiteral("u-2");
    QVERIFY(!OfflineLogin::remember(*m_workspace, other, OfflineLogin::makeVerifier(password), &error));
    QCOMPARE(OfflineLogin::user(*m_workspace)->actor.userId, QStringLiteral("u-1"));
}

QTEST_GUILESS_MAIN(OfflineLoginTest)
#include "tst_offlinelogin.moc"
