// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "export/viewexport.h"
#include "import/fileimport.h"
#include "seed/democity.h"
#include "startup.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace dew::ui {
namespace {

struct Context
{
    std::unique_ptr<models::Workspace> workspace;
    models::Actor actor;
};

std::optional<Context> openContext(const QCommandLineParser &parser, QTextStream &err)
{
    const bool demo = !parser.isSet(QStringLiteral("workspace"));
    const QString path = demo ? defaultDemoWorkspacePath() : parser.value(QStringLiteral("workspace"));
    QString error;
    Context context{openStartupWorkspace(path, demo, models::DemoCity::defaultScale, &error), {}};
    if (!context.workspace) {
        err << error << Qt::endl;
        return std::nullopt;
    }
    // Until accounts exist, commands act as one of the workspace's demo users.
    const QList<models::Actor> actors = models::demoActors(*context.workspace);
    QString wanted = parser.value(QStringLiteral("user"));
    if (wanted.isEmpty()) {
        wanted = context.workspace->meta(QStringLiteral("demo_user"));
    }
    for (const models::Actor &actor : actors) {
        if (actor.userId == wanted || (wanted.isEmpty() && context.actor.userId.isEmpty())) {
            context.actor = actor;
        }
    }
    if (context.actor.userId.isEmpty()) {
        err << QCoreApplication::translate("dew::ui::CommandLine", "No user %1 in this workspace.").arg(wanted)
            << Qt::endl;
        return std::nullopt;
    }
    return context;
}

int runImport(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << QCoreApplication::translate("dew::ui::CommandLine",
                                           "Usage: dew import FILE [--apply] [--workspace PATH]")
            << Qt::endl;
        return 2;
    }
    std::optional<Context> context = openContext(parser, err);
    if (!context) {
        return 2;
    }
    models::FilePlan plan;
    QString error;
    if (!models::planFileImport(*context->workspace, context->actor, positional.at(1), &plan, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (!plan.encoding.isEmpty()) {
        out << QCoreApplication::translate("dew::ui::CommandLine", "%1: read as %2").arg(plan.fileName, plan.encoding)
            << Qt::endl;
    }
    for (const QString &note : plan.notes) {
        out << note << Qt::endl;
    }
    for (const QString &line : models::reportLines(plan)) {
        out << line << Qt::endl;
    }
    const bool anyRejected = plan.summary().rejected > 0;
    if (!parser.isSet(QStringLiteral("apply"))) {
        out << QCoreApplication::translate("dew::ui::CommandLine",
                                           "Dry run: nothing was written. Add --apply to write.")
            << Qt::endl;
        return anyRejected ? 1 : 0;
    }
    const models::ApplyResult applied = models::applyImport(*context->workspace, context->actor, plan.groups());
    if (!applied.ok) {
        err << QCoreApplication::translate("dew::ui::CommandLine", "Nothing was written: row %1 failed: %2")
                   .arg(applied.failedLine)
                   .arg(applied.error)
            << Qt::endl;
        return 2;
    }
    out << QCoreApplication::translate("dew::ui::CommandLine", "Written: %1 new, %2 updated.")
               .arg(applied.summary.created)
               .arg(applied.summary.updated)
        << Qt::endl;
    return anyRejected ? 1 : 0;
}

int runExport(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    const QStringList tables{QStringLiteral("systems"), QStringLiteral("resources"), QStringLiteral("template")};
    if (positional.size() != 3 || !tables.contains(positional.at(1))) {
        err << QCoreApplication::translate("dew::ui::CommandLine",
                                           "Usage: dew export systems|resources|template FILE [--search TEXT] "
                                           "[--organisation ID] [--state STATE] [--workspace PATH]")
            << Qt::endl;
        return 2;
    }
    std::optional<Context> context = openContext(parser, err);
    if (!context) {
        return 2;
    }
    const QString table = positional.at(1);
    const QString path = positional.at(2);
    const models::RecordFilter filter{parser.value(QStringLiteral("organisation")),
                                      {},
                                      parser.value(QStringLiteral("state")),
                                      parser.value(QStringLiteral("search"))};
    QString error;
    qint64 rows = 0;
    if (table == QLatin1String("template")) {
        rows = models::writeXlsx(
            path, models::resourceTemplateSheets(*context->workspace, filter, {}, Qt::AscendingOrder), &error);
    } else {
        const models::Entity entity =
            table == QLatin1String("systems") ? models::Entity::InformationSystem : models::Entity::DataResource;
        QStringList fields;
        for (const models::FieldSpec &spec : models::schemaOf(entity).fields) {
            if (spec.editable || QLatin1String(spec.name) == QLatin1String("lifecycle")) {
                fields << QString::fromLatin1(spec.name);
            }
        }
        const models::ExportSheet sheet =
            models::viewSheet(*context->workspace, entity, filter, {}, Qt::AscendingOrder, fields);
        rows = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? models::writeCsv(path, sheet, &error)
                                                                         : models::writeXlsx(path, {sheet}, &error);
    }
    if (rows < 0) {
        err << error << Qt::endl;
        return 2;
    }
    out << QCoreApplication::translate("dew::ui::CommandLine", "%1 rows written to %2.").arg(rows).arg(path)
        << Qt::endl;
    return 0;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    return arguments.size() > 1 &&
           (arguments.at(1) == QLatin1String("import") || arguments.at(1) == QLatin1String("export"));
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("workspace"), QStringLiteral("The workspace FILE (default: the demo workspace)."),
         QStringLiteral("FILE")},
        {QStringLiteral("user"), QStringLiteral("Act as this demo user."), QStringLiteral("ID")},
        {QStringLiteral("apply"), QStringLiteral("Write the accepted rows (import).")},
        {QStringLiteral("search"), QStringLiteral("Export only what this search finds."), QStringLiteral("TEXT")},
        {QStringLiteral("organisation"), QStringLiteral("Export only this organisation's records."),
         QStringLiteral("ID")},
        {QStringLiteral("state"), QStringLiteral("Export only records in this state."), QStringLiteral("STATE")},
    });
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    return parser.positionalArguments().constFirst() == QLatin1String("import") ? runImport(parser, out, err)
                                                                                : runExport(parser, out, err);
}

} // namespace dew::ui
