// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importapplier.h"

#include <QUndoCommand>

namespace dew::ui {

class Session;

// Many records changed as one step — an import, a bulk edit — undone and redone as one (pushed
// after it was applied: the first redo is skipped).
class ChangeSetCommand : public QUndoCommand
{
public:
    ChangeSetCommand(Session &session, QList<models::AppliedChange> changes, const QString &text);
    void undo() override;
    void redo() override;

private:
    Session &m_session;
    QList<models::AppliedChange> m_changes;
    bool m_done = true;
};

} // namespace dew::ui
