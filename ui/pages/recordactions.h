// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"
#include "workflow/recordrules.h"

#include <QHash>
#include <QObject>

class QAction;
class QToolBar;
class QWidget;

namespace dew::models {
class RecordRepository;
struct Actor;
struct Record;
} // namespace dew::models

namespace dew::ui {

// The actions of a record page's toolbar: New, Save, Delete, Change selected…, and the lifecycle
// steps of the entity. Which of them the user may take on the record in the form, and why not,
// follows the record rules here, so the page only says when the record or the user changed.
class RecordActions : public QObject
{
    Q_OBJECT

public:
    // The actions go on the toolbar and, so that their shortcuts work anywhere on it, on the page.
    RecordActions(models::Entity entity, QToolBar *toolbar, QWidget *page);

    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
    QAction *bulkEditAction() const { return m_bulkEdit; }
    QAction *historyAction() const { return m_history; }
    QAction *action(models::RecordAction action) const { return m_actions.value(action); }

    // Enables and shows what the actor may do to the record (an unsaved one when its id is empty;
    // modified: the form holds unsaved edits). Returns whether the actor may edit it.
    bool update(const models::RecordRepository &repository, const models::Actor &actor, const models::Record &record,
                bool modified);

signals:
    void newRequested();
    void saveRequested();
    void deleteRequested();
    void bulkEditRequested();
    void findRequested();
    void historyRequested();
    void actionRequested(models::RecordAction action);

private:
    QAction *m_new;
    QAction *m_save;
    QAction *m_bulkEdit;
    QAction *m_history;
    QHash<models::RecordAction, QAction *> m_actions; // Delete and the lifecycle steps
};

} // namespace dew::ui
