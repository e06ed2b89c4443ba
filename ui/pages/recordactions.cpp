// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordactions.h"

#include "store/recordrepository.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace dew::ui {

using models::RecordAction;

RecordActions::RecordActions(models::Entity entity, QToolBar *toolbar, QWidget *page) : QObject(page)
{
    m_new = toolbar->addAction(tr("New"), this, &RecordActions::newRequested);
    m_new->setShortcut(QKeySequence::New);
    m_save = toolbar->addAction(tr("Save"), this, &RecordActions::saveRequested);
    m_save->setShortcut(QKeySequence::Save);
    QAction *remove = toolbar->addAction(tr("Delete"), this, &RecordActions::deleteRequested);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_actions.insert(RecordAction::Delete, remove);
    m_bulkEdit = toolbar->addAction(tr("Change selected…"), this, &RecordActions::bulkEditRequested);
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_bulkEdit->setToolTip(tr("Set one field of every selected record"));
    m_history = toolbar->addAction(tr("History…"), this, &RecordActions::historyRequested);
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setToolTip(tr("Who changed which field of this record, and when (Ctrl+H)"));
    toolbar->addSeparator();
    QList<RecordAction> steps{RecordAction::Retire, RecordAction::Reactivate};
    if (models::schemaOf(entity).hasLifecycle) {
        steps += models::lifecycleActions();
    }
    for (const RecordAction step : steps) {
        QAction *action =
            toolbar->addAction(models::actionLabel(step), this, [this, step] { emit actionRequested(step); });
        m_actions.insert(step, action);
    }
    for (QAction *action : toolbar->actions()) {
        page->addAction(action); // shortcuts work anywhere on the page
    }
    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &RecordActions::findRequested);
    page->addAction(find);
}

bool RecordActions::update(const models::RecordRepository &repository, const models::Actor &actor,
                           const models::Record &record, bool modified)
{
    const bool isNew = record.id.isEmpty();
    models::Record draft = record;
    draft.values.insert(QStringLiteral("owner_org"), actor.orgId);
    const bool mayCreate = repository.permission(actor, RecordAction::Create, draft).allowed;
    const bool mayEdit = isNew ? mayCreate : repository.permission(actor, RecordAction::Edit, record).allowed;
    m_new->setEnabled(mayCreate);
    m_history->setEnabled(!isNew);
    m_save->setEnabled(mayEdit && (isNew || modified));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const models::Permission permission =
            isNew ? models::Permission{} : repository.permission(actor, it.key(), record);
        it.value()->setEnabled(permission.allowed && !modified);
        it.value()->setToolTip(permission.allowed ? models::actionLabel(it.key()) : permission.reason);
        // Show only what makes sense for this record: retire or reactivate, not both.
        const bool relevant = isNew || it.key() == RecordAction::Delete || permission.allowed ||
                              !models::isLifecycleAction(it.key()) ||
                              models::lifecycleTarget(it.key(), record.lifecycle()).has_value();
        it.value()->setVisible(relevant && !(it.key() == RecordAction::Retire && record.isRetired()) &&
                               !(it.key() == RecordAction::Reactivate && !record.isRetired()));
    }
    return mayEdit;
}

} // namespace dew::ui
