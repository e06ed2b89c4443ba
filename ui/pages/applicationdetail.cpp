// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationdetail.h"

#include "domain/uscc.h"
#include "itemmodels/valueformat.h"
#include "store/recordrepository.h"
#include "workflow/compliancechecks.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

using models::Entity;

QTableWidget *newTable(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

// A round mark in the check's colour: green passed, red failed, grey still open.
QIcon checkIcon(models::CheckStatus status)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(status == models::CheckStatus::Passed   ? QColor(0x2e, 0x7d, 0x32)
                     : status == models::CheckStatus::Failed ? QColor(0xc6, 0x28, 0x28)
                                                             : QColor(0x9e, 0x9e, 0x9e));
    painter.drawEllipse(1, 1, 12, 12);
    return QIcon(pixmap);
}

QString fieldText(Entity entity, const models::Record &record, const char *field)
{
    const models::FieldSpec *spec = models::schemaOf(entity).field(QString::fromLatin1(field));
    return spec ? models::displayText(*spec, record.value(QString::fromLatin1(field))) : QString();
}

} // namespace

ApplicationDetail::ApplicationDetail(const models::Workspace &workspace, QWidget *parent)
    : QScrollArea(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("applicationDetail"));
    setWidgetResizable(true);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_heading = new QLabel(content);
    m_heading->setWordWrap(true);
    m_applicant = new QLabel(content);
    m_applicant->setWordWrap(true);
    m_applicant->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_terms = new QLabel(content);
    m_terms->setWordWrap(true);
    m_resources = newTable({tr("Resource code"), tr("Name"), tr("Share type"), tr("Open type"), tr("Grade")},
                           "resources", content);
    m_resources->setMaximumHeight(150);
    m_checks = new QListWidget(content);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setWordWrap(true);
    m_materials = newTable({tr("Kind"), tr("File"), tr("Size"), tr("SHA-256")}, "materials", content);
    m_timeline = newTable({tr("Time"), tr("Stage"), tr("Action"), tr("By"), tr("Opinion")}, "timeline", content);
    m_agreements =
        newTable({tr("Agreement number"), tr("Signed on"), tr("Term"), tr("Fee (yuan a year)")}, "agreements", content);
    m_agreements->setMaximumHeight(110);
    layout->addWidget(m_heading);
    layout->addWidget(m_applicant);
    layout->addWidget(m_terms);
    layout->addWidget(sectionTitle(tr("Requested resources"), content));
    layout->addWidget(m_resources);
    layout->addWidget(sectionTitle(tr("Automatic checks"), content));
    layout->addWidget(m_checks);
    layout->addWidget(sectionTitle(tr("Materials"), content));
    layout->addWidget(m_materials);
    layout->addWidget(sectionTitle(tr("Review record"), content));
    layout->addWidget(m_timeline);
    layout->addWidget(sectionTitle(tr("Operation agreement"), content));
    layout->addWidget(m_agreements);
    setWidget(content);
    clear();
}

void ApplicationDetail::clear()
{
    m_heading->setText(tr("Select an application to read it here."));
    m_applicant->clear();
    m_terms->clear();
    m_resources->setRowCount(0);
    m_checks->clear();
    m_materials->setRowCount(0);
    m_timeline->setRowCount(0);
    m_agreements->setRowCount(0);
}

QString ApplicationDetail::summaryText() const
{
    return m_heading->text() + QLatin1Char('\n') + m_applicant->text() + QLatin1Char('\n') + m_terms->text();
}

void ApplicationDetail::showApplication(const models::ApplicationRow &row, const models::ApplicationRules &rules,
                                        const QList<models::ReviewRecord> &timeline)
{
    const models::Record &application = row.application;
    const QString deadline = models::countdownText(row.countdown);
    m_heading->setText(QStringLiteral("<h3>%1 %2</h3>%3%4")
                           .arg(application.text(QStringLiteral("code")).toHtmlEscaped(),
                                application.text(QStringLiteral("scenario")).toHtmlEscaped(),
                                tr("State: %1").arg(models::applicationStateLabel(row.facts.state)).toHtmlEscaped(),
                                deadline.isEmpty() ? QString() : QStringLiteral(" · ") + deadline.toHtmlEscaped()));
    const QString code = application.text(QStringLiteral("applicant_uscc"));
    const models::uscc::Problem problem = models::uscc::check(code);
    m_applicant->setText(
        tr("Applicant: %1\nUnified social credit code: %2 (%3)")
            .arg(application.text(QStringLiteral("applicant_name")), code,
                 problem == models::uscc::Problem::None ? tr("checksum valid") : models::uscc::describe(problem)));
    m_terms->setText(
        tr("Mode: %1 · Fee: %2, %3 yuan a year · Term: %4 to %5\nPurpose: %6")
            .arg(fieldText(Entity::Application, application, "mode"),
                 fieldText(Entity::Application, application, "fee_category"),
                 QLocale().toString(row.facts.feeYuanPerYear), application.text(QStringLiteral("term_start")),
                 application.text(QStringLiteral("term_end")), application.text(QStringLiteral("purpose"))));
    fillResources(row.facts);
    m_checks->clear();
    for (const models::ComplianceCheck &check : models::complianceChecks(row.facts, rules)) {
        auto *item =
            new QListWidgetItem(checkIcon(check.status), check.title + QStringLiteral(": ") + check.reason, m_checks);
        item->setData(Qt::UserRole, static_cast<int>(check.status));
    }
    fillMaterials(row.facts);
    fillTimeline(timeline);
    fillAgreements(row.facts.id);
}

void ApplicationDetail::fillAgreements(const QString &applicationId)
{
    const QList<models::Record> agreements =
        models::RecordRepository(m_workspace, Entity::OperationAgreement).childrenOf(applicationId);
    m_agreements->setRowCount(static_cast<int>(agreements.size()));
    for (int row = 0; row < agreements.size(); ++row) {
        const models::Record &agreement = agreements.at(row);
        setRow(m_agreements, row,
               {agreement.text(QStringLiteral("agreement_no")), agreement.text(QStringLiteral("signed_on")),
                tr("%1 to %2")
                    .arg(agreement.text(QStringLiteral("term_start")), agreement.text(QStringLiteral("term_end"))),
                QLocale().toString(agreement.value(QStringLiteral("fee_yuan")).toLongLong())});
    }
}

void ApplicationDetail::fillResources(const models::ApplicationFacts &facts)
{
    const models::RecordRepository resources(m_workspace, Entity::DataResource);
    m_resources->setRowCount(static_cast<int>(facts.resources.size()));
    for (int row = 0; row < facts.resources.size(); ++row) {
        const models::RequestedResource &requested = facts.resources.at(row);
        const std::optional<models::Record> resource = resources.findLiveByKey(requested.code);
        if (!resource) {
            setRow(m_resources, row, {requested.code, tr("(not in this workspace's catalogue)")});
            continue;
        }
        setRow(m_resources, row,
               {requested.code, resource->text(QStringLiteral("name")),
                fieldText(Entity::DataResource, *resource, "share_type"),
                fieldText(Entity::DataResource, *resource, "open_type"),
                fieldText(Entity::DataResource, *resource, "grade")});
    }
    m_resources->resizeColumnsToContents();
}

void ApplicationDetail::fillMaterials(const models::ApplicationFacts &facts)
{
    const models::FieldSpec &kind = *models::schemaOf(Entity::ApplicationMaterial).field(QStringLiteral("kind"));
    m_materials->setRowCount(static_cast<int>(facts.materials.size()));
    for (int row = 0; row < facts.materials.size(); ++row) {
        const models::Material &material = facts.materials.at(row);
        setRow(m_materials, row,
               {models::displayText(kind, material.kind), material.fileName, QLocale().formattedDataSize(material.size),
                material.sha256.left(16) + QStringLiteral("…")});
        m_materials->item(row, 3)->setToolTip(material.sha256);
        m_materials->item(row, 0)->setData(Qt::UserRole, material.sha256);
    }
    m_materials->resizeColumnsToContents();
}

void ApplicationDetail::fillTimeline(const QList<models::ReviewRecord> &timeline)
{
    m_timeline->setRowCount(static_cast<int>(timeline.size()));
    for (int row = 0; row < timeline.size(); ++row) {
        const models::ReviewRecord &record = timeline.at(row);
        setRow(m_timeline, row,
               {QLocale().toString(record.at.toLocalTime(), QLocale::ShortFormat),
                models::applicationStateLabel(record.stage), models::applicationActionLabel(record.action),
                record.actorName, record.opinion});
        if (record.pending) {
            // Taken here, offline or before the next sync: the server has yet to confirm it.
            for (int column = 0; column < m_timeline->columnCount(); ++column) {
                QFont font = m_timeline->item(row, column)->font();
                font.setItalic(true);
                m_timeline->item(row, column)->setFont(font);
                m_timeline->item(row, column)->setToolTip(tr("Not yet synced"));
            }
        }
    }
    m_timeline->resizeColumnsToContents();
}

} // namespace dew::ui
