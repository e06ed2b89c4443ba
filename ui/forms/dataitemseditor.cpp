// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataitemseditor.h"

#include "enumdelegate.h"
#include "itemmodels/dataitemtablemodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dew::ui {

DataItemsEditor::DataItemsEditor(QWidget *parent)
    : QWidget(parent), m_model(new models::DataItemTableModel(this)), m_view(new QTableView(this)),
      m_add(new QToolButton(this)), m_remove(new QToolButton(this)), m_errors(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("dataItemsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QStringList fields = models::DataItemTableModel::columnFields();
    const models::EntitySchema &schema = models::schemaOf(models::Entity::DataItem);
    for (int column = 0; column < fields.size(); ++column) {
        const models::FieldSpec *spec = schema.field(fields.at(column));
        if (spec->type == models::FieldType::Enum) {
            m_view->setItemDelegateForColumn(column, new EnumDelegate(spec->enumKind, this));
        }
    }
    m_add->setText(tr("Add item"));
    m_add->setObjectName(QStringLiteral("addItem"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remove->setText(tr("Remove item"));
    m_remove->setObjectName(QStringLiteral("removeItem"));
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errors->setWordWrap(true);
    m_errors->hide();
    connect(m_add, &QToolButton::clicked, this, &DataItemsEditor::addItem);
    connect(m_remove, &QToolButton::clicked, this, &DataItemsEditor::removeSelected);
    connect(m_model, &models::DataItemTableModel::modified, this, &DataItemsEditor::modified);

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Data items")), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_errors);
    layout->addWidget(m_view, 1);
}

void DataItemsEditor::setItems(const QList<models::Record> &items)
{
    m_model->setItems(items);
    m_errors->hide();
}

models::ItemsChange DataItemsEditor::change() const
{
    return {m_model->items(), m_model->removedIds()};
}

bool DataItemsEditor::isModified() const
{
    return m_model->isModified();
}

void DataItemsEditor::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void DataItemsEditor::commitPendingEdit()
{
    // Taking the focus from a cell editor makes its delegate commit and close it.
    QWidget *focused = QApplication::focusWidget();
    if (focused && focused != m_view && m_view->isAncestorOf(focused)) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

void DataItemsEditor::addItem()
{
    const int row = m_model->rowCount();
    if (m_model->insertRows(row, 1)) {
        const QModelIndex name = m_model->index(row, 0);
        m_view->setCurrentIndex(name);
        m_view->edit(name);
    }
}

void DataItemsEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows) {
        numbers << index.row();
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (int row : numbers) {
        m_model->removeRows(row, 1);
    }
}

void DataItemsEditor::showErrors(const QList<models::ItemError> &errors)
{
    QStringList lines;
    for (const models::ItemError &error : errors) {
        lines << tr("Item %1: %2").arg(error.row + 1).arg(models::describe(models::Entity::DataItem, error.errors));
    }
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
    if (!errors.isEmpty()) {
        m_view->setCurrentIndex(m_model->index(errors.first().row, 0));
    }
}

} // namespace dew::ui
