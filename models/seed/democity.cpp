// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democity.h"

#include "cityplan.h"
#include "logging.h"
#include "resourcegenerator.h"
#include "seedwriter.h"
#include "store/workspace.h"
#include "systemgenerator.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace dew::models {
namespace {

// 2026-01-01T00:00:00Z: every id of the demo city is made from this time and a counter.
constexpr qint64 baseMsecs = 1767225600000;
constexpr quint64 randomSeed = 0x6465772d63697479; // "dew-city"
// Regions and organisations were all entered when the inventory started.
const QString baselineStamp = QStringLiteral("2024-01-02T09:00:00.000Z");

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool isEmpty(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    bool empty = false;
    if (sqlite3_prepare_v2(db,
                           "SELECT (SELECT count(*) FROM region) + (SELECT count(*) FROM organisation) + "
                           "(SELECT count(*) FROM information_system) + (SELECT count(*) FROM data_resource)",
                           -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        empty = sqlite3_column_int64(statement, 0) == 0;
    }
    sqlite3_finalize(statement);
    return empty;
}

QByteArray pragma(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return value;
}

// Settings for one big load into a new file, restored afterwards. A large page cache keeps the
// randomly ordered indexes (codes, owners) in memory. A rollback journal instead of the WAL
// writes each page once rather than twice (to the WAL, then at the checkpoint), and it costs
// nothing in safety here: the file had no records before, and a failed load leaves none.
class BulkLoad
{
public:
    explicit BulkLoad(sqlite3 *db) : m_db(db), m_cacheSize(pragma(db, "PRAGMA cache_size"))
    {
        exec(m_db, "PRAGMA cache_size = -524288");
        // Only when this is the file's sole connection; otherwise the WAL stays.
        m_wal =
            pragma(m_db, "PRAGMA journal_mode") == "wal" && pragma(m_db, "PRAGMA journal_mode = DELETE") == "delete";
    }
    ~BulkLoad()
    {
        if (m_wal) {
            pragma(m_db, "PRAGMA journal_mode = WAL");
        }
        exec(m_db, QByteArray("PRAGMA cache_size = " + m_cacheSize).constData());
    }
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    sqlite3 *m_db;
    QByteArray m_cacheSize;
    bool m_wal = false;
};

} // namespace

DemoCity::DemoCity(qint64 scale) : m_scale(std::max<qint64>(0, scale)) {}

void DemoCity::setProgressHandler(std::function<void(qint64)> handler)
{
    m_progress = std::move(handler);
}

bool DemoCity::write(Workspace &workspace, QString *error)
{
    m_counts = {};
    sqlite3 *db = workspace.handle();
    QString problem;
    if (!isEmpty(db)) {
        problem = QCoreApplication::translate("dew::models::DemoCity",
                                              "The workspace already holds records; the demo city is written into a "
                                              "new workspace only.");
    } else {
        const BulkLoad bulkLoad(db);
        if (!exec(db, "BEGIN IMMEDIATE")) {
            problem = QString::fromUtf8(sqlite3_errmsg(db));
        } else if (!writeAll(workspace, &problem) || !exec(db, "COMMIT")) {
            if (problem.isEmpty()) {
                problem = QString::fromUtf8(sqlite3_errmsg(db));
            }
            exec(db, "ROLLBACK");
            m_counts = {};
        }
    }
    if (problem.isEmpty()) {
        qCInfo(lcSeed) << "wrote the demo city:" << m_counts.resources << "resources," << m_counts.items << "items";
        return true;
    }
    qCWarning(lcSeed).noquote() << "demo city not written:" << problem;
    if (error) {
        *error = problem;
    }
    return false;
}

bool DemoCity::writeAll(Workspace &workspace, QString *error)
{
    SeedWriter writer(workspace.handle());
    const auto fail = [&](const QString &what) {
        *error = QCoreApplication::translate("dew::models::DemoCity", "Writing %1 of the demo city failed: %2")
                     .arg(what, writer.lastError());
        return false;
    };
    if (!writer.prepare()) {
        return fail(QStringLiteral("statements"));
    }
    SeedIds ids(baseMsecs);
    SeedRandom random(randomSeed);
    const CityPlan plan(m_scale, random, ids);
    for (const SeedRegion &region : plan.regions()) {
        if (!writer.insertRegion(region, baselineStamp)) {
            return fail(region.code);
        }
        ++m_counts.regions;
    }
    for (const SeedOrganisation &organisation : plan.organisations()) {
        if (!writer.insertOrganisation(organisation, baselineStamp)) {
            return fail(organisation.name);
        }
        ++m_counts.organisations;
    }

    // Fewer, larger merges of the full-text index while loading (about a tenth faster at a
    // million resources, queries as fast); SQLite's default again afterwards.
    if (!exec(workspace.handle(), "INSERT INTO data_resource_fts(data_resource_fts, rank) VALUES('automerge', 16)")) {
        return fail(QStringLiteral("search settings"));
    }
    SystemGenerator systems(plan, random, ids);
    ResourceGenerator resources(plan, random, ids);
    for (qint64 i = SystemGenerator::countFor(m_scale); i > 0; --i) {
        const SystemRow system = systems.next();
        if (!writer.insertSystem(system)) {
            return fail(system.code);
        }
        resources.addSourceSystem(system);
        ++m_counts.systems;
    }
    for (qint64 i = 0; i < m_scale; ++i) {
        const ResourceRow resource = resources.next();
        if (!writer.insertResource(resource)) {
            return fail(resource.code);
        }
        ++m_counts.resources;
        m_counts.items += qint64(resource.items.size());
        if (m_progress && (i + 1) % 10000 == 0) {
            m_progress(i + 1);
        }
    }
    if (!writer.setMeta(QStringLiteral("demo"), QStringLiteral("1")) ||
        !writer.setMeta(QStringLiteral("demo_scale"), QString::number(m_scale))) {
        return fail(QStringLiteral("workspace settings"));
    }
    if (!exec(workspace.handle(), "INSERT INTO data_resource_fts(data_resource_fts, rank) VALUES('automerge', 4)")) {
        return fail(QStringLiteral("search settings"));
    }
    if (m_progress && m_scale % 10000 != 0) {
        m_progress(m_scale);
    }
    return true;
}

} // namespace dew::models
