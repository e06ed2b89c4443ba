// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enumerations.h"

#include <QStyledItemDelegate>

namespace dew::ui {

// Edits a column that holds an enumeration code with a combo box of its labels.
class EnumDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    EnumDelegate(models::EnumKind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    models::EnumKind m_kind;
};

} // namespace dew::ui
