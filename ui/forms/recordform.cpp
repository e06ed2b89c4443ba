// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include "domain/enumerations.h"
#include "store/recordrepository.h"
#include "workflowruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dew::ui {

using models::FieldSpec;
using models::FieldType;

namespace {

const char *errorProperty = "dewError";

void setErrorStyle(QWidget *editor, bool error)
{
    editor->setProperty(errorProperty, error);
    editor->setStyleSheet(error ? QStringLiteral("border: 1px solid #c62828;") : QString());
}

void fillNamedChoices(QComboBox *combo, const QList<models::NamedRecord> &records)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(QString(), QString());
    for (const models::NamedRecord &record : records) {
        combo->addItem(record.name, record.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

RecordForm::RecordForm(const models::Workspace &workspace, models::Entity entity, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_schema(models::schemaOf(entity)), m_statusLine(new QLabel(this))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const FieldSpec &spec : m_schema.fields) {
        if (!spec.editable) {
            continue;
        }
        const QString name = QString::fromLatin1(spec.name);
        QWidget *editor = createEditor(spec);
        editor->setObjectName(name);
        auto *error = new QLabel(this);
        error->setObjectName(name + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: #c62828;"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(error);
        QString label = m_schema.fieldLabel(name);
        if (spec.required) {
            label += QStringLiteral(" *");
        }
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, cell);
        m_editors.insert(name, editor);
        m_errorLabels.insert(name, error);
    }
    if (auto *rule = qobject_cast<WorkflowRuleEditor *>(m_editors.value(QStringLiteral("body")))) {
        connect(qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("code"))), &QLineEdit::textEdited, rule,
                &WorkflowRuleEditor::setCode);
    }
    m_statusLine->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_statusLine->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLine);
    layout->addStretch(1);
    reloadChoices();
}

QWidget *RecordForm::createEditor(const FieldSpec &spec)
{
    if (m_schema.entity == models::Entity::WorkflowRule && QLatin1String(spec.name) == QLatin1String("body")) {
        auto *rule = new WorkflowRuleEditor(this);
        connect(rule, &WorkflowRuleEditor::modified, this, &RecordForm::markModified);
        return rule;
    }
    switch (spec.type) {
    case FieldType::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::markModified);
        return edit;
    }
    case FieldType::Bool: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, &RecordForm::markModified);
        return check;
    }
    case FieldType::Enum:
    case FieldType::OrgRef:
    case FieldType::SystemRef:
    case FieldType::ResourceRef: {
        auto *combo = new QComboBox(this);
        if (spec.type == FieldType::Enum) {
            combo->addItem(QString(), QString());
            const models::Enumeration &values = models::Enumeration::of(spec.enumKind);
            for (const QString &code : values.codes()) {
                combo->addItem(values.label(code), code);
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::markModified);
        if (spec.type == FieldType::OrgRef) {
            // The source system is one of the owner's systems.
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, combo] { fillSystemChoices(combo->currentData().toString()); });
        }
        return combo;
    }
    default: {
        auto *edit = new QLineEdit(this);
        edit->setClearButtonEnabled(true);
        if (spec.type == FieldType::Date) {
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
        }
        connect(edit, &QLineEdit::textEdited, this, &RecordForm::markModified);
        return edit;
    }
    }
}

void RecordForm::reloadChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    for (const FieldSpec &spec : m_schema.fields) {
        if (spec.type == FieldType::OrgRef && spec.editable) {
            auto *combo = static_cast<QComboBox *>(m_editors.value(QString::fromLatin1(spec.name)));
            fillNamedChoices(combo, models::RecordRepository(m_workspace, models::Entity::Organisation).names());
            fillSystemChoices(combo->currentData().toString());
        }
    }
    m_loading = wasLoading;
}

void RecordForm::fillSystemChoices(const QString &ownerOrg)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("source_system")));
    if (!combo) {
        return;
    }
    const bool wasLoading = std::exchange(m_loading, true);
    fillNamedChoices(combo,
                     ownerOrg.isEmpty()
                         ? QList<models::NamedRecord>{}
                         : models::RecordRepository(m_workspace, models::Entity::InformationSystem).names(ownerOrg));
    m_loading = wasLoading;
}

void RecordForm::setEditorValue(const FieldSpec &spec, const QVariant &value)
{
    QWidget *editor = m_editors.value(QString::fromLatin1(spec.name));
    if (auto *rule = qobject_cast<WorkflowRuleEditor *>(editor)) {
        rule->setRule(m_record.text(QStringLiteral("code")), value.toString());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(spec.type == FieldType::Real && !value.isNull() ? QString::number(value.toDouble())
                                                                      : value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    }
}

QVariant RecordForm::editorValue(const FieldSpec &spec) const
{
    QWidget *editor = m_editors.value(QString::fromLatin1(spec.name));
    if (auto *rule = qobject_cast<WorkflowRuleEditor *>(editor)) {
        return rule->body();
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        return line->text();
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        return text->toPlainText();
    }
    if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        return check->isChecked();
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        return combo->currentData();
    }
    return {};
}

void RecordForm::setRecord(const models::Record &record)
{
    m_loading = true;
    m_record = record;
    // Owners first, so that the source-system choices are the owner's.
    for (const FieldSpec &spec : m_schema.fields) {
        if (spec.editable && spec.type == FieldType::OrgRef) {
            setEditorValue(spec, record.value(QString::fromLatin1(spec.name)));
        }
    }
    for (const FieldSpec &spec : m_schema.fields) {
        if (spec.editable && spec.type != FieldType::OrgRef) {
            setEditorValue(spec, record.value(QString::fromLatin1(spec.name)));
        }
    }
    m_loading = false;
    m_modified = false;
    clearErrors();
    updateStatusLine();
}

QVariantMap RecordForm::values() const
{
    QVariantMap result;
    for (const FieldSpec &spec : m_schema.fields) {
        if (spec.editable) {
            result.insert(QString::fromLatin1(spec.name), editorValue(spec));
        }
    }
    return result;
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *rule = qobject_cast<WorkflowRuleEditor *>(editor)) {
            rule->setReadOnly(readOnly);
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setReadOnly(readOnly);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            text->setReadOnly(readOnly);
        } else {
            editor->setEnabled(!readOnly);
        }
    }
}

void RecordForm::showErrors(const models::FieldErrors &errors)
{
    clearErrors();
    QWidget *first = nullptr;
    for (const models::FieldError &error : errors) {
        QLabel *label = m_errorLabels.value(error.field);
        if (!label) {
            continue;
        }
        label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + error.message : error.message);
        label->show();
        setErrorStyle(m_editors.value(error.field), true);
        first = first ? first : m_editors.value(error.field);
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::clearErrors()
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        it.value()->clear();
        it.value()->hide();
        setErrorStyle(m_editors.value(it.key()), false);
    }
}

QString RecordForm::errorText(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordForm::markModified()
{
    if (m_loading) {
        return;
    }
    m_modified = true;
    emit modified();
}

void RecordForm::updateStatusLine()
{
    if (m_record.id.isEmpty()) {
        m_statusLine->setText(tr("New record — not saved yet."));
        return;
    }
    QString state;
    if (m_schema.hasLifecycle) {
        state = models::Enumeration::of(models::EnumKind::Lifecycle).label(m_record.lifecycle());
        if (m_record.isRetired()) {
            state += tr(" · retired");
        }
        state += QStringLiteral(" · ");
    }
    const QString updated = QDateTime::fromString(m_record.updatedAt, Qt::ISODateWithMs)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_statusLine->setText(state + tr("Last changed %1 by %2").arg(updated, m_record.updatedBy));
}

} // namespace dew::ui
