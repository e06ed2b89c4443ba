// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/recordrules.h"

#include <QUndoCommand>
#include <QVariantMap>

namespace dew::ui {

class RecordPage;

// Undoable record edits. Each is pushed after its first write succeeded, so its first redo()
// is skipped; later redo() and undo() write through the page, which refreshes its views.
class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(RecordPage *page, QString id, QVariantMap before, QVariantMap after);
    void undo() override;
    void redo() override;

private:
    RecordPage *m_page;
    QString m_id;
    QVariantMap m_before;
    QVariantMap m_after;
    bool m_done = true;
};

// Creating and deleting are each other's undo: a created record is deleted (a tombstone) and
// restored again; a deleted one is restored and deleted again.
class PresenceCommand : public QUndoCommand
{
public:
    enum class Kind { Created, Deleted };

    PresenceCommand(RecordPage *page, QString id, Kind kind, const QString &name);
    void undo() override;
    void redo() override;

private:
    RecordPage *m_page;
    QString m_id;
    Kind m_kind;
    bool m_done = true;
};

// Retire and reactivate undo each other.
class RetireCommand : public QUndoCommand
{
public:
    RetireCommand(RecordPage *page, QString id, models::RecordAction action, const QString &name);
    void undo() override;
    void redo() override;

private:
    RecordPage *m_page;
    QString m_id;
    models::RecordAction m_action;
    bool m_done = true;
};

} // namespace dew::ui
