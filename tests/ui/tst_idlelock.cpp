// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An idle desktop locks behind the signed-in user's password (checked against the offline
// verifier), and shows none of its data while locked.
#include "idlewatcher.h"
#include "mainwindow.h"
#include "pages/recordpage.h"
#include "session.h"
#include "store/workspace.h"
#include "support/settings.h"
#include "sync/offlinelogin.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace dew;

namespace {

const QString password = QStringLiteral("correct horse 1");

void enter(ui::MainWindow &window, const QString &text)
{
    window.findChild<QLineEdit *>(QStringLiteral("lockPassword"))->setText(text);
    window.findChild<QPushButton *>(QStringLiteral("unlock"))->click();
}

} // namespace

class IdleLockTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void locksWhenIdleAndOnlyThePasswordUnlocks();
    void activityKeepsItOpen();
    void zeroMeansNever();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void IdleLockTest::initTestCase()
{
    models::Settings::useTemporaryStore(m_dir.filePath(QStringLiteral("dew.ini")));
    QString error;
    m_workspace = models::Workspace::open(m_dir.filePath(QStringLiteral("desk.dew")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    const auto user = models::sync::SignedInUser::fromServer(QUrl(QStringLiteral("http://127.0.0.1:8443")),
                                                             {{QStringLiteral("id"), QStringLiteral("u-1")},
                                                              {QStringLiteral("login"), QStringLiteral("officer-a")},
                                                              {QStringLiteral("display_name"), QStringLiteral("王芳")},
                                                              {QStringLiteral("role"), QStringLiteral("officer")},
                                                              {QStringLiteral("org_id"), QStringLiteral("org-a")}});
    QVERIFY2(models::sync::OfflineLogin::remember(*m_workspace, user,
                                                  models::sync::OfflineLogin::makeVerifier(password), &error),
             qPrintable(error));
    m_session = std::make_unique<ui::Session>(*m_workspace, user.actor);
}

void IdleLockTest::init()
{
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void IdleLockTest::cleanup()
{
    m_window.reset();
}

void IdleLockTest::locksWhenIdleAndOnlyThePasswordUnlocks()
{
    QCOMPARE(m_window->idleWatcher()->timeout(), 15 * 60 * 1000); // the default
    m_window->idleWatcher()->setTimeout(150);
    QVERIFY(!m_window->isLocked());
    QTRY_VERIFY(m_window->isLocked());
    for (ui::RecordPage *page : m_window->pages()) {
        QVERIFY(!page->isVisible()); // no data on the screen
    }
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());

    enter(*m_window, QStringLiteral("wrong"));
    QVERIFY(m_window->isLocked());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("lockProblem"))->text(), QStringLiteral("Wrong password."));

    enter(*m_window, password);
    QVERIFY(!m_window->isLocked());
    QVERIFY(m_window->currentPage()->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
    QTRY_VERIFY(m_window->isLocked()); // and it locks again after the next idle spell
}

void IdleLockTest::activityKeepsItOpen()
{
    m_window->idleWatcher()->setTimeout(400);
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::mouseMove(m_window->currentPage(), QPoint(10 + i, 10));
        QTest::keyClick(m_window->currentPage(), Qt::Key_Shift);
    }
    QVERIFY(!m_window->isLocked());
    QTRY_VERIFY(m_window->isLocked());
}

void IdleLockTest::zeroMeansNever()
{
    models::Settings::instance().setValue(models::Settings::Key::IdleLockMinutes, 0);
    QCOMPARE(m_window->idleWatcher()->timeout(), 0);
    QTest::qWait(300);
    QVERIFY(!m_window->isLocked());
    models::Settings::instance().setValue(models::Settings::Key::IdleLockMinutes, 15);
}

QTEST_MAIN(IdleLockTest)
#include "tst_idlelock.moc"
