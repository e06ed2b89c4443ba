// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"
#include "store/recordrepository.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QToolBar;
class QUndoStack;

namespace dew::models {
class PagedRecordModel;
}

namespace dew::ui {

struct ExportOutcome;
class DataItemsEditor;
class FilterBar;
class MessageBanner;
class RecordActions;
class RecordForm;
class Session;

// One inventory page (系统清单, 数据清单): a filter bar, the table, and beside it the detail form
// with the actions the current user may take on the selected record.
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    RecordPage(Session &session, models::Entity entity, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~RecordPage() override;

    models::Entity entity() const { return m_entity; }
    QString pageName() const;
    QString title() const;

    models::PagedRecordModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RecordForm *form() const { return m_form; }
    DataItemsEditor *itemsEditor() const { return m_items; }
    FilterBar *filterBar() const { return m_filterBar; }
    MessageBanner *banner() const { return m_banner; }
    QAction *action(models::RecordAction action) const;
    QAction *saveAction() const;
    QAction *newAction() const;
    QAction *bulkEditAction() const;

    QString currentId() const { return m_currentId; }
    // Shows the record in the form and selects its row (asking first about unsaved edits).
    void selectRecord(const QString &id);
    // Selects a record the current user may edit (an officer's own draft), else the first row.
    void selectFirstEditable();

public slots:
    void newRecord();
    bool save();
    void deleteCurrent();
    void perform(models::RecordAction action);
    void focusSearch();
    // The history of the record in the form, in a window of its own.
    void showHistory();
    // Writes what the table shows — its filter, sort and visible columns — to XLSX or CSV (by the
    // file's suffix); data resources can also go out in the template layout with their items.
    void exportView();
    void exportTemplate();
    // Sets one field of every selected record, as one undoable step (the action asks which).
    void bulkEditSelection();
    bool bulkEdit(const QStringList &ids, const QString &field, const QVariant &value);
    QStringList selectedIds() const;

    // Used by the undo commands: each writes, then brings the table and form up to date.
    bool writeValues(const QString &id, const QVariantMap &values);
    bool removeRecord(const QString &id);
    bool restoreRecord(const QString &id);
    bool performOn(const QString &id, models::RecordAction action);

private:
    void connectActions();
    void highlightRow(const QString &id); // selects the record's row without reloading the form
    void loadCurrent();
    void updateActions();
    void updateCount();
    void showExportOutcome(const ExportOutcome &outcome);
    bool confirmLeavingEdits();
    bool report(const models::WriteResult &result);
    void afterWrite(const QString &id, int oldRow, bool removed = false);

    Session &m_session;
    const models::Entity m_entity;
    QUndoStack *m_undoStack;
    models::RecordRepository m_repository;
    models::PagedRecordModel *m_model;
    FilterBar *m_filterBar;
    QTableView *m_table;
    QSplitter *m_splitter;
    QToolBar *m_toolbar;
    QLabel *m_countLabel;
    MessageBanner *m_banner;
    RecordForm *m_form;
    DataItemsEditor *m_items = nullptr;
    RecordActions *m_actions;
    QString m_currentId;
    bool m_selecting = false;
};

} // namespace dew::ui
