// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesetcommand.h"

#include "session.h"

#include <QCoreApplication>

namespace dew::ui {

ChangeSetCommand::ChangeSetCommand(Session &session, QList<models::AppliedChange> changes, const QString &text)
    : m_session(session), m_changes(std::move(changes))
{
    setText(text);
}

void ChangeSetCommand::undo()
{
    QString error;
    if (!models::revertImport(m_session.workspace(), m_session.actor(), m_changes, &error)) {
        qWarning("undo of a change set failed: %s", qPrintable(error));
        setObsolete(true); // the records changed since: this step cannot be taken back safely
    }
    m_done = false;
    emit m_session.workspaceChanged();
}

void ChangeSetCommand::redo()
{
    if (std::exchange(m_done, false)) {
        return;
    }
    QString error;
    if (!models::reapplyImport(m_session.workspace(), m_session.actor(), m_changes, &error)) {
        qWarning("redo of a change set failed: %s", qPrintable(error));
        setObsolete(true);
    }
    emit m_session.workspaceChanged();
}

} // namespace dew::ui
