// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTabWidget;

namespace dew::ui {

class ImportWizard;
class SheetMappingEditor;

// Step 2: which column feeds which field, a tab per sheet, as recognised from the headers or as
// remembered for files of this layout. Planning the dry run with it is this page's validation.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QList<SheetMappingEditor *> editors() const { return m_editors; }

private:
    void showProblems();

    ImportWizard *m_wizard;
    QTabWidget *m_tabs;
    QList<SheetMappingEditor *> m_editors;
    QLabel *m_problems; // why Next is not available
    QLabel *m_error;    // the dry run failed
};

} // namespace dew::ui
