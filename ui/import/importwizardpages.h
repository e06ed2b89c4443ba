// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace dew::models {
class ImportPreviewModel;
}

namespace dew::ui {

class ImportWizard;

// Step 1: the file. Reading its layout is this page's validation.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    QLineEdit *pathEdit() const { return m_path; }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_error;
};

// Step 3: the dry run, row by row. Applying it is this page's validation.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    models::ImportPreviewModel *model() const { return m_model; }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_notes;
    QCheckBox *m_showUnchanged;
    models::ImportPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_error;
};

// Step 4: what was written.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard *wizard);
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_result;
};

} // namespace dew::ui
