// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/sheetmappingdraft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace dew::ui {

// One sheet of the column-mapping step: a row per column of the file, its header and a few of its
// values beside a combo box of the template's fields. A clash is marked on the rows it concerns,
// a missing required field above them.
class SheetMappingEditor : public QWidget
{
    Q_OBJECT

public:
    // remembered: the draft holds what was kept for this layout last time, which the editor says.
    SheetMappingEditor(models::SheetMappingDraft draft, bool remembered, QWidget *parent = nullptr);

    const models::SheetMappingDraft &draft() const { return m_draft; }
    QComboBox *targetBox(int row) const { return m_boxes.at(row); }
    int rowOfColumn(int column) const; // -1 when the sheet has no header there
    QLabel *rememberedNote() const { return m_rememberedNote; }
    QPushButton *resetButton() const { return m_reset; }

signals:
    void changed();

private:
    void showDraft(); // combo boxes from the draft
    void showMarks(); // clashes, missing fields, the reset button
    QWidget *createGrid();

    models::SheetMappingDraft m_draft;
    QList<models::ColumnTarget> m_choices; // combo index - 1
    QList<QComboBox *> m_boxes;            // by row
    QList<QLabel *> m_clashMarks;          // by row
    QLabel *m_rememberedNote;
    QPushButton *m_reset;
    QLabel *m_missing;
};

} // namespace dew::ui
