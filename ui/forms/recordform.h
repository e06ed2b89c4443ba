// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "domain/schema.h"
#include "domain/validation.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// The detail form of one record, built from the entity's schema: a fitting editor per field,
// each with its own error line, so every validation error shows where it belongs.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(const models::Workspace &workspace, models::Entity entity, QWidget *parent = nullptr);

    void setRecord(const models::Record &record); // an empty record: a new one
    const models::Record &record() const { return m_record; }
    QVariantMap values() const; // the editable fields as the user left them
    bool isModified() const { return m_modified; }
    void setReadOnly(bool readOnly);
    // Refreshes the organisation and system choices (after records changed elsewhere).
    void reloadChoices();

    void showErrors(const models::FieldErrors &errors);
    void clearErrors();
    QString errorText(const QString &field) const;
    QWidget *editor(const QString &field) const { return m_editors.value(field); }

signals:
    void modified();

private:
    QWidget *createEditor(const models::FieldSpec &spec);
    void setEditorValue(const models::FieldSpec &spec, const QVariant &value);
    QVariant editorValue(const models::FieldSpec &spec) const;
    void fillSystemChoices(const QString &ownerOrg);
    void markModified();
    void updateStatusLine();

    const models::Workspace &m_workspace;
    const models::EntitySchema &m_schema;
    models::Record m_record;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QLabel *m_statusLine;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace dew::ui
