// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importapplier.h"

#include <QUndoCommand>

namespace dew::ui {

class Session;

// A whole applied import as one undo step (pushed after it was applied: the first redo is skipped).
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(Session &session, QList<models::AppliedChange> changes, const QString &fileName);
    void undo() override;
    void redo() override;

private:
    Session &m_session;
    QList<models::AppliedChange> m_changes;
    bool m_done = true;
};

} // namespace dew::ui
