// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// Chooses one field and the value to give it on every selected record.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const models::Workspace &workspace, models::Entity entity, int recordCount,
                   QWidget *parent = nullptr);

    QString field() const;
    QVariant value() const;
    // Tests and scripts: choose without clicking.
    void choose(const QString &field, const QVariant &value);

private:
    void showEditorFor(const QString &field);

    const models::Workspace &m_workspace;
    const models::EntitySchema &m_schema;
    QComboBox *m_field;
    QComboBox *m_choice;
    QLineEdit *m_text;
};

} // namespace dew::ui
