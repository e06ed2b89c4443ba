// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dialogs/massdeletequestion.h"
#include "dialogs/settingsdialog.h"
#include "idlewatcher.h"
#include "import/importwizard.h"
#include "pages/recordpage.h"
#include "pages/reviewspage.h"
#include "pages/syncpage.h"
#include "session.h"
#include "store/recordrepository.h"
#include "store/workspace.h"
#include "support/settings.h"
#include "sync/offlinelogin.h"
#include "sync/synccontroller.h"
#include "widgets/lockscreen.h"
#include "widgets/syncstatuswidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace dew::ui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_undoStack(new QUndoStack(this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Data Element Workbench"));
    setObjectName(QStringLiteral("mainWindow"));
    const struct
    {
        models::Entity entity;
        QStyle::StandardPixmap icon;
    } modules[] = {{models::Entity::InformationSystem, QStyle::SP_ComputerIcon},
                   {models::Entity::DataResource, QStyle::SP_FileDialogDetailedView},
                   {models::Entity::Application, QStyle::SP_FileDialogContentsView},
                   {models::Entity::WorkflowRule, QStyle::SP_FileDialogInfoView}};
    for (const auto &module : modules) {
        auto *page = new RecordPage(session, module.entity, m_undoStack, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(style()->standardIcon(module.icon), page->title(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    m_reviewsPage = new ReviewsPage(session, m_stack);
    m_stack->addWidget(m_reviewsPage);
    auto *reviewsItem =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), m_reviewsPage->title(), m_navigation);
    reviewsItem->setSizeHint(QSize(0, 40));
    if (session.syncController()) {
        m_syncPage = new SyncPage(session, m_stack);
        m_stack->addWidget(m_syncPage);
        auto *item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), m_syncPage->title(), m_navigation);
        item->setSizeHint(QSize(0, 40));
        connect(m_syncPage, &SyncPage::openRecordRequested, this, &MainWindow::openRecord);
    }
    m_navigation->setObjectName(QStringLiteral("navigation"));
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setFixedWidth(widest + 64); // icon, margins and a scroll bar's room
    m_navigation->setIconSize(QSize(20, 20));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setUpIdleLock(central);

    buildMenus();
    buildStatusBar();
    connectSync();
    connect(&m_session, &Session::recordsChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::actorChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::workspaceChanged, this, &MainWindow::updateStatus);

    models::Settings &settings = models::Settings::instance();
    if (!restoreGeometry(settings.value(models::Settings::Key::WindowGeometry).toByteArray())) {
        resize(1360, 820);
    }
    restoreState(settings.value(models::Settings::Key::WindowState).toByteArray());
    showPage(std::clamp(settings.value(models::Settings::Key::LastPage).toInt(), 0, m_navigation->count() - 1));
}

MainWindow::~MainWindow()
{
    models::Settings &settings = models::Settings::instance();
    settings.setValue(models::Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(models::Settings::Key::WindowState, saveState());
    settings.setValue(models::Settings::Key::LastPage, m_stack->currentIndex());
}

RecordPage *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::openRecord(models::Entity entity, const QString &recordId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->entity() == entity) {
            showPage(i);
            m_pages.at(i)->selectRecord(recordId);
            return;
        }
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import from a spreadsheet…"), this, [this] {
        ImportWizard wizard(m_session, m_undoStack, this);
        wizard.exec();
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportView = file->addAction(tr("&Export the view…"), this, [this] {
        if (RecordPage *page = currentPage()) {
            page->exportView();
        }
    });
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *exportTemplate = file->addAction(tr("Export resources with their items (template layout)…"), this, [this] {
        if (RecordPage *page = currentPage()) {
            page->exportTemplate();
        }
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this, exportView, exportTemplate] {
        const RecordPage *page = currentPage();
        exportView->setEnabled(page != nullptr); // the Sync page has no view to export
        exportTemplate->setEnabled(page && page->entity() == models::Entity::DataResource);
    });
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, [this] { openSettings(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    m_syncNow = sync->addAction(tr("Sync &now"), this, [this] {
        m_askMassDelete = true;
        m_session.syncController()->syncNow();
    });
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_syncNow->setEnabled(m_session.syncController() != nullptr);
    if (!m_session.syncController()) {
        m_syncNow->setToolTip(tr("A demo workspace has no server."));
    }
    sync->addAction(tr("Sign &in to a server…"), this, [this] { openSettings(true); });
    QAction *signOut = sync->addAction(tr("Sign &out"), this, [this] {
        const qint64 pending = m_session.syncController()->status().pending;
        if (pending > 0 &&
            QMessageBox::question(this, tr("Sign out"),
                                  tr("%n change(s) made here are not on the server yet. They stay in this workspace "
                                     "and are sent when you sign in again. Sign out now?",
                                     nullptr, int(pending))) != QMessageBox::Yes) {
            return;
        }
        emit signOutRequested();
    });
    signOut->setObjectName(QStringLiteral("signOut"));
    signOut->setEnabled(m_session.syncController() != nullptr);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *action = go->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About dew"), this, [this] {
        QMessageBox::about(this, tr("About dew"),
                           tr("<b>Data Element Workbench</b> %1<br>Inventories of information systems and data "
                              "resources for a city's data bureau.")
                               .arg(QApplication::applicationVersion()));
    });

    if (m_session.isDemo()) {
        QToolBar *toolbar = addToolBar(tr("User"));
        toolbar->setObjectName(QStringLiteral("userToolbar"));
        toolbar->setMovable(false);
        toolbar->addWidget(new QLabel(tr("Demo user: "), toolbar));
        m_userSwitcher = new QComboBox(toolbar);
        m_userSwitcher->setObjectName(QStringLiteral("userSwitcher"));
        for (const models::Actor &actor : m_session.demoActors()) {
            m_userSwitcher->addItem(QStringLiteral("%1（%2）").arg(actor.displayName, models::roleLabel(actor.role)),
                                    actor.userId);
        }
        m_userSwitcher->setCurrentIndex(m_userSwitcher->findData(m_session.actor().userId));
        connect(m_userSwitcher, &QComboBox::activated, this,
                [this] { m_session.setActor(m_userSwitcher->currentData().toString()); });
        toolbar->addWidget(m_userSwitcher);
    }
}

void MainWindow::buildStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addWidget(m_countsLabel);
    if (m_session.syncController()) {
        m_syncStatus = new SyncStatusWidget(this);
        statusBar()->addPermanentWidget(m_syncStatus);
        connect(m_syncStatus, &SyncStatusWidget::conflictsClicked, this, [this] {
            m_navigation->setCurrentRow(m_stack->indexOf(m_syncPage));
            m_syncPage->showConflicts();
        });
        connect(m_syncStatus, &SyncStatusWidget::refusedClicked, this, [this] {
            m_navigation->setCurrentRow(m_stack->indexOf(m_syncPage));
            m_syncPage->showRefused();
        });
        connect(m_syncStatus, &SyncStatusWidget::filesClicked, this, [this] {
            m_navigation->setCurrentRow(m_stack->indexOf(m_syncPage));
            m_syncPage->showFiles();
        });
    }
    // What is due soon is shown when the app opens, and whenever it changes.
    m_reviewsDue = new QLabel(this);
    m_reviewsDue->setObjectName(QStringLiteral("reviewsDue"));
    statusBar()->addPermanentWidget(m_reviewsDue);
    connect(m_reviewsDue, &QLabel::linkActivated, this,
            [this] { m_navigation->setCurrentRow(m_stack->indexOf(m_reviewsPage)); });
    connect(m_reviewsPage, &ReviewsPage::dueCountChanged, this, &MainWindow::showReviewsDue);
    showReviewsDue(m_reviewsPage->dueCount());
    statusBar()->addPermanentWidget(m_userLabel);
    updateStatus();
}

void MainWindow::showReviewsDue(int count)
{
    m_reviewsDue->setVisible(count > 0);
    m_reviewsDue->setText(QStringLiteral("<a href=\"reviews\" style=\"color:#c62828\">%1</a>")
                              .arg(tr("%n review(s) due soon or overdue", nullptr, count).toHtmlEscaped()));
}

void MainWindow::updateStatus()
{
    const models::Workspace &workspace = m_session.workspace();
    const QString name = QFileInfo(workspace.path()).completeBaseName();
    m_workspaceLabel->setText(m_session.isDemo() ? tr("Workspace: %1 (demo, offline)").arg(name)
                                                 : tr("Workspace: %1").arg(name));
    m_countsLabel->setText(tr("%L1 information systems · %L2 data resources")
                               .arg(models::RecordRepository(workspace, models::Entity::InformationSystem).count())
                               .arg(models::RecordRepository(workspace, models::Entity::DataResource).count()));
    const models::Actor &actor = m_session.actor();
    const std::optional<models::Record> organisation =
        models::RecordRepository(workspace, models::Entity::Organisation).find(actor.orgId);
    const QString org = organisation ? QStringLiteral(" · ") + organisation->text(QStringLiteral("name")) : QString();
    m_userLabel->setText(tr("%1 · %2").arg(actor.displayName, models::roleLabel(actor.role)) + org);
    if (m_userSwitcher) {
        m_userSwitcher->setCurrentIndex(m_userSwitcher->findData(actor.userId));
    }
}

void MainWindow::connectSync()
{
    models::sync::SyncController *controller = m_session.syncController();
    if (!controller) {
        return;
    }
    const auto showStatus = [this, controller] {
        m_syncStatus->show(controller->status());
    };
    connect(controller, &models::sync::SyncController::statusChanged, this, showStatus);
    showStatus();
    connect(&m_session, &Session::recordsChanged, controller, &models::sync::SyncController::refreshCounts);
    connect(&m_session, &Session::workspaceChanged, controller, &models::sync::SyncController::refreshCounts);
    connect(controller, &models::sync::SyncController::synced, this, [this](const models::sync::SyncReport &report) {
        if (report.pulled + report.evicted + report.rejected + report.conflicts + report.repushed > 0 ||
            report.resynced || report.fileIssuesChanged) {
            emit m_session.syncedChanges();
            updateStatus();
        }
    });
    connect(controller, &models::sync::SyncController::massDeleteBlocked, this,
            [this, controller](const QString &table, int count) {
                if (std::exchange(m_askMassDelete, false) && allowMassDelete(this, table, count)) {
                    controller->syncNow(true);
                }
            });
}

void MainWindow::setUpIdleLock(QWidget *content)
{
    m_lockStack = new QStackedWidget(this);
    m_lockStack->addWidget(content);
    setCentralWidget(m_lockStack);
    m_idle = new IdleWatcher(this);
    const models::Workspace &workspace = m_session.workspace();
    if (m_session.isDemo() || !models::sync::OfflineLogin::user(workspace)) {
        return; // no password to lock behind
    }
    m_lockScreen = new LockScreen(m_session.actor().displayName, [&workspace](const QString &password) {
        return models::sync::OfflineLogin::check(workspace, password);
    });
    m_lockStack->addWidget(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    const auto applySetting = [this] {
        m_idle->setTimeout(models::Settings::instance().value(models::Settings::Key::IdleLockMinutes).toInt() * 60'000);
    };
    connect(&models::Settings::instance(), &models::Settings::changed, this, [applySetting](models::Settings::Key key) {
        if (key == models::Settings::Key::IdleLockMinutes) {
            applySetting();
        }
    });
    applySetting();
}

bool MainWindow::isLocked() const
{
    return m_lockScreen && m_lockStack->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (!m_lockScreen || isLocked()) {
        return;
    }
    // Dialogs may show records too: they close, as a cancel would.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
    m_hiddenByLock.clear();
    for (QWidget *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        if (bar->isVisible()) {
            m_hiddenByLock << bar;
        }
    }
    m_hiddenByLock << menuBar() << statusBar();
    for (QWidget *widget : std::as_const(m_hiddenByLock)) {
        widget->setVisible(false);
    }
    m_lockStack->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare();
    m_idle->stop();
}

void MainWindow::unlock()
{
    m_lockStack->setCurrentIndex(0);
    for (QWidget *widget : std::as_const(m_hiddenByLock)) {
        widget->setVisible(true);
    }
    m_hiddenByLock.clear();
    m_idle->restart();
}

void MainWindow::openSettings(bool serverPage)
{
    SettingsDialog dialog(m_session.isDemo() ? QString() : m_session.actor().displayName, this);
    if (serverPage) {
        dialog.showServerPage();
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.connection()) {
        emit connectRequested(*dialog.connection());
    } else if (dialog.demoRequested()) {
        emit demoRequested();
    }
}

} // namespace dew::ui
