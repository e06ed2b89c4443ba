// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/validation.h"
#include "store/recordsaver.h"

#include <QWidget>

class QTableView;
class QToolButton;
class QLabel;

namespace dew::models {
class DataItemTableModel;
}

namespace dew::ui {

// The data items (信息项) of the resource in the form, edited in a sub-table.
class DataItemsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DataItemsEditor(QWidget *parent = nullptr);

    void setItems(const QList<models::Record> &items);
    models::ItemsChange change() const;
    bool isModified() const;
    void setReadOnly(bool readOnly);
    // Commits what is typed in an open cell editor, so that a save does not miss it.
    void commitPendingEdit();
    void showErrors(const QList<models::ItemError> &errors);
    models::DataItemTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void addItem();
    void removeSelected();

signals:
    void modified();

private:
    models::DataItemTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QLabel *m_errors;
};

} // namespace dew::ui
