// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/fileimport.h"
#include "import/filelayout.h"

#include <QWizard>

class QUndoStack;

namespace dew::ui {

class Session;

// Import from a spreadsheet: choose the file, match its columns to the template's fields, read the
// dry run row by row, then apply it in one transaction with progress and cancel. The applied import
// is one step on the undo stack.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, DonePageId };

    ImportWizard(Session &session, QUndoStack *undoStack, QWidget *parent = nullptr);

    Session &session() const { return m_session; }
    const models::FileLayout &layout() const { return m_layout; }
    const models::FilePlan &plan() const { return m_plan; }
    const models::ApplyResult &result() const { return m_result; }

    // Called by the pages: read the chosen file's layout; plan it with the mapping chosen; apply the plan.
    bool readLayout(const QString &path, QString *error);
    bool planFile(const models::FileImportOptions &options, QString *error);
    bool applyPlan(QString *error);

private:
    Session &m_session;
    QUndoStack *m_undoStack;
    QString m_path;
    models::FileLayout m_layout;
    models::FilePlan m_plan;
    models::ApplyResult m_result;
};

} // namespace dew::ui
