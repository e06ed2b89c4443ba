// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/fileimport.h"

#include <QAbstractTableModel>

namespace dew::models {

// The dry run of a file, a row per sheet row: where it is, what it is, what the import will do
// with it and why. Rows that change nothing can be left out, so the user sees what matters.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SheetColumn, LineColumn, KeyColumn, VerdictColumn, DetailColumn, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const FilePlan &plan);
    void setShowUnchanged(bool show);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Verdict verdictAt(int row) const;

private:
    struct Line
    {
        const SheetPlan *sheet; // in m_plan
        RowVerdict verdict;
    };
    QString detailOf(const Line &line) const;
    void rebuild();

    FilePlan m_plan;
    QList<Line> m_lines;
    bool m_showUnchanged = false;
};

} // namespace dew::models
