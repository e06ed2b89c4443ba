// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Browsing and searching the Data Resources page at scale (issue: Foundation, "Scale"). Every dew
// figure is printed beside a raw-SQLite baseline doing the same work on its own connection.
#include "benchutil.h"
#include "itemmodels/pagedrecordmodel.h"
#include "seed/democity.h"
#include "store/bigramtokenizer.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>

#include <cstdio>
#include <sqlite3.h>

using namespace dew;
using bench::millisecondsOf;
using bench::printRow;

namespace {

const QStringList columns{QStringLiteral("code"),           QStringLiteral("name"),      QStringLiteral("owner_org"),
                          QStringLiteral("catalogue_kind"), QStringLiteral("format"),    QStringLiteral("update_cycle"),
                          QStringLiteral("share_type"),     QStringLiteral("open_type"), QStringLiteral("grade"),
                          QStringLiteral("lifecycle"),      QStringLiteral("retired")};

const QByteArray rawColumns = "t.rid, t.id, t.code, t.name, o.name, t.catalogue_kind, t.format, t.update_cycle, "
                              "t.share_type, t.open_type, t.grade, t.lifecycle, t.retired";

// Common 2–4 character queries of a data bureau's staff.
const char *const searchTerms[] = {
    "人口",     "教育",     "交通",
    "数据",     "信息",     "企业",
    "登记",     "许可",     "医疗",
    "社保",     "户籍",     "法人",
    "税务",     "住房",     "公积金",
    "营业执照", "不动产",   "环境",
    "空气",     "水质",     "农牧",
    "草原",     "旅游",     "文化",
    "体育",     "卫生",     "疫苗",
    "学校",     "学生",     "教师",
    "车辆",     "驾驶",     "道路",
    "公交",     "能源",     "电力",
    "供热",     "燃气",     "气象",
    "应急",     "消防",     "安全",
    "市场",     "监管",     "信用",
    "处罚",     "财政",     "预算",
    "统计",     "人社",     "就业",
    "养老",     "低保",     "残疾",
    "婚姻",     "出生",     "死亡",
    "民政",     "地理",     "规划",
    "土地",     "矿产",     "林业",
    "新城区",   "赛罕区",   "呼和浩特",
    "身份证",   "联系电话", "统一社会信用代码",
    "name",     "id",
};

// The same page query dew runs: row ids from the index, then those rows with their owners.
QByteArray pageSql(const QByteArray &order, qint64 offset)
{
    return "SELECT " + rawColumns +
           " FROM (SELECT t.rid AS rid FROM data_resource t WHERE t.deleted = 0 ORDER BY t.code " + order +
           " LIMIT 128 OFFSET " + QByteArray::number(offset) +
           ") AS page JOIN data_resource t ON t.rid = page.rid LEFT JOIN organisation o ON o.id = t.owner_org "
           "ORDER BY t.code " +
           order;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    models::registerBigramTokenizer(db);
    return db;
}

void paint(QTableView &view)
{
    view.viewport()->grab(); // forces a full paint of the visible rows
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Browse and search benchmark of the Data Resources page."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("A workspace; made with the demo city if missing."));
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Resources of a new workspace."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("jumps"), QStringLiteral("Random jumps to measure."), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const QString path = parser.positionalArguments().constFirst();
    const bool existed = QFileInfo::exists(path);
    QString error;
    auto workspace = models::Workspace::open(path, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!existed) {
        models::DemoCity city(parser.value(QStringLiteral("scale")).toLongLong());
        const double ms = millisecondsOf([&] { city.write(*workspace, &error); });
        std::printf("seeded %lld resources in %.1f s\n", static_cast<long long>(city.scale()), ms / 1000);
    }
    sqlite3 *raw = openRaw(path);
    const qint64 rssBefore = bench::residentKiB();

    // First rows: the page opens on the whole catalogue, in code order. The first opening reads
    // the file from disk; the figures that follow are of a warm cache, for both sides alike.
    std::printf("\n== Data Resources page, %s ==\n", qPrintable(QFileInfo(path).fileName()));
    {
        QTableView cold;
        cold.resize(1200, 800);
        const double ms = millisecondsOf([&] {
            cold.setModel(new models::PagedRecordModel(*workspace, models::Entity::DataResource, columns, &cold));
            cold.show();
            paint(cold);
        });
        std::printf("%-58s %10.2f ms  (cold file cache, not compared)\n", "first rows shown, first time", ms);
        bench::stepAll(raw, "SELECT count(*) FROM data_resource WHERE deleted = 0");
    }
    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->setDefaultSectionSize(24);
    models::PagedRecordModel *model = nullptr;
    const double firstRows = millisecondsOf([&] {
        model = new models::PagedRecordModel(*workspace, models::Entity::DataResource, columns, &view);
        view.setModel(model);
        view.show();
        paint(view);
    });
    const double rawFirstRows = millisecondsOf([&] {
        bench::stepAll(raw, "SELECT count(*) FROM data_resource WHERE deleted = 0");
        bench::stepAll(raw, pageSql("ASC", 0));
    });
    std::printf("rows: %d\n", model->rowCount());
    printRow(QStringLiteral("first rows shown (count + first page + paint)"), firstRows, rawFirstRows);

    const double lastRow = millisecondsOf([&] {
        view.scrollToBottom();
        paint(view);
    });
    const double rawLastRow = millisecondsOf([&] { bench::stepAll(raw, pageSql("DESC", 0)); });
    printRow(QStringLiteral("jump to the last row (page + paint)"), lastRow, rawLastRow);

    QList<double> jumps;
    QList<double> rawJumps;
    QList<double> naiveJumps;
    QRandomGenerator random(42);
    const int jumpCount = parser.value(QStringLiteral("jumps")).toInt();
    for (int i = 0; i < jumpCount; ++i) {
        const int row = static_cast<int>(random.bounded(model->rowCount()));
        jumps << millisecondsOf([&] {
            view.scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
            paint(view);
        });
        const qint64 total = model->rowCount();
        const bool fromEnd = row > total / 2;
        rawJumps << millisecondsOf([&] {
            bench::stepAll(raw,
                           fromEnd ? pageSql("DESC", std::max<qint64>(0, total - row - 128)) : pageSql("ASC", row));
        });
        if (i < 5) {
            // For reference: OFFSET over the joined rows, which reads every row it skips.
            naiveJumps << millisecondsOf([&] {
                bench::stepAll(raw, "SELECT " + rawColumns +
                                        " FROM data_resource t LEFT JOIN organisation o ON o.id = t.owner_org "
                                        "WHERE t.deleted = 0 ORDER BY t.code LIMIT 128 OFFSET " +
                                        QByteArray::number(row));
            });
        }
    }
    printRow(QStringLiteral("jump to a random row, median"), bench::percentile(jumps, 0.5),
             bench::percentile(rawJumps, 0.5));
    printRow(QStringLiteral("jump to a random row, max"), bench::percentile(jumps, 1.0),
             bench::percentile(rawJumps, 1.0));
    std::printf("%-58s %10.2f ms  (naive OFFSET over joined rows, 5 jumps; reference only)\n",
                "jump to a random row, median", bench::percentile(naiveJumps, 0.5));
    std::printf("%-58s %10.1f MB  (before the page: %.1f MB)\n", "resident memory after browsing",
                static_cast<double>(bench::residentKiB()) / 1024, static_cast<double>(rssBefore) / 1024);

    // Search: the first page of results in index order, then counts and sorted results.
    std::printf("\n== Full-text search, %zu terms ==\n", std::size(searchTerms));
    QList<double> firstPage, rawFirstPage, counts, rawCounts, sorted, rawSorted;
    qint64 totalHits = 0;
    for (const char *term : searchTerms) {
        const QString text = QString::fromUtf8(term);
        models::RecordQuery query(*workspace, models::Entity::DataResource, columns);
        query.setFilter({{}, {}, {}, text});
        qint64 hits = 0;
        firstPage << millisecondsOf([&] { query.fetch(0, 128, 0); });
        const QByteArray match = models::SearchIndex::matchExpression(text).toUtf8();
        const QByteArray rawSearch = "SELECT " + rawColumns +
                                     " FROM data_resource_fts f CROSS JOIN data_resource t ON "
                                     "t.rid = f.rowid LEFT JOIN organisation o ON o.id = t.owner_org WHERE "
                                     "data_resource_fts MATCH ? AND t.deleted = 0";
        rawFirstPage << millisecondsOf(
            [&] { bench::stepAll(raw, rawSearch + " ORDER BY f.rowid LIMIT 128", {match}); });
        counts << millisecondsOf([&] { hits = query.count(); });
        rawCounts << millisecondsOf([&] {
            bench::stepAll(raw,
                           "SELECT count(*) FROM data_resource_fts f CROSS JOIN data_resource t ON t.rid = f.rowid "
                           "WHERE data_resource_fts MATCH ? AND t.deleted = 0",
                           {match});
        });
        query.setSort(QStringLiteral("name"), Qt::AscendingOrder);
        sorted << millisecondsOf([&] { query.fetch(0, 128, hits); });
        rawSorted << millisecondsOf(
            [&] { bench::stepAll(raw, rawSearch + " ORDER BY t.name, t.rid LIMIT 128", {match}); });
        totalHits += hits;
    }
    std::printf("hits over all terms: %lld\n", static_cast<long long>(totalHits));
    printRow(QStringLiteral("search, first page in index order, p50"), bench::percentile(firstPage, 0.5),
             bench::percentile(rawFirstPage, 0.5));
    printRow(QStringLiteral("search, first page in index order, p99"), bench::percentile(firstPage, 0.99),
             bench::percentile(rawFirstPage, 0.99));
    printRow(QStringLiteral("search, count of matches, p50"), bench::percentile(counts, 0.5),
             bench::percentile(rawCounts, 0.5));
    printRow(QStringLiteral("search, count of matches, p99"), bench::percentile(counts, 0.99),
             bench::percentile(rawCounts, 0.99));
    printRow(QStringLiteral("search, first page sorted by name, p50"), bench::percentile(sorted, 0.5),
             bench::percentile(rawSorted, 0.5));
    printRow(QStringLiteral("search, first page sorted by name, p99"), bench::percentile(sorted, 0.99),
             bench::percentile(rawSorted, 0.99));
    sqlite3_close(raw);
    return 0;
}
