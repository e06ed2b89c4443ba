// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordpage.h"

#include "commands/changesetcommand.h"
#include "commands/recordcommands.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/messagebox.h"
#include "exportactions.h"
#include "filterbar.h"
#include "forms/dataitemseditor.h"
#include "forms/recordform.h"
#include "itemmodels/pagedrecordmodel.h"
#include "recordactions.h"
#include "recordtable.h"
#include "session.h"
#include "store/bulkedit.h"
#include "store/recordsaver.h"
#include "support/settings.h"
#include "widgets/messagebanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dew::ui {

using models::RecordAction;

RecordPage::RecordPage(Session &session, models::Entity entity, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_session(session), m_entity(entity), m_undoStack(undoStack),
      m_repository(session.workspace(), entity),
      m_model(new models::PagedRecordModel(session.workspace(), entity, listedColumns(entity), this)),
      m_filterBar(new FilterBar(session.workspace(), models::schemaOf(entity).hasLifecycle, this)),
      m_table(createRecordTable(m_model, pageName(), this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_toolbar(new QToolBar(this)), m_countLabel(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_form(new RecordForm(session.workspace(), entity, this)), m_actions(new RecordActions(entity, m_toolbar, this))
{
    setObjectName(pageName());
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setWidget(m_form);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    detailLayout->addWidget(m_toolbar);
    detailLayout->addWidget(m_banner);
    if (entity == models::Entity::DataResource) {
        m_items = new DataItemsEditor(this);
        auto *vertical = new QSplitter(Qt::Vertical, detail);
        vertical->addWidget(formScroll);
        vertical->addWidget(m_items);
        vertical->setStretchFactor(0, 3);
        vertical->setStretchFactor(1, 2);
        detailLayout->addWidget(vertical, 1);
        connect(m_items, &DataItemsEditor::modified, this, &RecordPage::updateActions);
    } else {
        detailLayout->addWidget(formScroll, 1);
    }
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    listLayout->addWidget(m_countLabel);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(
        models::Settings::instance().value(models::Settings::Key::SplitterState, pageName()).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connectActions();
    connect(m_filterBar, &FilterBar::filterChanged, m_model, &models::PagedRecordModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (m_selecting) {
            return;
        }
        const QString id = m_model->idAt(index.row());
        if (id == m_currentId) {
            return;
        }
        if (!confirmLeavingEdits()) {
            highlightRow(m_currentId);
            return;
        }
        m_currentId = id;
        loadCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { highlightRow(m_currentId); });
    connect(m_form, &RecordForm::modified, this, &RecordPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordPage::updateCount);
    updateCount();
    connect(&m_session, &Session::actorChanged, this, &RecordPage::loadCurrent);
    connect(&m_session, &Session::workspaceChanged, this, [this] {
        m_model->reload();
        m_filterBar->reloadOrganisations();
        m_form->reloadChoices();
        loadCurrent();
    });
    connect(&m_session, &Session::syncedChanges, this, [this] {
        m_model->reload();
        m_filterBar->reloadOrganisations();
        if (!m_form->isModified()) { // a background sync never throws away what is being typed
            m_form->reloadChoices();
            loadCurrent();
        }
    });
    loadCurrent();
}

RecordPage::~RecordPage()
{
    models::Settings &settings = models::Settings::instance();
    settings.setValue(models::Settings::Key::TableHeaderState, m_table->horizontalHeader()->saveState(), pageName());
    settings.setValue(models::Settings::Key::SplitterState, m_splitter->saveState(), pageName());
}

QString RecordPage::pageName() const
{
    return QString::fromLatin1(models::schemaOf(m_entity).table);
}

QAction *RecordPage::action(models::RecordAction action) const
{
    return m_actions->action(action);
}

QAction *RecordPage::saveAction() const
{
    return m_actions->saveAction();
}

QAction *RecordPage::newAction() const
{
    return m_actions->newAction();
}

QAction *RecordPage::bulkEditAction() const
{
    return m_actions->bulkEditAction();
}

QString RecordPage::title() const
{
    switch (m_entity) {
    case models::Entity::InformationSystem:
        return tr("Information systems");
    case models::Entity::Application:
        return tr("Applications");
    case models::Entity::WorkflowRule:
        return tr("Workflow rules");
    default:
        return tr("Data resources");
    }
}

void RecordPage::connectActions()
{
    connect(m_actions, &RecordActions::newRequested, this, &RecordPage::newRecord);
    connect(m_actions, &RecordActions::saveRequested, this, [this] { save(); });
    connect(m_actions, &RecordActions::deleteRequested, this, &RecordPage::deleteCurrent);
    connect(m_actions, &RecordActions::bulkEditRequested, this, &RecordPage::bulkEditSelection);
    connect(m_actions, &RecordActions::findRequested, this, &RecordPage::focusSearch);
    connect(m_actions, &RecordActions::historyRequested, this, &RecordPage::showHistory);
    connect(m_actions, &RecordActions::actionRequested, this, &RecordPage::perform);
}

void RecordPage::exportView()
{
    showExportOutcome(exportTableView(this, m_session.workspace(), *m_model, *m_table, title()));
}

void RecordPage::exportTemplate()
{
    showExportOutcome(exportResourceTemplate(this, m_session.workspace(), *m_model));
}

void RecordPage::showExportOutcome(const ExportOutcome &outcome)
{
    if (!outcome.message.isEmpty()) {
        m_banner->show(outcome.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, outcome.message);
    }
}

QStringList RecordPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << m_model->idAt(index.row());
    }
    return ids;
}

void RecordPage::bulkEditSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Information,
                       tr("Select the records to change first (Ctrl or Shift + click)."));
        return;
    }
    BulkEditDialog dialog(m_session.workspace(), m_entity, static_cast<int>(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted) {
        bulkEdit(ids, dialog.field(), dialog.value());
    }
}

bool RecordPage::bulkEdit(const QStringList &ids, const QString &field, const QVariant &value)
{
    if (!confirmLeavingEdits()) {
        return false;
    }
    const models::ApplyResult result =
        models::bulkUpdate(m_session.workspace(), m_session.actor(), m_entity, ids, field, value);
    if (!result.ok) {
        m_banner->show(MessageBanner::Kind::Error, tr("Nothing was changed: %1").arg(result.error));
        return false;
    }
    const QString label = models::schemaOf(m_entity).fieldLabel(field);
    if (!result.changes.isEmpty()) {
        m_undoStack->push(
            new ChangeSetCommand(m_session, result.changes,
                                 tr("Set %1 of %Ln record(s)", nullptr, static_cast<int>(ids.size())).arg(label)));
    }
    emit m_session.workspaceChanged();
    m_banner->show(MessageBanner::Kind::Information, tr("%1 set on %2 records; %3 already had it.")
                                                         .arg(label)
                                                         .arg(result.summary.updated)
                                                         .arg(result.summary.unchanged));
    return true;
}

void RecordPage::focusSearch()
{
    m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchBox()->selectAll();
}

void RecordPage::showHistory()
{
    if (m_currentId.isEmpty()) {
        return;
    }
    auto *dialog = new HistoryDialog(m_session, m_entity, m_currentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RecordPage::selectRecord(const QString &id)
{
    if (id != m_currentId) {
        if (!confirmLeavingEdits()) {
            return;
        }
        m_currentId = id;
        loadCurrent();
    }
    highlightRow(m_currentId);
}

void RecordPage::selectFirstEditable()
{
    // An officer edits their organisation's drafts; look there first (records without a lifecycle:
    // among the organisation's own).
    models::RecordQuery drafts(m_session.workspace(), m_entity, {QStringLiteral("code")});
    const bool hasLifecycle = models::schemaOf(m_entity).hasLifecycle;
    drafts.setFilter({m_session.actor().orgId, {}, hasLifecycle ? QStringLiteral("draft") : QString(), {}});
    const QList<models::ListedRow> candidates = drafts.fetch(0, 20, 0);
    for (const models::ListedRow &candidate : candidates) {
        const std::optional<models::Record> record = m_repository.find(candidate.id);
        if (record && m_repository.permission(m_session.actor(), RecordAction::Edit, *record)) {
            selectRecord(record->id);
            return;
        }
    }
    if (m_model->rowCount() > 0) {
        selectRecord(m_model->idAt(0));
    }
}

void RecordPage::highlightRow(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const QScopedValueRollback guard(m_selecting, true);
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, m_model->columnOf(QStringLiteral("name")));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Scroll to the row, not sideways to the cell: the code column stays in view.
    m_table->scrollTo(m_model->index(row, m_table->horizontalHeader()->logicalIndex(0)),
                      QAbstractItemView::PositionAtCenter);
}

void RecordPage::loadCurrent()
{
    const std::optional<models::Record> record = m_currentId.isEmpty() ? std::nullopt : m_repository.find(m_currentId);
    if (record && !record->deleted) {
        m_form->setRecord(*record);
        if (m_items) {
            m_items->setItems(m_repository.itemsOf(record->id));
        }
    } else {
        m_currentId.clear();
        newRecord();
        return;
    }
    updateActions();
}

void RecordPage::newRecord()
{
    if (!confirmLeavingEdits()) {
        return;
    }
    models::Record record;
    record.values.insert(QStringLiteral("owner_org"), m_session.actor().orgId);
    m_currentId.clear();
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_table->selectionModel()->clearSelection();
    }
    m_form->setRecord(record);
    if (m_items) {
        m_items->setItems({});
    }
    updateActions();
}

bool RecordPage::confirmLeavingEdits()
{
    const bool modified = m_form->isModified() || (m_items && m_items->isModified());
    if (!modified) {
        return true;
    }
    const auto answer =
        MessageBox::question(this, tr("Unsaved changes"), tr("The record in the form has unsaved changes. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool RecordPage::save()
{
    if (m_items) {
        m_items->commitPendingEdit();
    }
    const QString id = m_form->record().id;
    const QVariantMap before = m_form->record().values;
    const QVariantMap values = m_form->values();
    const int oldRow = id.isEmpty() ? -1 : m_model->rowOf(id);
    models::ItemsChange items;
    if (m_items) {
        items = m_items->change();
    }
    const models::SaveResult result =
        models::saveRecord(m_session.workspace(), m_entity, m_session.actor(), id, values, m_items ? &items : nullptr);
    if (!result.ok()) {
        m_form->showErrors(result.errors);
        if (m_items) {
            m_items->showErrors(result.itemErrors);
        }
        QString message = tr("Not saved. Correct the fields marked in red.");
        for (const models::FieldError &error : result.errors) {
            if (error.field.isEmpty()) {
                message = tr("Not saved: %1").arg(error.message);
            }
        }
        m_banner->show(MessageBanner::Kind::Error, message);
        return false;
    }
    const QString name = values.value(QString::fromLatin1(models::schemaOf(m_entity).nameField)).toString();
    if (id.isEmpty()) {
        m_undoStack->push(new PresenceCommand(this, result.id, PresenceCommand::Kind::Created, name));
    } else {
        QVariantMap previous;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            previous.insert(it.key(), before.value(it.key()));
        }
        m_undoStack->push(new EditRecordCommand(this, id, previous, values));
    }
    m_currentId = result.id;
    afterWrite(result.id, oldRow);
    // A new application is a draft: what comes next happens on the Reviews page.
    m_banner->show(MessageBanner::Kind::Information,
                   id.isEmpty() && m_entity == models::Entity::Application
                       ? tr("Saved as a draft. Attach its materials and submit it on the Reviews page.")
                       : tr("Saved."));
    return true;
}

void RecordPage::deleteCurrent()
{
    if (m_currentId.isEmpty()) {
        return;
    }
    const QString name = m_form->record().text(QString::fromLatin1(models::schemaOf(m_entity).nameField));
    auto *command = new PresenceCommand(this, m_currentId, PresenceCommand::Kind::Deleted, name);
    if (removeRecord(m_currentId)) {
        m_undoStack->push(command); // its first redo is skipped: the delete is done
        m_banner->show(MessageBanner::Kind::Information, tr("Deleted. Undo (Ctrl+Z) brings it back."));
    } else {
        delete command;
    }
}

void RecordPage::perform(RecordAction action)
{
    if (m_currentId.isEmpty() || !confirmLeavingEdits()) {
        return;
    }
    const QString id = m_currentId;
    const QString name = m_form->record().text(QString::fromLatin1(models::schemaOf(m_entity).nameField));
    if (performOn(id, action) && (action == RecordAction::Retire || action == RecordAction::Reactivate)) {
        m_undoStack->push(new RetireCommand(this, id, action, name));
    }
}

bool RecordPage::report(const models::WriteResult &result)
{
    if (!result.ok()) {
        m_banner->show(MessageBanner::Kind::Error, models::describe(m_entity, result.errors));
    }
    return result.ok();
}

bool RecordPage::writeValues(const QString &id, const QVariantMap &values)
{
    const int oldRow = m_model->rowOf(id);
    if (!report(m_repository.update(m_session.actor(), id, values))) {
        return false;
    }
    afterWrite(id, oldRow);
    return true;
}

bool RecordPage::removeRecord(const QString &id)
{
    const int oldRow = m_model->rowOf(id);
    if (!report(m_repository.remove(m_session.actor(), id))) {
        return false;
    }
    afterWrite(id, oldRow, true);
    return true;
}

bool RecordPage::restoreRecord(const QString &id)
{
    if (!report(m_repository.restore(m_session.actor(), id))) {
        return false;
    }
    m_currentId = id;
    afterWrite(id, -1);
    return true;
}

bool RecordPage::performOn(const QString &id, RecordAction action)
{
    const int oldRow = m_model->rowOf(id);
    if (!report(m_repository.perform(m_session.actor(), id, action))) {
        return false;
    }
    afterWrite(id, oldRow);
    return true;
}

void RecordPage::afterWrite(const QString &id, int oldRow, bool removed)
{
    {
        const QScopedValueRollback guard(m_selecting, true);
        if (removed) {
            m_model->noteRemoved(id, oldRow);
        } else {
            m_model->noteChanged(id, oldRow);
        }
    }
    if (id == m_currentId || m_currentId.isEmpty()) {
        m_currentId = id;
        loadCurrent();
        highlightRow(m_currentId);
    }
    emit m_session.recordsChanged(static_cast<int>(m_entity));
}

void RecordPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_countLabel->setText(m_model->isCountComplete()
                              ? tr("%Ln record(s)", nullptr, rows)
                              : tr("First %Ln matching record(s); scroll down for more", nullptr, rows));
}

void RecordPage::updateActions()
{
    const bool modified = m_form->isModified() || (m_items && m_items->isModified());
    const bool mayEdit = m_actions->update(m_repository, m_session.actor(), m_form->record(), modified);
    m_form->setReadOnly(!mayEdit);
    if (m_items) {
        m_items->setReadOnly(!mayEdit);
    }
}

} // namespace dew::ui
