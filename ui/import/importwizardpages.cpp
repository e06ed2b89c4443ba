// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardpages.h"

#include "dialogs/filedialog.h"
#include "importwizard.h"
#include "itemmodels/importpreviewmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)), m_error(errorLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file in the layout of the unified-list template. "
                   "Nothing is written before you have seen what the import will do."));
    m_path->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::openFileName(this, tr("Import"), m_path->text(), tr("Spreadsheets (*.xlsx *.csv *.txt)"));
        if (!path.isEmpty()) {
            m_path->setText(path);
        }
    });
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QString error;
    if (!m_wizard->readLayout(m_path->text().trimmed(), &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this)), m_notes(new QPlainTextEdit(this)),
      m_showUnchanged(new QCheckBox(tr("Show unchanged rows too"), this)),
      m_model(new models::ImportPreviewModel(this)), m_table(new QTableView(this)), m_error(errorLabel(this))
{
    setTitle(tr("Dry run"));
    setButtonText(QWizard::NextButton, tr("&Apply"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_showUnchanged, &QCheckBox::toggled, m_model, &models::ImportPreviewModel::setShowUnchanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_showUnchanged);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
}

void ImportPreviewPage::initializePage()
{
    const models::FilePlan &plan = m_wizard->plan();
    const models::ImportSummary total = plan.summary();
    QString text = tr("<b>%1</b>: %2 new, %3 updated, %4 unchanged, %5 rejected. Rejected rows are not written.")
                       .arg(plan.fileName.toHtmlEscaped())
                       .arg(total.created)
                       .arg(total.updated)
                       .arg(total.unchanged)
                       .arg(total.rejected);
    if (!plan.encoding.isEmpty()) {
        text += QLatin1Char(' ') + tr("Read as %1.").arg(plan.encoding);
    }
    if (total.created + total.updated == 0) {
        text += QLatin1Char(' ') + tr("There is nothing to write.");
    }
    m_summary->setText(text);
    m_notes->setPlainText(plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!plan.notes.isEmpty());
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();
    m_error->hide();
}

bool ImportPreviewPage::isComplete() const
{
    const models::ImportSummary total = m_wizard->plan().summary();
    return total.created + total.updated > 0; // Apply only when something would be written
}

bool ImportPreviewPage::validatePage()
{
    QString error;
    if (!m_wizard->applyPlan(&error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    return true;
}

ImportDonePage::ImportDonePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard), m_result(new QLabel(this))
{
    setTitle(tr("Imported"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void ImportDonePage::initializePage()
{
    const models::ImportSummary &written = m_wizard->result().summary;
    m_result->setText(tr("%1 records created and %2 updated in one step. Edit ▸ Undo takes the whole import back.")
                          .arg(written.created)
                          .arg(written.updated));
}

} // namespace dew::ui
