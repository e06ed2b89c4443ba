// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimport.h"

#include "importplanner.h"
#include "io/spreadsheetreader.h"
#include "sheetrows.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <numeric>

namespace dew::models {
namespace {

int applyOrder(Entity entity)
{
    switch (entity) {
    case Entity::Organisation:
        return 0;
    case Entity::InformationSystem:
        return 1;
    case Entity::DataResource:
        return 2;
    default:
        return 3;
    }
}

// On a one-sheet layout every item row repeats its resource's columns: an identical repeat is
// the same resource, not a duplicate. Item rows take their resource's code from the same row.
void splitCombinedSheet(const QList<SheetRow> &rows, const ColumnMapping &mapping, QList<SourceRow> *resources,
                        QList<SourceRow> *items)
{
    QHash<QString, QMap<QString, QString>> seen;
    for (SourceRow &row : sourceRows(rows, mapping, Entity::DataResource)) {
        const QString code = row.cells.value(QStringLiteral("code")).trimmed();
        const auto first = seen.constFind(code);
        if (first != seen.cend() && first.value() == row.cells) {
            continue;
        }
        seen.insert(code, row.cells);
        resources->append(std::move(row));
    }
    const int codeColumn = mapping.column(Entity::DataResource, QStringLiteral("code"));
    QHash<int, QString> codeOfLine;
    for (const SheetRow &row : rows) {
        codeOfLine.insert(row.number, row.text(codeColumn));
    }
    for (SourceRow &row : sourceRows(rows, mapping, Entity::DataItem)) {
        row.cells.insert(QStringLiteral("resource_code"), codeOfLine.value(row.line));
        items->append(std::move(row));
    }
}

} // namespace

ImportSummary FilePlan::summary() const
{
    ImportSummary total;
    for (const SheetPlan &sheet : sheets) {
        const ImportSummary one = summarize(sheet.verdicts);
        total.created += one.created;
        total.updated += one.updated;
        total.unchanged += one.unchanged;
        total.rejected += one.rejected;
    }
    return total;
}

QList<ImportGroup> FilePlan::groups() const
{
    QList<ImportGroup> result;
    for (const SheetPlan &sheet : sheets) {
        result.append({sheet.entity, sheet.verdicts});
    }
    return result;
}

bool planFileImport(const Workspace &workspace, const Actor &actor, const QString &path, FilePlan *plan, QString *error,
                    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel,
                    const FileImportOptions &options)
{
    SpreadsheetReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    plan->fileName = reader.fileName();
    plan->encoding = reader.encodingName();
    QList<std::pair<Entity, QList<SourceRow>>> inputs;
    QList<std::pair<Entity, std::pair<QString, ColumnMapping>>> sources;
    for (int index = 0; index < reader.sheetNames().size(); ++index) {
        const QString name = reader.sheetNames().at(index);
        const std::optional<SheetTable> table = reader.readSheet(index);
        if (!table) {
            *error = reader.errorString();
            return false;
        }
        const std::optional<HeaderDetection> header = findHeaderRow(table->rows, sheetKindFromName(name));
        if (!header) {
            plan->notes << QCoreApplication::translate("dew::models::FileImport",
                                                       "Sheet %1 was skipped: it has no header row of the template.")
                               .arg(name);
            continue;
        }
        const auto chosen = options.mappings.constFind(name);
        const ColumnMapping &mapping = chosen != options.mappings.cend() ? *chosen : header->mapping;
        if (!header->skippedRows.isEmpty()) {
            const int skipped = static_cast<int>(header->skippedRows.size());
            const QString note = QCoreApplication::translate(
                "dew::models::FileImport", "Sheet %1: %Ln row(s) above the header were skipped.", nullptr, skipped);
            plan->notes << note.arg(name);
        }
        for (const HeaderCell &unknown : mapping.unknownColumns()) {
            plan->notes << QCoreApplication::translate(
                               "dew::models::FileImport",
                               "Sheet %1: column %2 (%3) is not in the template and was ignored.")
                               .arg(name, columnLetter(unknown.column), unknown.header);
        }
        const QStringList missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
            *error = QCoreApplication::translate("dew::models::FileImport", "Sheet %1 lacks the required columns %2.")
                         .arg(name, missing.join(QStringLiteral("、")));
            return false;
        }
        switch (mapping.kind()) {
        case SheetKind::Organisations:
            inputs.append({Entity::Organisation, sourceRows(table->rows, mapping, Entity::Organisation)});
            sources.append({Entity::Organisation, {name, mapping}});
            break;
        case SheetKind::Systems:
            inputs.append({Entity::InformationSystem, sourceRows(table->rows, mapping, Entity::InformationSystem)});
            sources.append({Entity::InformationSystem, {name, mapping}});
            break;
        case SheetKind::Items:
            inputs.append({Entity::DataItem, sourceRows(table->rows, mapping, Entity::DataItem)});
            sources.append({Entity::DataItem, {name, mapping}});
            break;
        default: {
            QList<SourceRow> resources;
            QList<SourceRow> items;
            splitCombinedSheet(table->rows, mapping, &resources, &items);
            inputs.append({Entity::DataResource, resources});
            sources.append({Entity::DataResource, {name, mapping}});
            if (!items.isEmpty()) {
                inputs.append({Entity::DataItem, items});
                sources.append({Entity::DataItem, {name, mapping}});
            }
        }
        }
    }
    if (inputs.isEmpty()) {
        *error = QCoreApplication::translate("dew::models::FileImport",
                                             "%1 holds no sheet in the layout of the unified-list template.")
                     .arg(plan->fileName);
        return false;
    }
    // Resources are planned before items so that items know which resource rows stand.
    QList<qsizetype> order(inputs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return applyOrder(inputs.at(a).first) < applyOrder(inputs.at(b).first);
    });
    int total = 0;
    for (const auto &input : inputs) {
        total += static_cast<int>(input.second.size());
    }
    int done = 0;
    const auto step = [&] {
        if (cancel && cancel->load()) {
            return false;
        }
        if (progress && (++done % 256 == 0 || done == total)) {
            progress(done, total);
        }
        return true;
    };
    // One read transaction for the whole dry run: every row sees the same workspace, and the
    // lookups do not take and drop the file's read lock once per row.
    const Transaction snapshot(workspace);
    QList<RowVerdict> resourceVerdicts;
    QList<SourceRow> organisationRows;
    QList<RowVerdict> organisationVerdicts;
    for (qsizetype i : order) {
        const Entity entity = inputs.at(i).first;
        ImportPlanner planner(workspace, entity, actor);
        if (entity == Entity::DataItem) {
            planner.setResourceRowsOfThisImport(resourceVerdicts);
        } else if (entity != Entity::Organisation) {
            planner.setOrganisationRowsOfThisImport(organisationRows, organisationVerdicts);
        }
        SheetPlan sheet{sources.at(i).second.first, entity, sources.at(i).second.second,
                        planner.plan(inputs.at(i).second, step)};
        if (cancel && cancel->load()) {
            plan->sheets.clear();
            plan->cancelled = true;
            *error = QCoreApplication::translate("dew::models::FileImport", "The dry run was cancelled.");
            return false;
        }
        if (entity == Entity::DataResource) {
            resourceVerdicts += sheet.verdicts;
        } else if (entity == Entity::Organisation) {
            organisationRows += inputs.at(i).second;
            organisationVerdicts += sheet.verdicts;
        }
        plan->sheets.append(std::move(sheet));
    }
    return true;
}

QString problemText(const SheetPlan &sheet, const RowProblem &problem)
{
    if (problem.field.isEmpty()) {
        return problem.message;
    }
    // An item's resource is named by the resource-code column.
    const QString column =
        problem.field == QLatin1String("resource_id") ? QStringLiteral("resource_code") : problem.field;
    const int number = sheet.mapping.column(sheet.entity, column);
    const QString label = schemaOf(sheet.entity).fieldLabel(problem.field);
    return number > 0 ? QCoreApplication::translate("dew::models::FileImport", "column %1 %2: %3")
                            .arg(columnLetter(number), label, problem.message)
                      : label + QStringLiteral(": ") + problem.message;
}

QStringList reportLines(const FilePlan &plan)
{
    QStringList lines;
    for (const SheetPlan &sheet : plan.sheets) {
        const EntitySchema &schema = schemaOf(sheet.entity);
        for (const RowVerdict &row : sheet.verdicts) {
            if (row.verdict == Verdict::Unchanged) {
                continue;
            }
            QString line = QCoreApplication::translate("dew::models::FileImport", "%1, row %2, %3: %4")
                               .arg(sheet.sheetName)
                               .arg(row.line)
                               .arg(row.key, verdictLabel(row.verdict));
            if (row.verdict == Verdict::Update) {
                QStringList fields;
                for (const QString &field : row.changedFields) {
                    fields << schema.fieldLabel(field);
                }
                line += QStringLiteral(" (") + fields.join(QStringLiteral(", ")) + QLatin1Char(')');
            }
            for (const RowProblem &problem : row.problems) {
                line += QStringLiteral("; ") + problemText(sheet, problem);
            }
            for (const QString &warning : row.warnings) {
                line += QStringLiteral("; ") +
                        QCoreApplication::translate("dew::models::FileImport", "warning: %1").arg(warning);
            }
            lines << line;
        }
    }
    const ImportSummary total = plan.summary();
    lines << QCoreApplication::translate("dew::models::FileImport", "%1 new, %2 updated, %3 unchanged, %4 rejected.")
                 .arg(total.created)
                 .arg(total.updated)
                 .arg(total.unchanged)
                 .arg(total.rejected);
    return lines;
}

} // namespace dew::models
