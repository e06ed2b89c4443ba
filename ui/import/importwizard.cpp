// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "commands/changesetcommand.h"
#include "importmappingpage.h"
#include "importwizardpages.h"
#include "session.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QUndoStack>

#include <atomic>

namespace dew::ui {

ImportWizard::ImportWizard(Session &session, QUndoStack *undoStack, QWidget *parent)
    : QWizard(parent), m_session(session), m_undoStack(undoStack)
{
    setWindowTitle(tr("Import from a spreadsheet"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(DonePageId, new ImportDonePage(this));
    resize(960, 640);
}

bool ImportWizard::readLayout(const QString &path, QString *error)
{
    models::FileLayout layout;
    if (!models::readFileLayout(path, &layout, error)) {
        return false;
    }
    m_path = path;
    m_layout = layout;
    return true;
}

bool ImportWizard::planFile(const models::FileImportOptions &options, QString *error)
{
    models::FilePlan plan;
    // A dry run of a large file takes a while: it shows how far it is and can be stopped.
    QProgressDialog progress(tr("Checking the rows of %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0, 100,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel = false;
    const bool planned = models::planFileImport(
        m_session.workspace(), m_session.actor(), m_path, &plan, error,
        [&](int done, int total) {
            progress.setValue(total > 0 ? done * 100 / total : 100);
            QApplication::processEvents(); // lets the Cancel button be pressed
            cancel = progress.wasCanceled();
        },
        &cancel, options);
    if (plan.cancelled) {
        *error = tr("Dry run cancelled: choose Next to check the file again.");
        return false;
    }
    if (planned) {
        m_plan = plan;
    }
    return planned;
}

bool ImportWizard::applyPlan(QString *error)
{
    const models::ImportSummary planned = m_plan.summary();
    QProgressDialog progress(tr("Writing %1 records…").arg(planned.created + planned.updated), tr("Cancel"), 0, 100,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel = false;
    m_result = models::applyImport(
        m_session.workspace(), m_session.actor(), m_plan.groups(),
        [&](int done, int total) {
            progress.setValue(total > 0 ? done * 100 / total : 100);
            QApplication::processEvents(); // lets the Cancel button be pressed
            cancel = progress.wasCanceled();
        },
        &cancel);
    if (m_result.cancelled) {
        *error = tr("Cancelled: nothing was written.");
        return false;
    }
    if (!m_result.ok) {
        *error = tr("Nothing was written: row %1 could not be saved: %2").arg(m_result.failedLine).arg(m_result.error);
        return false;
    }
    if (!m_result.changes.isEmpty()) {
        m_undoStack->push(new ChangeSetCommand(m_session, m_result.changes, tr("Import %1").arg(m_plan.fileName)));
    }
    emit m_session.workspaceChanged();
    return true;
}

} // namespace dew::ui
