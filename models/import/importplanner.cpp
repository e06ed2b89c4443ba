// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplanner.h"

#include "cellvalue.h"
#include "domain/uscc.h"
#include "domain/validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace dew::models {
namespace {

RowVerdict rejected(RowVerdict verdict, const QString &field, const QString &message)
{
    verdict.verdict = Verdict::Rejected;
    verdict.problems.append({field, message});
    return verdict;
}

bool sameValue(const FieldSpec &spec, const QVariant &a, const QVariant &b)
{
    return RecordRepository::canonical(spec, a) == RecordRepository::canonical(spec, b);
}

QString organisationRowRejected(int line)
{
    return QCoreApplication::translate("dew::models::Import", "Its organisation (row %1) is rejected.").arg(line);
}

} // namespace

ImportPlanner::ImportPlanner(const Workspace &workspace, Entity entity, Actor actor)
    : m_workspace(workspace), m_schema(schemaOf(entity)), m_actor(std::move(actor)), m_records(workspace, entity),
      m_byCode(std::make_unique<RecordLookup>(workspace, entity == Entity::DataItem ? Entity::DataResource : entity))
{
    for (const NamedRecord &org : RecordRepository(workspace, Entity::Organisation).names()) {
        m_organisationsByName.insert(org.name, org.id);
    }
}

void ImportPlanner::setResourceRowsOfThisImport(const QList<RowVerdict> &resourceVerdicts)
{
    for (const RowVerdict &verdict : resourceVerdicts) {
        if (verdict.verdict == Verdict::Rejected) {
            m_rejectedResourceLines.insert(verdict.key, verdict.line);
        } else {
            m_resourceIdsOfThisImport.insert(verdict.key, verdict.recordId);
        }
    }
}

void ImportPlanner::setOrganisationRowsOfThisImport(const QList<SourceRow> &rows, const QList<RowVerdict> &verdicts)
{
    for (qsizetype i = 0; i < std::min(rows.size(), verdicts.size()); ++i) {
        const RowVerdict &verdict = verdicts.at(i);
        const QString name = rows.at(i).cells.value(QStringLiteral("name")).trimmed();
        // A name that a stored organisation already has keeps meaning that one.
        if (name.isEmpty() || m_organisationsByName.contains(name)) {
            continue;
        }
        if (verdict.verdict == Verdict::New) {
            m_organisationsByName.insert(name, QString());
            m_newOrganisationCodes.insert(name, verdict.key);
        } else if (verdict.verdict == Verdict::Rejected) {
            m_rejectedOrganisationLines.insert(name, verdict.line);
            if (!verdict.key.isEmpty()) {
                m_rejectedOrganisationLines.insert(verdict.key, verdict.line);
            }
        }
    }
}

QList<RowVerdict> ImportPlanner::plan(const QList<SourceRow> &rows, const std::function<bool()> &step) const
{
    QList<RowVerdict> verdicts;
    verdicts.reserve(rows.size());
    QHash<QString, int> firstLineOfKey;
    for (const SourceRow &row : rows) {
        if (step && !step()) {
            break;
        }
        RowVerdict verdict = planRow(row);
        if (!verdict.key.isEmpty()) {
            // Within one file the first occurrence of a code stands (templates.md).
            const auto first = firstLineOfKey.constFind(verdict.key);
            if (first != firstLineOfKey.cend()) {
                verdict = rejected(
                    verdict, QString::fromLatin1(m_schema.businessKey),
                    QCoreApplication::translate("dew::models::Import", "Duplicate of row %1.").arg(first.value()));
            } else {
                firstLineOfKey.insert(verdict.key, row.line);
            }
        }
        verdicts.append(std::move(verdict));
    }
    return verdicts;
}

RowVerdict ImportPlanner::planRow(const SourceRow &row) const
{
    RowVerdict verdict;
    verdict.line = row.line;
    const QString keyField = QString::fromLatin1(m_schema.businessKey);
    const bool isItem = m_schema.entity == Entity::DataItem;
    // Codes are read through NFKC (a code typed in full-width digits); an item's name is kept as written.
    const QString cell = row.cells.value(keyField);
    const QString key = isItem ? cell.trimmed() : cell.normalized(QString::NormalizationForm_KC).trimmed();
    if (key.isEmpty()) {
        return rejected(verdict, keyField,
                        QCoreApplication::translate("dew::models::Import", "This field is required."));
    }
    verdict.parentCode = isItem ? row.cells.value(QStringLiteral("resource_code")).trimmed() : QString();
    verdict.key = isItem ? verdict.parentCode + QStringLiteral(" / ") + key : key;

    QVariantMap values;
    if (!readValues(row, values, verdict)) {
        verdict.verdict = Verdict::Rejected;
        return verdict;
    }
    QString resourceId; // items: their resource's id, empty when the resource is new in this import
    const std::optional<Record> existing = findExisting(row, verdict, &resourceId);
    if (verdict.verdict == Verdict::Rejected && !verdict.problems.isEmpty()) {
        return verdict;
    }
    if (existing && existing->deleted) {
        return rejected(verdict, keyField,
                        QCoreApplication::translate("dew::models::Import",
                                                    "A deleted record has this code; restore it in dew first."));
    }

    Record record = existing.value_or(Record{});
    if (!existing && m_schema.hasLifecycle) {
        record.values.insert(QStringLiteral("lifecycle"), QStringLiteral("draft"));
    }
    record.values.insert(values);
    if (!verdict.newOwnerCode.isEmpty()) {
        record.values.insert(QStringLiteral("owner_org"), QStringLiteral("(new)")); // set on applying
    }
    if (isItem && !existing) {
        // "(new)": the resource is created by this import, after this dry run.
        record.values.insert(QStringLiteral("resource_id"),
                             resourceId.isEmpty() ? QStringLiteral("(new)") : resourceId);
    }
    deriveFields(m_schema.entity, record);
    // References were resolved above; the rest is the form's own validation.
    for (const FieldError &error : validate(m_schema.entity, record)) {
        verdict.problems.append({error.field, error.message});
    }
    if (!verdict.problems.isEmpty()) {
        verdict.verdict = Verdict::Rejected;
        return verdict;
    }
    if (!existing) {
        verdict.verdict = Verdict::New;
        verdict.values = values;
    } else {
        verdict.recordId = existing->id;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!sameValue(*m_schema.field(it.key()), existing->value(it.key()), it.value())) {
                verdict.values.insert(it.key(), it.value());
                verdict.changedFields << it.key();
            }
        }
        if (!verdict.newOwnerCode.isEmpty()) {
            verdict.changedFields << QStringLiteral("owner_org"); // to an organisation that does not exist yet
        }
        verdict.verdict = verdict.changedFields.isEmpty() ? Verdict::Unchanged : Verdict::Update;
    }
    // A row that writes needs the right to write it; an unchanged row asks for nothing.
    // Items of a resource new in this import go with their resource's row, which was checked.
    const bool itemOfNewResource = isItem && record.text(QStringLiteral("resource_id")) == QLatin1String("(new)");
    if (verdict.verdict != Verdict::Unchanged && !itemOfNewResource) {
        const Permission permission = existing ? m_records.permission(m_actor, RecordAction::Edit, *existing)
                                               : m_records.permission(m_actor, RecordAction::Create, record);
        if (!permission) {
            return rejected(verdict, QString(), permission.reason);
        }
    }
    return verdict;
}

bool ImportPlanner::readValues(const SourceRow &row, QVariantMap &values, RowVerdict &verdict) const
{
    for (const FieldSpec &spec : m_schema.fields) {
        const QString name = QString::fromLatin1(spec.name);
        if (!spec.editable) {
            continue; // lifecycle, retired, positions: never set by an import
        }
        if (spec.type == FieldType::OrgRef) {
            if (row.cells.contains(name) || row.cells.contains(QStringLiteral("owner_uscc"))) {
                const QString id = findOrganisation(row, verdict);
                if (!id.isEmpty()) {
                    values.insert(name, id);
                }
            }
            continue;
        }
        if (!row.cells.contains(name)) {
            continue; // a column the file does not have changes nothing
        }
        if (spec.type == FieldType::SystemRef) {
            const QString code = row.cells.value(name).trimmed();
            if (!code.isEmpty() && !m_systemsByCode.contains(code)) {
                m_systemsByCode.insert(code, RecordRepository(m_workspace, Entity::InformationSystem).findByKey(code));
            }
            const std::optional<Record> system = code.isEmpty() ? std::nullopt : m_systemsByCode.value(code);
            if (system && !system->deleted) {
                values.insert(name, system->id);
            } else if (!code.isEmpty()) {
                verdict.warnings << QCoreApplication::translate("dew::models::Import",
                                                                "No information system has the code %1; the row is "
                                                                "imported without the link.")
                                        .arg(code);
            } else {
                values.insert(name, QVariant());
            }
            continue;
        }
        QVariant value;
        QString error;
        if (spec.type == FieldType::Enum) {
            const std::pair<int, QString> key{static_cast<int>(spec.enumKind), row.cells.value(name)};
            auto known = m_enumCells.constFind(key);
            if (known == m_enumCells.cend()) {
                readCell(spec, key.second, &value, &error);
                if (m_enumCells.size() < 4096) { // a file of a thousand misspellings is not kept whole
                    m_enumCells.insert(key, {value, error});
                }
            } else {
                value = known->first;
                error = known->second;
            }
        } else {
            readCell(spec, row.cells.value(name), &value, &error);
        }
        if (error.isEmpty()) {
            values.insert(name, value);
        } else {
            verdict.problems.append({name, error});
        }
    }
    return verdict.problems.isEmpty();
}

QString ImportPlanner::findOrganisation(const SourceRow &row, RowVerdict &verdict) const
{
    const QString field = QStringLiteral("owner_org");
    const QString code = uscc::normalized(row.cells.value(QStringLiteral("owner_uscc")));
    const QString name = row.cells.value(field).trimmed();
    if (!code.isEmpty()) {
        // The code decides; a name that does not match it is only a warning (templates.md).
        if (!m_organisationsByCode.contains(code)) {
            m_organisationsByCode.insert(code, RecordRepository(m_workspace, Entity::Organisation).findByKey(code));
        }
        const std::optional<Record> org = m_organisationsByCode.value(code);
        if (!org && std::find(m_newOrganisationCodes.cbegin(), m_newOrganisationCodes.cend(), code) !=
                        m_newOrganisationCodes.cend()) {
            verdict.newOwnerCode = code;
            return {};
        }
        if (!org && m_rejectedOrganisationLines.contains(code)) {
            verdict.problems.append({field, organisationRowRejected(m_rejectedOrganisationLines.value(code))});
            return {};
        }
        if (!org || org->deleted) {
            verdict.problems.append(
                {field,
                 QCoreApplication::translate("dew::models::Import", "No organisation has the code %1.").arg(code)});
            return {};
        }
        if (!name.isEmpty() && name != org->text(QStringLiteral("name"))) {
            verdict.warnings << QCoreApplication::translate(
                                    "dew::models::Import", "The name %1 differs from the organisation of code %2 (%3).")
                                    .arg(name, code, org->text(QStringLiteral("name")));
        }
        return org->id;
    }
    if (name.isEmpty()) {
        return {};
    }
    QString fullName = m_organisationsByName.contains(name) ? name : QString();
    if (fullName.isEmpty() && name.size() >= 3) {
        // Officers shorten names ("市公安局" for "呼和浩特市公安局"): one organisation ending so is it.
        QStringList candidates;
        for (auto it = m_organisationsByName.cbegin(); it != m_organisationsByName.cend(); ++it) {
            if (it.key().endsWith(name)) {
                candidates << it.key();
            }
        }
        if (candidates.size() == 1) {
            fullName = candidates.first();
            verdict.warnings
                << QCoreApplication::translate("dew::models::Import", "%1 was read as %2.").arg(name, fullName);
        }
    }
    if (fullName.isEmpty() && m_rejectedOrganisationLines.contains(name)) {
        verdict.problems.append({field, organisationRowRejected(m_rejectedOrganisationLines.value(name))});
        return {};
    }
    if (fullName.isEmpty()) {
        verdict.problems.append(
            {field, QCoreApplication::translate("dew::models::Import", "Unknown organisation %1.").arg(name)});
        return {};
    }
    verdict.newOwnerCode = m_newOrganisationCodes.value(fullName); // empty unless new in this import
    return m_organisationsByName.value(fullName);
}

std::optional<Record> ImportPlanner::findExisting(const SourceRow &row, RowVerdict &verdict,
                                                  QString *resourceIdOut) const
{
    if (m_schema.entity != Entity::DataItem) {
        return m_byCode->findByKey(verdict.key);
    }
    const QString parent = verdict.parentCode;
    if (parent.isEmpty()) {
        verdict.problems.append({QStringLiteral("resource_id"),
                                 QCoreApplication::translate("dew::models::Import", "This field is required.")});
    } else if (m_rejectedResourceLines.contains(parent)) {
        verdict.problems.append(
            {QStringLiteral("resource_id"),
             QCoreApplication::translate("dew::models::Import", "Its data resource (row %1) is rejected.")
                 .arg(m_rejectedResourceLines.value(parent))});
    } else {
        QString resourceId = m_resourceIdsOfThisImport.value(parent);
        if (resourceId.isEmpty() && !m_resourceIdsOfThisImport.contains(parent)) {
            const std::optional<Record> resource = m_byCode->findByKey(parent);
            if (!resource || resource->deleted) {
                verdict.problems.append(
                    {QStringLiteral("resource_id"),
                     QCoreApplication::translate("dew::models::Import", "No data resource has the code %1.")
                         .arg(parent)});
                return std::nullopt;
            }
            resourceId = resource->id;
        }
        *resourceIdOut = resourceId;
        if (resourceId.isEmpty()) {
            return std::nullopt; // the resource is new in this import, so is the item
        }
        const QString name = row.cells.value(QStringLiteral("name")).trimmed();
        for (const Record &item : m_records.itemsOf(resourceId)) {
            if (item.text(QStringLiteral("name")) == name) {
                return item;
            }
        }
        return std::nullopt;
    }
    if (!verdict.problems.isEmpty()) {
        verdict.verdict = Verdict::Rejected;
    }
    return std::nullopt;
}

} // namespace dew::models
