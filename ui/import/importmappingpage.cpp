// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingpage.h"

#include "import/mappingmemory.h"
#include "importwizard.h"
#include "sheetmappingeditor.h"
#include "support/settings.h"

#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dew::ui {
namespace {

QLabel *redLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_tabs(new QTabWidget(this)),
      m_problems(redLabel(QStringLiteral("problems"), this)), m_error(redLabel(QStringLiteral("error"), this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("The field each column of the file is imported into. Change it where the file names a column "
                   "differently; fields marked * are required. Your choice is remembered for files with the same "
                   "columns."));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_error);
}

void ImportMappingPage::initializePage()
{
    m_tabs->clear();
    qDeleteAll(m_editors);
    m_editors.clear();
    const models::MappingMemory memory(models::Settings::instance());
    for (const models::SheetLayout &sheet : m_wizard->layout().sheets) {
        models::SheetMappingDraft draft(sheet);
        const std::optional<models::ColumnMapping> remembered = memory.recall(sheet.recognised);
        if (remembered) {
            draft.applyMapping(*remembered);
        }
        auto *editor = new SheetMappingEditor(std::move(draft), remembered.has_value(), m_tabs);
        connect(editor, &SheetMappingEditor::changed, this, [this] {
            showProblems();
            emit completeChanged();
        });
        m_tabs->addTab(editor, sheet.sheetName);
        m_editors.append(editor);
    }
    m_error->hide();
    showProblems();
}

void ImportMappingPage::showProblems()
{
    QStringList lines;
    for (int i = 0; i < m_editors.size(); ++i) {
        const QStringList problems = m_editors.at(i)->draft().problems();
        m_tabs->setTabIcon(i, problems.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        for (const QString &problem : problems) {
            lines << tr("Sheet %1: %2").arg(m_tabs->tabText(i), problem);
        }
    }
    if (!lines.isEmpty()) {
        lines.prepend(tr("The dry run can start once every required field has one column and no field has two:"));
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

bool ImportMappingPage::isComplete() const
{
    return std::all_of(m_editors.cbegin(), m_editors.cend(),
                       [](const SheetMappingEditor *editor) { return editor->draft().isValid(); });
}

bool ImportMappingPage::validatePage()
{
    models::FileImportOptions options;
    models::MappingMemory memory(models::Settings::instance());
    for (const SheetMappingEditor *editor : std::as_const(m_editors)) {
        const models::SheetMappingDraft &draft = editor->draft();
        const models::ColumnMapping mapping = draft.mapping();
        memory.remember(draft.sheet().recognised, mapping);
        options.mappings.insert(draft.sheet().sheetName, mapping);
    }
    QString error;
    if (!m_wizard->planFile(options, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace dew::ui
