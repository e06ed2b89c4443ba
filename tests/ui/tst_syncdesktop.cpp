// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop against a real dew-server on loopback, as a user drives it: sign in on the Settings
// page, edit a record, Sync now, and watch the status bar.
#include "desktop.h"
#include "dialogs/serverpage.h"
#include "dialogs/settingsdialog.h"
#include "forms/recordform.h"
#include "itemmodels/pagedrecordmodel.h"
#include "mainwindow.h"
#include "pages/recordpage.h"
#include "serverharness.h"
#include "session.h"
#include "support/settings.h"
#include "translations.h"
#include "widgets/syncstatuswidget.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

using namespace dew;
using models::Entity;

namespace {

void commit(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Fills the server page of the Settings dialog that the window opens, and presses Sign in.
void signInWhenAsked(const QUrl &server, const QString &login, const QString &password)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        ui::ServerPage *page = dialog->serverPage();
        page->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(server.toString());
        page->findChild<QLineEdit *>(QStringLiteral("serverLogin"))->setText(login);
        page->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(password);
        page->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    });
}

} // namespace

class SyncDesktopTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aWrongPasswordIsSaidClearly();
    void signInEditSyncNow();
};

void SyncDesktopTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    static QTemporaryDir settingsDir;
    models::Settings::useTemporaryStore(settingsDir.filePath(QStringLiteral("dew.ini")));
    ui::installTranslations(QStringLiteral("en")); // English plural forms
}

void SyncDesktopTest::aWrongPasswordIsSaidClearly()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    ui::SettingsDialog dialog;
    dialog.showServerPage();
    dialog.show();
    ui::ServerPage *page = dialog.serverPage();
    page->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(server.url().toString());
    page->findChild<QLineEdit *>(QStringLiteral("serverLogin"))->setText(server.officerA.login);
    page->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("not the password"));
    page->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    auto *status = page->findChild<QLabel *>(QStringLiteral("signInStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.connection());

    page->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(QStringLiteral("http://127.0.0.1:1"));
    page->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(test::password);
    page->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QTRY_VERIFY(status->text().contains(QLatin1String("cannot be reached")));
}

void SyncDesktopTest::signInEditSyncNow()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient colleague(server.url(), server.officerA2);
    QVERIFY(colleague.sync().ok); // brings the organisations
    const models::WriteResult created =
        colleague.records(Entity::DataResource)
            .create(colleague.actor(),
                    test::resourceRecord(QStringLiteral("101001/000011"), QStringLiteral("人口基础信息"), server.orgA));
    QVERIFY(created.ok());
    QVERIFY(colleague.sync().ok);

    ui::Desktop desktop(40);
    QString error;
    QVERIFY2(desktop.openDemo(&error), qPrintable(error));
    QVERIFY(desktop.session()->isDemo());
    QVERIFY(!desktop.window()->syncNowAction()->isEnabled()); // a demo workspace has no server
    desktop.window()->show();

    signInWhenAsked(server.url(), server.officerA.login, test::password);
    desktop.window()->openSettings(true);
    QTRY_VERIFY(desktop.session()->syncController()); // the window was rebuilt on the user's workspace
    ui::MainWindow *window = desktop.window();
    QVERIFY(window->isVisible());
    QVERIFY(!desktop.session()->isDemo());
    QCOMPARE(desktop.session()->actor().userId, server.officerA.id);
    ui::SyncStatusWidget *status = window->syncStatus();
    QVERIFY(status);
    QTRY_COMPARE(status->connectionText(), QStringLiteral("Online"));
    QVERIFY(status->lastSyncText().startsWith(QLatin1String("Last sync: ")));
    QCOMPARE(status->pendingText(), QStringLiteral("0 pending changes"));
    QCOMPARE(status->conflictsText(), QStringLiteral("0 open conflicts"));

    window->showPage(1);
    ui::RecordPage *page = window->currentPage();
    QCOMPARE(page->entity(), Entity::DataResource);
    QTRY_VERIFY(page->model()->rowCount() > 0); // the pulled record shows without a restart
    page->selectRecord(created.id);
    auto *name = qobject_cast<QLineEdit *>(page->form()->editor(QStringLiteral("name")));
    QVERIFY(name && !name->isReadOnly());
    name->selectAll();
    commit(name, QStringLiteral("人口基础信息库"));
    QVERIFY(page->save());
    QCOMPARE(status->pendingText(), QStringLiteral("1 pending change"));

    window->syncNowAction()->trigger();
    QTRY_COMPARE(status->pendingText(), QStringLiteral("0 pending changes"));
    QCOMPARE(status->connectionText(), QStringLiteral("Online"));
    QVERIFY(colleague.sync().ok);
    QCOMPARE(colleague.records(Entity::DataResource).find(created.id)->text(QStringLiteral("name")),
             QStringLiteral("人口基础信息库"));
}

QTEST_MAIN(SyncDesktopTest)
#include "tst_syncdesktop.moc"
