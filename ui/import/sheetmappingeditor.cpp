// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetmappingeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

constexpr int samplesShown = 40; // characters; the tooltip holds them all

QLabel *columnTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace

SheetMappingEditor::SheetMappingEditor(models::SheetMappingDraft draft, bool remembered, QWidget *parent)
    : QWidget(parent), m_draft(std::move(draft)), m_choices(models::targetChoices(m_draft.kind())),
      m_rememberedNote(new QLabel(tr("The mapping from last time was applied."), this)),
      m_reset(new QPushButton(tr("&Reset to the recognised mapping"), this)), m_missing(new QLabel(this))
{
    m_rememberedNote->setObjectName(QStringLiteral("rememberedNote"));
    m_rememberedNote->setVisible(remembered);
    m_reset->setObjectName(QStringLiteral("reset"));
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_missing->setWordWrap(true);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_draft.resetToRecognised();
        m_rememberedNote->hide();
        showDraft();
        emit changed();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_rememberedNote);
    top->addStretch(1);
    top->addWidget(m_reset);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(createGrid());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_missing);
    layout->addWidget(scroll, 1);
    showDraft();
}

QWidget *SheetMappingEditor::createGrid()
{
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->addWidget(columnTitle(tr("Column"), grid), 0, 0);
    layout->addWidget(columnTitle(tr("Header in the file"), grid), 0, 1);
    layout->addWidget(columnTitle(tr("Values"), grid), 0, 2);
    layout->addWidget(columnTitle(tr("Import into"), grid), 0, 3);
    for (int row = 0; row < m_draft.rowCount(); ++row) {
        const models::SourceColumn &source = m_draft.sourceColumn(row);
        const QString samples = source.samples.join(QStringLiteral(" · "));
        auto *samplesLabel = new QLabel(elided(samples, samplesShown), grid);
        samplesLabel->setToolTip(samples);
        samplesLabel->setForegroundRole(QPalette::PlaceholderText);
        auto *box = new QComboBox(grid);
        box->setObjectName(QStringLiteral("target_%1").arg(models::columnLetter(source.column)));
        box->addItem(tr("(do not import)"));
        for (const models::ColumnTarget &target : std::as_const(m_choices)) {
            const QString header = models::targetHeader(m_draft.kind(), target);
            box->addItem(models::isRequiredTarget(m_draft.kind(), target) ? header + QStringLiteral(" *") : header);
        }
        box->setMaxVisibleItems(m_choices.size() + 1);
        auto *headerLabel = new QLabel(source.header, grid);
        headerLabel->setBuddy(box);
        auto *clash = new QLabel(grid);
        clash->setStyleSheet(QStringLiteral("color: #c62828;"));
        layout->addWidget(new QLabel(models::columnLetter(source.column), grid), row + 1, 0);
        layout->addWidget(headerLabel, row + 1, 1);
        layout->addWidget(samplesLabel, row + 1, 2);
        layout->addWidget(box, row + 1, 3);
        layout->addWidget(clash, row + 1, 4);
        connect(box, &QComboBox::activated, this, [this, row](int index) {
            m_draft.setTarget(row, index > 0 ? std::optional(m_choices.at(index - 1)) : std::nullopt);
            showMarks();
            emit changed();
        });
        m_boxes.append(box);
        m_clashMarks.append(clash);
    }
    layout->setColumnStretch(2, 1);
    layout->setColumnStretch(4, 1);
    layout->setRowStretch(m_draft.rowCount() + 1, 1);
    return grid;
}

int SheetMappingEditor::rowOfColumn(int column) const
{
    for (int row = 0; row < m_draft.rowCount(); ++row) {
        if (m_draft.sourceColumn(row).column == column) {
            return row;
        }
    }
    return -1;
}

void SheetMappingEditor::showDraft()
{
    for (int row = 0; row < m_draft.rowCount(); ++row) {
        const std::optional<models::ColumnTarget> target = m_draft.target(row);
        m_boxes.at(row)->setCurrentIndex(target ? static_cast<int>(m_choices.indexOf(*target)) + 1 : 0);
    }
    showMarks();
}

void SheetMappingEditor::showMarks()
{
    for (int row = 0; row < m_draft.rowCount(); ++row) {
        QStringList letters;
        for (const int other : m_draft.clashingRows(row)) {
            letters << models::columnLetter(m_draft.sourceColumn(other).column);
        }
        m_clashMarks.at(row)->setText(
            letters.isEmpty() ? QString() : tr("Also chosen for column %1").arg(letters.join(QStringLiteral("、"))));
    }
    const QStringList missing = m_draft.missingRequired();
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("Required, but no column is chosen: %1").arg(missing.join(QStringLiteral("、"))));
    m_missing->setVisible(!missing.isEmpty());
    m_reset->setVisible(!m_draft.isRecognised());
}

} // namespace dew::ui
