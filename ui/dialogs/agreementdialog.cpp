// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdialog.h"

#include "store/recordrepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

AgreementDialog::AgreementDialog(models::Workspace &workspace, const models::Actor &actor,
                                 const models::Record &application, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_actor(actor), m_applicationId(application.id),
      m_number(new QLineEdit(this)), m_signedOn(dateEdit(QDate::currentDate(), this)),
      m_termStart(dateEdit(QDate::fromString(application.text(QStringLiteral("term_start")), Qt::ISODate), this)),
      m_termEnd(dateEdit(QDate::fromString(application.text(QStringLiteral("term_end")), Qt::ISODate), this)),
      m_fee(new QSpinBox(this)), m_scope(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Record the operation agreement of %1").arg(application.text(QStringLiteral("code"))));
    m_number->setObjectName(QStringLiteral("agreementNumber"));
    m_fee->setRange(0, 100'000'000);
    m_fee->setGroupSeparatorShown(true);
    m_fee->setValue(application.value(QStringLiteral("fee_yuan")).toInt());
    m_scope->setPlainText(application.text(QStringLiteral("scenario")));
    auto *form = new QFormLayout;
    form->addRow(tr("Agreement &number:"), m_number);
    form->addRow(tr("&Signed on:"), m_signedOn);
    form->addRow(tr("Term &from:"), m_termStart);
    form->addRow(tr("Term &to:"), m_termEnd);
    form->addRow(tr("&Fee (yuan a year):"), m_fee);
    form->addRow(tr("S&cope of operation:"), m_scope);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AgreementDialog::error() const
{
    return m_error->text();
}

void AgreementDialog::accept()
{
    if (m_termEnd->date() > m_termStart->date().addYears(3).addDays(-1)) {
        m_error->setText(tr("An authorization runs for at most three years."));
        return;
    }
    models::Record agreement;
    agreement.values = {{QStringLiteral("application_id"), m_applicationId},
                        {QStringLiteral("agreement_no"), m_number->text()},
                        {QStringLiteral("signed_on"), m_signedOn->date().toString(Qt::ISODate)},
                        {QStringLiteral("term_start"), m_termStart->date().toString(Qt::ISODate)},
                        {QStringLiteral("term_end"), m_termEnd->date().toString(Qt::ISODate)},
                        {QStringLiteral("fee_yuan"), m_fee->value()},
                        {QStringLiteral("scope"), m_scope->toPlainText()}};
    const models::WriteResult result =
        models::RecordRepository(m_workspace, models::Entity::OperationAgreement).create(m_actor, agreement);
    if (!result.ok()) {
        m_error->setText(models::describe(models::Entity::OperationAgreement, result.errors));
        return;
    }
    m_savedId = result.id;
    QDialog::accept();
}

} // namespace dew::ui
