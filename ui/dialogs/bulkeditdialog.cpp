// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeditdialog.h"

#include "store/recordrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dew::ui {

BulkEditDialog::BulkEditDialog(const models::Workspace &workspace, models::Entity entity, int recordCount,
                               QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_schema(models::schemaOf(entity)), m_field(new QComboBox(this)),
      m_choice(new QComboBox(this)), m_text(new QLineEdit(this))
{
    setWindowTitle(tr("Change %Ln record(s)", nullptr, recordCount));
    m_field->setObjectName(QStringLiteral("field"));
    m_choice->setObjectName(QStringLiteral("choice"));
    m_text->setObjectName(QStringLiteral("text"));
    for (const models::FieldSpec &spec : m_schema.fields) {
        // The business key identifies each record: it is never set for many at once.
        if (spec.editable && QLatin1String(spec.name) != QLatin1String(m_schema.businessKey) &&
            spec.type != models::FieldType::SystemRef) {
            m_field->addItem(m_schema.fieldLabel(QString::fromLatin1(spec.name)), QString::fromLatin1(spec.name));
        }
    }
    connect(m_field, &QComboBox::currentIndexChanged, this,
            [this] { showEditorFor(m_field->currentData().toString()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Field"), m_field);
    form->addRow(tr("New value"), m_choice);
    form->addRow(QString(), m_text);
    form->addRow(new QLabel(tr("Every selected record gets this value, as one step that Undo takes back."), this));
    form->addRow(buttons);
    showEditorFor(m_field->currentData().toString());
}

void BulkEditDialog::showEditorFor(const QString &field)
{
    const models::FieldSpec *spec = m_schema.field(field);
    m_choice->clear();
    const bool choice = spec && (spec->type == models::FieldType::Enum || spec->type == models::FieldType::OrgRef ||
                                 spec->type == models::FieldType::Bool);
    if (spec && spec->type == models::FieldType::Enum) {
        const models::Enumeration &values = models::Enumeration::of(spec->enumKind);
        for (const QString &code : values.codes()) {
            m_choice->addItem(values.label(code), code);
        }
    } else if (spec && spec->type == models::FieldType::OrgRef) {
        for (const models::NamedRecord &org :
             models::RecordRepository(m_workspace, models::Entity::Organisation).names()) {
            m_choice->addItem(org.name, org.id);
        }
    } else if (spec && spec->type == models::FieldType::Bool) {
        m_choice->addItem(tr("Yes"), true);
        m_choice->addItem(tr("No"), false);
    }
    m_choice->setVisible(choice);
    m_text->setVisible(!choice);
}

QString BulkEditDialog::field() const
{
    return m_field->currentData().toString();
}

QVariant BulkEditDialog::value() const
{
    return m_choice->isVisibleTo(this) ? m_choice->currentData() : QVariant(m_text->text());
}

void BulkEditDialog::choose(const QString &field, const QVariant &value)
{
    m_field->setCurrentIndex(m_field->findData(field));
    const int index = m_choice->findData(value);
    if (index >= 0) {
        m_choice->setCurrentIndex(index);
    } else {
        m_text->setText(value.toString());
    }
}

} // namespace dew::ui
