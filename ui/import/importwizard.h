// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/fileimport.h"

#include <QWizard>

class QUndoStack;

namespace dew::ui {

class Session;

// Import from a spreadsheet: choose the file, read the dry run row by row, then apply it in one
// transaction with progress and cancel. The applied import is one step on the undo stack.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, DonePageId };

    ImportWizard(Session &session, QUndoStack *undoStack, QWidget *parent = nullptr);

    Session &session() const { return m_session; }
    const models::FilePlan &plan() const { return m_plan; }
    const models::ApplyResult &result() const { return m_result; }

    // Called by the pages: plan the chosen file; apply the plan.
    bool planFile(const QString &path, QString *error);
    bool applyPlan(QString *error);

private:
    Session &m_session;
    QUndoStack *m_undoStack;
    models::FilePlan m_plan;
    models::ApplyResult m_result;
};

} // namespace dew::ui
