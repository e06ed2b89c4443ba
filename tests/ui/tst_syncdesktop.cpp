// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop against a real dew-server on loopback, as a user drives it: sign in on the Settings
// page, edit a record, Sync now, and watch the status bar.
#include "desktop.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/massdeletequestion.h"
#include "dialogs/serverpage.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/unlockdialog.h"
#include "forms/recordform.h"
#include "itemmodels/historytablemodel.h"
#include "itemmodels/pagedrecordmodel.h"
#include "itemmodels/synclistmodels.h"
#include "mainwindow.h"
#include "pages/recordpage.h"
#include "pages/syncpage.h"
#include "serverharness.h"
#include "session.h"
#include "store/materialblobs.h"
#include "store/recordrepository.h"
#include "support/settings.h"
#include "translations.h"
#include "widgets/syncstatuswidget.h"

#include <QApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
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

// Opens the demo, signs in as user through the Settings dialog, as a person would.
bool signIn(ui::Desktop &desktop, const test::TestServer &server, const server::UserAccount &user)
{
    QString error;
    if (!desktop.openDemo(&error)) {
        qWarning() << error;
        return false;
    }
    desktop.window()->show();
    signInWhenAsked(server.url(), user.login, test::password);
    desktop.window()->openSettings(true);
    return QTest::qWaitFor([&] { return desktop.session()->syncController() != nullptr; }) &&
           QTest::qWaitFor([&] { return desktop.window()->syncStatus()->connectionText() == QLatin1String("Online"); });
}

// Does what the next modal dialog of type T is for, once it is shown.
template <typename T> void whenDialogOpens(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
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
    void aConflictIsResolvedInItsDialog();
    void aRefusedChangeIsListedUntilDismissed();
    void aFileThatDidNotTravelIsCountedAndListed();
    void aRestartAsksThePasswordAndWorksOffline();
    void theMassDeleteQuestionSaysWhatAndHowMany();
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

    // Signing out ends the session on the server too: its tokens are gone, the demo opens.
    QAction *signOut = window->findChild<QAction *>(QStringLiteral("signOut"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QTRY_VERIFY(desktop.session()->isDemo());
    QVERIFY(!desktop.window()->findChild<QAction *>(QStringLiteral("signOut"))->isEnabled());
    QSqlQuery tokens(server.database().connection());
    QVERIFY(
        tokens.exec(QStringLiteral("SELECT count(*) FROM auth_token WHERE user_id = '%1'").arg(server.officerA.id)));
    QVERIFY(tokens.next());
    QCOMPARE(tokens.value(0).toInt(), 0);
}

void SyncDesktopTest::aConflictIsResolvedInItsDialog()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient colleague(server.url(), server.officerA2);
    test::verifySynced(colleague.sync());
    const QString id = test::createResource(colleague, 12, server.orgA, QStringLiteral("婚姻登记信息"));
    test::verifySynced(colleague.sync());
    ui::Desktop desktop(40);
    QVERIFY(signIn(desktop, server, server.officerA));
    ui::MainWindow *window = desktop.window();
    ui::SyncStatusWidget *status = window->syncStatus();
    ui::SyncPage *syncPage = window->syncPage();
    QVERIFY(syncPage);
    QTRY_VERIFY(models::RecordRepository(desktop.session()->workspace(), Entity::DataResource).find(id));

    // Apart, both change the summary.
    QVERIFY(colleague.records(Entity::DataResource)
                .update(colleague.actor(), id, {{QStringLiteral("summary"), QStringLiteral("同事的摘要")}})
                .ok());
    test::verifySynced(colleague.sync());
    QVERIFY(models::RecordRepository(desktop.session()->workspace(), Entity::DataResource)
                .update(desktop.session()->actor(), id, {{QStringLiteral("summary"), QStringLiteral("我的摘要")}})
                .ok());
    window->syncNowAction()->trigger();
    QTRY_COMPARE(status->conflictsText(), QStringLiteral("1 open conflict"));

    // The status bar leads to the list, which says what conflicts and who proposed what.
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(2, 2), QPointF(2, 2), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(status->findChild<QLabel *>(QStringLiteral("syncConflicts")), &release);
    QVERIFY(syncPage->isVisible());
    QTRY_COMPARE(syncPage->conflicts()->rowCount(), 1);
    const auto cell = [&](int column) {
        return syncPage->conflicts()->index(0, column).data().toString();
    };
    QVERIFY2(cell(models::ConflictTableModel::RecordColumn).contains(QStringLiteral("婚姻登记信息")),
             qPrintable(cell(0)));
    QCOMPARE(cell(models::ConflictTableModel::FieldColumn), QStringLiteral("Summary"));
    QCOMPARE(cell(models::ConflictTableModel::ServerValueColumn), QStringLiteral("同事的摘要"));
    QVERIFY2(cell(models::ConflictTableModel::CompetingColumn).contains(QStringLiteral("我的摘要")),
             qPrintable(cell(models::ConflictTableModel::CompetingColumn)));

    // The dialog offers theirs and ours; keeping ours reaches the colleague.
    whenDialogOpens<ui::ConflictDialog>([](ui::ConflictDialog *dialog) {
        QCOMPARE(dialog->fieldCount(), 1);
        QVERIFY(dialog->choose(QStringLiteral("summary"), QStringLiteral("ours")));
        dialog->accept();
    });
    QVERIFY(syncPage->resolveConflictAt(0));
    QCOMPARE(syncPage->conflicts()->rowCount(), 0);
    QTRY_COMPARE(status->pendingText(), QStringLiteral("0 pending changes")); // the dialog's choice was synced
    QCOMPARE(status->conflictsText(), QStringLiteral("0 open conflicts"));
    QCOMPARE(models::RecordRepository(desktop.session()->workspace(), Entity::DataResource)
                 .find(id)
                 ->text(QStringLiteral("summary")),
             QStringLiteral("我的摘要"));
    test::verifySynced(colleague.sync());
    QCOMPARE(colleague.records(Entity::DataResource).find(id)->text(QStringLiteral("summary")),
             QStringLiteral("我的摘要"));

    // The record's history, one click from it, tells the whole story with names.
    window->openRecord(Entity::DataResource, id);
    ui::RecordPage *page = window->currentPage();
    QCOMPARE(page->currentId(), id);
    QAction *history = page->findChild<QAction *>(QStringLiteral("historyAction"));
    QVERIFY(history && history->isEnabled());
    history->trigger();
    auto *dialog = page->findChild<ui::HistoryDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->statusText(), QStringLiteral("3 changes."));
    const models::HistoryTableModel *model = dialog->model();
    QStringList summaryChanges;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, models::HistoryTableModel::FieldColumn).data().toString() == QLatin1String("Summary")) {
            summaryChanges << model->index(row, models::HistoryTableModel::AfterColumn).data().toString();
        }
    }
    // Newest first: the resolution to ours, the colleague's edit, the value it was created with.
    QCOMPARE(summaryChanges.size(), 3);
    QCOMPARE(summaryChanges.at(0), QStringLiteral("我的摘要"));
    QCOMPARE(summaryChanges.at(1), QStringLiteral("同事的摘要"));
    QCOMPARE(model->index(0, models::HistoryTableModel::WhoColumn).data().toString(), server.officerA.displayName);
    dialog->close();
}

void SyncDesktopTest::aRefusedChangeIsListedUntilDismissed()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient otherReviewer(server.url(), server.reviewer);
    test::verifySynced(officer.sync());
    const QString id = test::createResource(officer, 13, server.orgA, QStringLiteral("收养登记信息"));
    QVERIFY(officer.records(Entity::DataResource).perform(officer.actor(), id, models::RecordAction::Submit).ok());
    test::verifySynced(officer.sync());
    test::verifySynced(otherReviewer.sync());
    ui::Desktop desktop(40);
    QVERIFY(signIn(desktop, server, server.reviewer2));
    ui::MainWindow *window = desktop.window();
    ui::SyncStatusWidget *status = window->syncStatus();
    QTRY_VERIFY(models::RecordRepository(desktop.session()->workspace(), Entity::DataResource).find(id));

    // The other reviewer publishes first; this desktop's return comes too late.
    QVERIFY(otherReviewer.records(Entity::DataResource)
                .perform(otherReviewer.actor(), id, models::RecordAction::Publish)
                .ok());
    test::verifySynced(otherReviewer.sync());
    QVERIFY(models::RecordRepository(desktop.session()->workspace(), Entity::DataResource)
                .perform(desktop.session()->actor(), id, models::RecordAction::Return)
                .ok());
    QVERIFY(status->refusedText().isEmpty());
    window->syncNowAction()->trigger();
    QTRY_COMPARE(status->refusedText(), QStringLiteral("1 refused change"));
    QCOMPARE(models::RecordRepository(desktop.session()->workspace(), Entity::DataResource).find(id)->lifecycle(),
             QStringLiteral("published"));

    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(2, 2), QPointF(2, 2), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(status->findChild<QLabel *>(QStringLiteral("syncRefused")), &release);
    ui::SyncPage *syncPage = window->syncPage();
    QVERIFY(syncPage->isVisible());
    QCOMPARE(syncPage->refused()->rowCount(), 1);
    const QString described = syncPage->refused()->describe(0);
    QVERIFY2(described.contains(QStringLiteral("收养登记信息")) && described.contains(QLatin1String("State change")) &&
                 described.contains(QLatin1String("Draft")) && described.contains(QLatin1String("Stale")),
             qPrintable(described));
    QVERIFY(syncPage->dismissRefusedAt(0));
    QCOMPARE(syncPage->refused()->rowCount(), 0);
    QVERIFY(status->refusedText().isEmpty());
}

void SyncDesktopTest::aFileThatDidNotTravelIsCountedAndListed()
{
    test::TestServer server;
    server.http.maxBlobBytes = 1024;
    DEW_START_SERVER(server);
    ui::Desktop desktop(40);
    QVERIFY(signIn(desktop, server, server.officerA));
    ui::MainWindow *window = desktop.window();
    models::Workspace &workspace = desktop.session()->workspace();
    const models::Actor officer = desktop.session()->actor();
    QTRY_VERIFY(models::RecordRepository(workspace, Entity::Organisation).find(server.orgA));
    QVERIFY(
        models::RecordRepository(workspace, Entity::DataResource)
            .create(officer, test::resourceRecord(test::resourceCode(21), QStringLiteral("婚姻登记信息"), server.orgA))
            .ok());
    const models::WriteResult filed =
        models::RecordRepository(workspace, Entity::Application)
            .create(officer,
                    test::applicationRecord(QStringLiteral("SQ-2026-21"), test::resourceCode(21), server.orgA));
    QVERIFY2(filed.ok(), qPrintable(models::describe(Entity::Application, filed.errors)));
    // The officer attaches a scan larger than this server takes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("营业执照.pdf"));
    QFile scan(path);
    QVERIFY(scan.open(QIODevice::WriteOnly));
    scan.write(QByteArray(8192, 'x'));
    scan.close();
    QVERIFY(models::attachMaterialFile(workspace, officer, filed.id, QStringLiteral("application_form"), path).ok());

    ui::SyncStatusWidget *status = window->syncStatus();
    QVERIFY(status->filesText().isEmpty());
    window->syncNowAction()->trigger();
    QTRY_COMPARE(status->filesText(), QStringLiteral("1 file not transferred"));
    QCOMPARE(status->pendingText(), QStringLiteral("0 pending changes")); // the records went
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(2, 2), QPointF(2, 2), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(status->findChild<QLabel *>(QStringLiteral("syncFiles")), &release);
    ui::SyncPage *syncPage = window->syncPage();
    QVERIFY(syncPage->isVisible());
    QCOMPARE(syncPage->files()->rowCount(), 1);
    QVERIFY(syncPage->findChild<QTabWidget *>()->currentIndex() == 2);
    QVERIFY(syncPage->files()->index(0, 1).data().toString().contains(QStringLiteral("营业执照.pdf")));
}

void SyncDesktopTest::aRestartAsksThePasswordAndWorksOffline()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    {
        ui::Desktop first(40);
        QVERIFY(signIn(first, server, server.officerA));
    }
    server.stop(); // the next start is offline

    ui::Desktop restarted(40);
    bool refusedWrongPassword = false;
    whenDialogOpens<ui::UnlockDialog>([&refusedWrongPassword](ui::UnlockDialog *dialog) {
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        password->setText(QStringLiteral("not the password"));
        dialog->accept();
        refusedWrongPassword =
            dialog->isVisible() &&
            dialog->findChild<QLabel *>(QStringLiteral("unlockProblem"))->text() == QLatin1String("Wrong password.");
        password->setText(test::password);
        dialog->accept();
    });
    QString error;
    QVERIFY2(restarted.start(&error), qPrintable(error));
    QVERIFY(refusedWrongPassword);
    QVERIFY(!restarted.session()->isDemo());
    QCOMPARE(restarted.session()->actor().userId, server.officerA.id);
    QTRY_COMPARE(restarted.window()->syncStatus()->connectionText(), QStringLiteral("Offline"));

    // Whoever does not know the password gets the demo, not the officer's records.
    ui::Desktop stranger(40);
    whenDialogOpens<ui::UnlockDialog>([](ui::UnlockDialog *dialog) { dialog->reject(); });
    QVERIFY2(stranger.start(&error), qPrintable(error));
    QVERIFY(stranger.session()->isDemo());
}

void SyncDesktopTest::theMassDeleteQuestionSaysWhatAndHowMany()
{
    QString shown;
    whenDialogOpens<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No)); // Enter does not delete
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(!ui::allowMassDelete(nullptr, QStringLiteral("data_resource"), 1234));
    QVERIFY2(shown.contains(QLatin1String("1234")) && shown.contains(QLatin1String("Data resource")),
             qPrintable(shown));
    whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QVERIFY(ui::allowMassDelete(nullptr, QStringLiteral("data_resource"), 1234));
}

QTEST_MAIN(SyncDesktopTest)
#include "tst_syncdesktop.moc"
