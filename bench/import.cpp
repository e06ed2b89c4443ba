// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing data resources from a CSV (issue: Spreadsheet round trip, "Speed"): dew's dry run and
// apply, beside a raw-SQLite baseline that inserts the same rows into the same schema (indexes,
// search rows, outbox rows) in one transaction with prepared statements.
#include "benchutil.h"
#include "domain/uuid7.h"
#include "import/fileimport.h"
#include "seed/democity.h"
#include "store/bigramtokenizer.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace dew;

namespace {

QString rowCode(int i)
{
    return QStringLiteral("30%1/%2")
        .arg(1000 + i / 900000, 4, 10, QLatin1Char('0'))
        .arg(i % 900000 + 1, 6, 10, QLatin1Char('0'));
}

void writeCsv(const QString &path, int rows, const QString &provider)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("\xEF\xBB\xBF资源代码,资源名称,资源提供方,资源摘要,资源格式,更新周期,共享类型,开放类型,数据分级\r\n");
    for (int i = 0; i < rows; ++i) {
        file.write(QStringLiteral("%1,交通运行监测数据%2,%3,全市道路交通流量与拥堵指数的监测数据,数据库,每日,"
                                  "无条件共享,不予开放,一般数据（2级）\r\n")
                       .arg(rowCode(i))
                       .arg(i)
                       .arg(provider)
                       .toUtf8());
    }
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The same rows, straight into a copy of the same schema.
double rawInsert(const QString &path, int rows, const QString &ownerId)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    models::registerBigramTokenizer(db);
    // The settings of a workspace (Workspace::open): the foreign keys are checked there too.
    exec(db, "PRAGMA synchronous = FULL");
    exec(db, "PRAGMA foreign_keys = ON");
    const double ms = bench::millisecondsOf([&] {
        exec(db, "BEGIN");
        sqlite3_stmt *insert = nullptr;
        sqlite3_stmt *search = nullptr;
        sqlite3_stmt *outbox = nullptr;
        sqlite3_prepare_v2(
            db,
            "INSERT INTO data_resource(id, version, created_at, updated_at, updated_by, owner_org, code, "
            "name, summary, catalogue_kind, format, update_cycle, share_type, open_type, grade, lifecycle) "
            "VALUES (?, 0, ?, ?, 'raw', ?, ?, ?, ?, 'department', 'database', 'daily', 'unconditional', "
            "'none', 'general2', 'draft')",
            -1, &insert, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO data_resource_search(rid, body) VALUES (?, ?)", -1, &search, nullptr);
        sqlite3_prepare_v2(db,
                           "INSERT INTO outbox(mutation_id, table_name, record_id, op, changes, base_version, actor, "
                           "created_at) VALUES (?, 'data_resource', ?, 'create', ?, 0, 'raw', ?)",
                           -1, &outbox, nullptr);
        const QByteArray now = "2026-11-28T00:00:00.000Z";
        const QByteArray owner = ownerId.toUtf8();
        const QByteArray summary = QStringLiteral("全市道路交通流量与拥堵指数的监测数据").toUtf8();
        for (int i = 0; i < rows; ++i) {
            const QByteArray id = models::newUuidV7().toUtf8();
            const QByteArray code = rowCode(i).toUtf8();
            const QByteArray name = QStringLiteral("交通运行监测数据%1").arg(i).toUtf8();
            sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, now.constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 3, now.constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 4, owner.constData(), -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, code.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 6, name.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 7, summary.constData(), -1, SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            const QByteArray body = models::SearchIndex::bodyOf(
                                        {QString::fromUtf8(code), QString::fromUtf8(name), QString::fromUtf8(summary)})
                                        .toUtf8();
            sqlite3_bind_int64(search, 1, sqlite3_last_insert_rowid(db));
            sqlite3_bind_text(search, 2, body.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(search);
            sqlite3_reset(search);
            const QByteArray mutation = models::newUuidV7().toUtf8();
            // The outbox entry dew writes for a new resource: every field that has a value.
            const QByteArray changes =
                R"({"catalogue_kind":{"new":"department","old":null},"classified":{"new":false,"old":null},)"
                R"("code":{"new":")" +
                code +
                R"(","old":null},"format":{"new":"database","old":null},)"
                R"("grade":{"new":"general2","old":null},"lifecycle":{"new":"draft","old":null},)"
                R"("name":{"new":")" +
                name + R"(","old":null},"open_type":{"new":"none","old":null},"owner_org":{"new":")" + owner +
                R"(","old":null},"reported_up":{"new":false,"old":null},"retired":{"new":false,"old":null},)"
                R"("share_type":{"new":"unconditional","old":null},"summary":{"new":")" +
                summary + R"(","old":null},"update_cycle":{"new":"daily","old":null}})";
            sqlite3_bind_text(outbox, 1, mutation.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(outbox, 2, id.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(outbox, 3, changes.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(outbox, 4, now.constData(), -1, SQLITE_STATIC);
            sqlite3_step(outbox);
            sqlite3_reset(outbox);
        }
        sqlite3_finalize(insert);
        sqlite3_finalize(search);
        sqlite3_finalize(outbox);
        exec(db, "COMMIT");
    });
    sqlite3_close(db);
    return ms;
}

// What both sides wrote, to show that they did the same work: rows, search text, outbox entries.
QByteArray writtenFigures(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    models::registerBigramTokenizer(db);
    sqlite3_stmt *query = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT count(*) FROM data_resource), (SELECT sum(length(body)) FROM "
                       "data_resource_search), (SELECT count(*) FROM data_resource_fts WHERE data_resource_fts "
                       "MATCH '交通'), (SELECT count(*) FROM outbox), (SELECT sum(length(changes)) FROM outbox)",
                       -1, &query, nullptr);
    QByteArray figures;
    if (sqlite3_step(query) == SQLITE_ROW) {
        for (int column = 0; column < 5; ++column) {
            figures += QByteArray::number(sqlite3_column_int64(query, column)) + ' ';
        }
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    return figures.trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("rows"), QStringLiteral("Rows to import."), QStringLiteral("N"), QStringLiteral("20000")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("DEW_BENCH_KEEP")) { // to look at what both sides wrote
        dir.setAutoRemove(false);
        std::fprintf(stderr, "workspaces kept in %s\n", qPrintable(dir.path()));
    }
    QString error;
    const QString dewPath = dir.filePath(QStringLiteral("dew.dew"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.dew"));
    for (const QString &path : {dewPath, rawPath}) {
        auto workspace = models::Workspace::open(path, &error);
        models::DemoCity(300).write(*workspace, &error);
    }
    auto workspace = models::Workspace::open(dewPath, &error);
    models::Actor reviewer;
    for (const models::Actor &actor : models::demoActors(*workspace)) {
        if (actor.role == models::Role::Reviewer) {
            reviewer = actor;
        }
    }
    const QString csv = dir.filePath(QStringLiteral("resources.csv"));
    writeCsv(csv, rows, QStringLiteral("呼和浩特市数据局"));

    models::FilePlan plan;
    const double planMs =
        bench::millisecondsOf([&] { models::planFileImport(*workspace, reviewer, csv, &plan, &error); });
    models::ApplyResult applied;
    const double applyMs =
        bench::millisecondsOf([&] { applied = models::applyImport(*workspace, reviewer, plan.groups()); });
    if (!applied.ok || applied.summary.created != rows) {
        std::fprintf(stderr, "import failed: %s (%d created)\n", qPrintable(applied.error + error),
                     applied.summary.created);
        return 1;
    }
    const double rawMs = rawInsert(rawPath, rows, reviewer.orgId);
    workspace.reset(); // closes the connection, so that the check below reads what was committed
    const QByteArray dewFigures = writtenFigures(dewPath);
    const QByteArray rawFigures = writtenFigures(rawPath);
    std::printf("== Import of %d data resources from CSV ==\n", rows);
    std::printf("written (resources, search text bytes, search hits, outbox entries, outbox bytes):\n"
                "  dew %s\n  raw %s\n  %s\n",
                dewFigures.constData(), rawFigures.constData(),
                dewFigures == rawFigures ? "the same work" : "NOT THE SAME WORK");
    std::printf("%-58s %10.2f ms  (no raw counterpart: the baseline reads nothing)\n",
                "dry run (read, map, validate, match)", planMs);
    bench::printRow(QStringLiteral("apply (write rows, search index, outbox)"), applyMs, rawMs);
    bench::printRow(QStringLiteral("dry run + apply"), planMs + applyMs, rawMs);
    std::printf("%-58s %10.0f rows/s  raw %10.0f rows/s  share of raw %5.1f %%\n", "rate",
                rows / ((planMs + applyMs) / 1000), rows / (rawMs / 1000), 100.0 * rawMs / (planMs + applyMs));
    return 0;
}
