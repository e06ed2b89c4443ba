// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dew::models {
class ConflictTableModel;
class FileIssueTableModel;
class SyncIssueTableModel;
} // namespace dew::models

namespace dew::ui {

class Session;

// What sync left for a person: the open conflicts, each resolved in a dialog, and the changes
// the server refused, listed with their reason and content, and the material files that did not
// travel, with why (never as pop-ups).
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Session &session, QWidget *parent = nullptr);

    QString title() const;
    void reload();
    void showConflicts();
    void showRefused();
    void showFiles();
    // The dialog for the record of this row of the conflict list; true when it resolved.
    bool resolveConflictAt(int row);
    bool dismissRefusedAt(int row);
    models::ConflictTableModel *conflicts() const { return m_conflicts; }
    models::SyncIssueTableModel *refused() const { return m_refused; }
    models::FileIssueTableModel *files() const { return m_files; }
    QString tabText(int index) const;

signals:
    void openRecordRequested(dew::models::Entity entity, const QString &recordId);

private:
    QWidget *buildConflictsTab();
    QWidget *buildRefusedTab();
    QWidget *buildFilesTab();
    void updateTabTitles();
    void showRefusedDetail();
    void refreshStatus();

    Session &m_session;
    models::ConflictTableModel *m_conflicts;
    models::SyncIssueTableModel *m_refused;
    models::FileIssueTableModel *m_files;
    QTabWidget *m_tabs;
    QTableView *m_conflictView = nullptr;
    QTableView *m_refusedView = nullptr;
    QPlainTextEdit *m_refusedDetail = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace dew::ui
