// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpage.h"

#include "dialogs/conflictdialog.h"
#include "itemmodels/synclistmodels.h"
#include "session.h"
#include "sync/synccontroller.h"
#include "sync/syncissues.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

// A read-only list whose columns fit their text; the stretching column takes the room left.
QTableView *listView(QAbstractItemModel *model, const QString &name, int stretching, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretching, QHeaderView::Stretch);
    return view;
}

int selectedRow(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace

SyncPage::SyncPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_conflicts(new models::ConflictTableModel(session.workspace(), this)),
      m_refused(new models::SyncIssueTableModel(session.workspace(), this)),
      m_files(new models::FileIssueTableModel(session.workspace(), this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(buildConflictsTab(), QString());
    m_tabs->addTab(buildRefusedTab(), QString());
    m_tabs->addTab(buildFilesTab(), QString());
    layout->addWidget(m_tabs);
    updateTabTitles();
    connect(&m_session, &Session::syncedChanges, this, &SyncPage::reload);
}

QString SyncPage::title() const
{
    return tr("Sync");
}

QWidget *SyncPage::buildConflictsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *help = new QLabel(tr("Fields that several people changed while apart. Nothing was overwritten: choose "
                               "the value that should stand."),
                            tab);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_conflictView =
        listView(m_conflicts, QStringLiteral("conflictList"), models::ConflictTableModel::CompetingColumn, tab);
    layout->addWidget(m_conflictView, 1);
    auto *buttons = new QHBoxLayout;
    m_resolve = new QPushButton(tr("&Resolve…"), tab);
    m_resolve->setObjectName(QStringLiteral("resolveConflict"));
    auto *open = new QPushButton(tr("&Open the record"), tab);
    buttons->addWidget(m_resolve);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);

    const auto updateButtons = [this, open] {
        const bool any = selectedRow(m_conflictView) >= 0;
        m_resolve->setEnabled(any);
        open->setEnabled(any);
    };
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveConflictAt(selectedRow(m_conflictView)); });
    connect(m_conflictView, &QTableView::activated, this,
            [this](const QModelIndex &index) { resolveConflictAt(index.row()); });
    connect(open, &QPushButton::clicked, this, [this] {
        const models::sync::OpenConflict &conflict = m_conflicts->conflictAt(selectedRow(m_conflictView));
        if (const std::optional<models::Entity> entity = models::entityOfTable(conflict.table)) {
            emit openRecordRequested(*entity, conflict.recordId);
        }
    });
    return tab;
}

QWidget *SyncPage::buildRefusedTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *help = new QLabel(tr("Changes made on this computer that the server refused, with its reason. The record "
                               "shows the server's version; what was typed is kept here until you dismiss it."),
                            tab);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    m_refusedView =
        listView(m_refused, QStringLiteral("refusedList"), models::SyncIssueTableModel::ContentColumn, splitter);
    m_refusedDetail = new QPlainTextEdit(splitter);
    m_refusedDetail->setObjectName(QStringLiteral("refusedDetail"));
    m_refusedDetail->setReadOnly(true);
    splitter->addWidget(m_refusedView);
    splitter->addWidget(m_refusedDetail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy"), tab);
    m_dismiss = new QPushButton(tr("&Dismiss"), tab);
    m_dismiss->setObjectName(QStringLiteral("dismissRefused"));
    m_dismiss->setToolTip(tr("You have read it and retyped what still matters: remove it from the list."));
    auto *open = new QPushButton(tr("Open the &record"), tab);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);

    const auto updateButtons = [this, open] {
        const bool any = selectedRow(m_refusedView) >= 0;
        for (QPushButton *button : {m_copy, m_dismiss, open}) {
            button->setEnabled(any);
        }
        showRefusedDetail();
    };
    connect(m_refusedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_refused, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_refused->describe(selectedRow(m_refusedView))); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissRefusedAt(selectedRow(m_refusedView)); });
    connect(open, &QPushButton::clicked, this, [this] {
        const models::sync::SyncIssue &issue = m_refused->issueAt(selectedRow(m_refusedView));
        if (const std::optional<models::Entity> entity = models::entityOfTable(issue.table)) {
            emit openRecordRequested(*entity, issue.recordId);
        }
    });
    return tab;
}

QWidget *SyncPage::buildFilesTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *help = new QLabel(tr("Material files that did not travel between this computer and the server, with the "
                               "reason. Their records synced anyway. A file leaves this list once a later sync "
                               "carries it; one the server refused (too large, say) is not tried again: attach "
                               "another copy or remove the material."),
                            tab);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(
        listView(m_files, QStringLiteral("fileIssueList"), models::FileIssueTableModel::ReasonColumn, tab), 1);
    return tab;
}

void SyncPage::showRefusedDetail()
{
    const int row = selectedRow(m_refusedView);
    m_refusedDetail->setPlainText(row >= 0 ? m_refused->describe(row) : QString());
}

void SyncPage::reload()
{
    m_conflicts->reload();
    m_refused->reload();
    m_files->reload();
    updateTabTitles();
}

void SyncPage::updateTabTitles()
{
    m_tabs->setTabText(0, tr("&Conflicts (%L1)").arg(m_conflicts->rowCount()));
    m_tabs->setTabText(1, tr("Re&fused changes (%L1)").arg(m_refused->rowCount()));
    m_tabs->setTabText(2, tr("File&s not transferred (%L1)").arg(m_files->rowCount()));
}

QString SyncPage::tabText(int index) const
{
    return m_tabs->tabText(index);
}

void SyncPage::refreshStatus()
{
    if (m_session.syncController()) {
        m_session.syncController()->refreshCounts();
    }
}

void SyncPage::showConflicts()
{
    m_tabs->setCurrentIndex(0);
}

void SyncPage::showRefused()
{
    m_tabs->setCurrentIndex(1);
}

void SyncPage::showFiles()
{
    m_tabs->setCurrentIndex(2);
}

bool SyncPage::resolveConflictAt(int row)
{
    if (row < 0 || row >= m_conflicts->rowCount()) {
        return false;
    }
    const models::sync::OpenConflict conflict = m_conflicts->conflictAt(row);
    ConflictDialog dialog(m_session, conflict.table, conflict.recordId, this);
    // A dialog that resolved anything said so through Session::syncedChanges, which reloads the page.
    const bool resolved = dialog.exec() == QDialog::Accepted;
    refreshStatus();
    if (resolved && m_session.syncController()) {
        m_session.syncController()->syncNow(); // the choice reaches the others as soon as it can
    }
    return resolved;
}

bool SyncPage::dismissRefusedAt(int row)
{
    if (row < 0 || row >= m_refused->rowCount() ||
        !models::sync::dismissSyncIssue(m_session.workspace(), m_refused->issueAt(row).mutationId)) {
        return false;
    }
    reload();
    refreshStatus();
    return true;
}

} // namespace dew::ui
