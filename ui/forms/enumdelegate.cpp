// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumdelegate.h"

#include <QComboBox>

namespace dew::ui {

EnumDelegate::EnumDelegate(models::EnumKind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind) {}

QWidget *EnumDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QString(), QString());
    const models::Enumeration &values = models::Enumeration::of(m_kind);
    for (const QString &code : values.codes()) {
        combo->addItem(values.label(code), code);
    }
    return combo;
}

void EnumDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void EnumDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace dew::ui
