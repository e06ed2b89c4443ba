// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/divisions.h"
#include "domain/resourcecode.h"
#include "domain/uscc.h"
#include "seed/democity.h"
#include "store/recordrepository.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dew::models;

namespace {

constexpr qint64 scale = 500;

std::unique_ptr<Workspace> seeded(const QString &path, qint64 resources, DemoCityCounts *counts = nullptr)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    }
    DemoCity city(resources);
    if (!city.write(*workspace, &error)) {
        qFatal("cannot seed %s: %s", qPrintable(path), qPrintable(error));
    }
    if (counts) {
        *counts = city.counts();
    }
    return workspace;
}

QVariantList column(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    QVariantList values;
    if (!query.exec(sql)) {
        qWarning() << sql;
    }
    while (query.next()) {
        values << query.value(0);
    }
    return values;
}

qint64 number(const Workspace &workspace, const QString &sql)
{
    const QVariantList values = column(workspace, sql);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

QString text(const Workspace &workspace, const QString &sql)
{
    const QVariantList values = column(workspace, sql);
    return values.isEmpty() ? QString() : values.first().toString();
}

// Every row of every table that the seed writes, the full-text index's own storage included.
QByteArray contentHash(const Workspace &workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table :
         {"region", "organisation", "information_system", "data_resource", "data_item", "data_resource_search",
          "information_system_search", "data_resource_fts_data", "workspace_meta", "outbox"}) {
        QSqlQuery query(workspace.database());
        if (!query.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table) + QStringLiteral(" ORDER BY 1"))) {
            qWarning() << "cannot read" << table;
        }
        hash.addData(table);
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                hash.addData(QByteArray(query.value(i).toByteArray() + '\x1f'));
            }
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

} // namespace

class TestDemoCity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsByEntity();
    void hohhotDivisions();
    void organisationsHaveValidUniqueUsccs();
    void everyRecordValidates();
    void sameScaleGivesSameContent();
    void isABaseline();
    void twoCharacterSearchFindsWhatLikeFinds_data();
    void twoCharacterSearchFindsWhatLikeFinds();
    void searchBodiesAreTheRepositorysOwn();
    void demoActorsCoverEveryRole();
    void namesAreChineseAndComplete();
    void codesMatchCatalogueKinds();
    void systemsBelongToTheirOwnersLevel();
    void lifecyclesAreSpreadLikeARealCatalogue();

private:
    qint64 count(const QByteArray &sql) const { return number(*m_ws, QString::fromUtf8(sql)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    DemoCityCounts m_counts;
};

void TestDemoCity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = seeded(m_dir.filePath(QStringLiteral("city.dew")), scale, &m_counts);
}

void TestDemoCity::countsByEntity()
{
    QCOMPARE(count("SELECT count(*) FROM region"), m_counts.regions);
    QCOMPARE(count("SELECT count(*) FROM organisation"), m_counts.organisations);
    QCOMPARE(count("SELECT count(*) FROM information_system"), m_counts.systems);
    QCOMPARE(count("SELECT count(*) FROM data_resource"), scale);
    QCOMPARE(count("SELECT count(*) FROM data_item"), m_counts.items);
    QCOMPARE(m_counts.regions, 111); // the city, 9 counties, 2 functional zones, 99 townships
    QVERIFY(m_counts.organisations >= 55 && m_counts.organisations <= 70); // about 60
    QVERIFY(m_counts.systems >= 60 && m_counts.systems < 300);
    // 2–8 items a resource, and every resource has its items.
    QCOMPARE(count("SELECT count(*) FROM (SELECT resource_id, count(*) n FROM data_item "
                   "GROUP BY resource_id HAVING n BETWEEN 2 AND 8)"),
             scale);
}

void TestDemoCity::hohhotDivisions()
{
    const auto codes = [this](const char *level) {
        return text(*m_ws, QStringLiteral("SELECT group_concat(code || ' ' || name, ', ') FROM (SELECT code, name "
                                          "FROM region WHERE level = '%1' ORDER BY code)")
                               .arg(QLatin1String(level)));
    };
    QCOMPARE(codes("city"), QStringLiteral("150100 呼和浩特市"));
    QCOMPARE(codes("county"), QStringLiteral("150102 新城区, 150103 回民区, 150104 玉泉区, 150105 赛罕区, "
                                             "150121 土默特左旗, 150122 托克托县, 150123 和林格尔县, 150124 清水河县, "
                                             "150125 武川县"));
    // 和林格尔新区 has no statistical code: it carries a local one.
    QCOMPARE(codes("zone"), QStringLiteral("150100Z01 和林格尔新区, 150172 呼和浩特经济技术开发区"));

    QStringList expected;
    for (const QString &county : Divisions::instance().childrenOf(QStringLiteral("150100"))) {
        for (const QString &township : Divisions::instance().childrenOf(county)) {
            expected << township + QLatin1Char('<') + county;
        }
    }
    QCOMPARE(expected.size(), 99);
    expected.sort();
    QCOMPARE(text(*m_ws, QStringLiteral("SELECT group_concat(code || '<' || parent_code) FROM (SELECT * FROM region "
                                        "WHERE level = 'township' ORDER BY code)")),
             expected.join(QLatin1Char(',')));
    QCOMPARE(count("SELECT count(*) FROM region WHERE name = '海拉尔东路街道' AND parent_code = '150102'"), 1);
}

void TestDemoCity::organisationsHaveValidUniqueUsccs()
{
    QSqlQuery query(m_ws->database());
    QVERIFY(query.exec(QStringLiteral("SELECT uscc, name, region_code, kind FROM organisation")));
    QSet<QString> seen;
    QSet<QString> kinds;
    while (query.next()) {
        const QString code = query.value(0).toString();
        const QString kind = query.value(3).toString();
        QVERIFY2(uscc::isValid(code), qPrintable(code));
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
        kinds.insert(kind);
        // Characters 3–8 are the region where the body registered.
        QCOMPARE(code.mid(2, 6), query.value(2).toString().left(6));
        const QString expectedType = kind == QLatin1String("government")    ? QStringLiteral("11")
                                     : kind == QLatin1String("institution") ? QStringLiteral("12")
                                                                            : QStringLiteral("91");
        QVERIFY2(code.startsWith(expectedType), qPrintable(code + QLatin1Char(' ') + kind));
    }
    QCOMPARE(seen.size(), m_counts.organisations);
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("government"), QStringLiteral("institution"), QStringLiteral("soe"),
                                   QStringLiteral("enterprise")}));
    for (const char *name : {"呼和浩特市数据局", "呼和浩特市公安局", "呼和浩特市教育局", "呼和浩特市卫生健康委员会",
                             "呼和浩特市自然资源局", "呼和浩特市市场监督管理局", "新城区人民政府办公室", "武川县数据局",
                             "和林格尔新区管理委员会"}) {
        QVERIFY2(column(*m_ws, QStringLiteral("SELECT name FROM organisation")).contains(QString::fromUtf8(name)),
                 name);
    }
}

void TestDemoCity::everyRecordValidates()
{
    for (const Entity entity :
         {Entity::Region, Entity::Organisation, Entity::InformationSystem, Entity::DataResource, Entity::DataItem}) {
        const RecordRepository repository(*m_ws, entity);
        const QVariantList ids =
            column(*m_ws, QStringLiteral("SELECT id FROM ") + QLatin1String(schemaOf(entity).table) +
                              QStringLiteral(" ORDER BY rid"));
        QVERIFY(!ids.isEmpty());
        for (const QVariant &id : ids) {
            const std::optional<Record> record = repository.find(id.toString());
            QVERIFY(record);
            const FieldErrors errors = validate(entity, *record, &repository);
            QVERIFY2(errors.isEmpty(), qPrintable(id.toString() + QStringLiteral(": ") + describe(entity, errors)));
            QVERIFY(QDateTime::fromString(record->createdAt, Qt::ISODateWithMs).isValid());
            QVERIFY2(record->createdAt <= record->updatedAt, qPrintable(id.toString()));
        }
    }
}

void TestDemoCity::sameScaleGivesSameContent()
{
    const QByteArray first = contentHash(*m_ws);
    const auto again = seeded(m_dir.filePath(QStringLiteral("again.dew")), scale);
    QCOMPARE(contentHash(*again).toHex(), first.toHex());
    const auto bigger = seeded(m_dir.filePath(QStringLiteral("bigger.dew")), scale + 1);
    QVERIFY(contentHash(*bigger) != first);
}

void TestDemoCity::isABaseline()
{
    QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
    for (const char *table : {"region", "organisation", "information_system", "data_resource", "data_item"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE version OR deleted OR updated_by <> 'seed'");
        QCOMPARE(number(*m_ws, sql.arg(QLatin1String(table))), 0);
    }
    // The load's own settings do not outlive it.
    QCOMPARE(text(*m_ws, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(count("PRAGMA cache_size"), -2000);
    QCOMPARE(m_ws->meta(QStringLiteral("demo")), QStringLiteral("1"));
    QCOMPARE(m_ws->meta(QStringLiteral("demo_scale")), QString::number(scale));
    // A second seed would mix two cities.
    DemoCity city(10);
    QString error;
    QVERIFY(!city.write(*m_ws, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count("SELECT count(*) FROM data_resource"), scale);
    // The index refers to each record by its row.
    QCOMPARE(count("SELECT count(*) FROM data_resource r JOIN data_resource_search s ON s.rid = r.rid"), scale);
}

void TestDemoCity::twoCharacterSearchFindsWhatLikeFinds_data()
{
    QTest::addColumn<QString>("term");
    for (const char *term : {"人口", "教育", "登记", "交通", "信息", "号码", "新城", "１０"}) {
        QTest::newRow(term) << QString::fromUtf8(term);
    }
}

void TestDemoCity::twoCharacterSearchFindsWhatLikeFinds()
{
    QFETCH(QString, term);
    const QVariantList found = column(*m_ws, QStringLiteral("SELECT r.code FROM data_resource_fts f JOIN data_resource "
                                                            "r ON r.rid = f.rowid WHERE data_resource_fts MATCH '%1' "
                                                            "AND r.deleted = 0 ORDER BY r.rid")
                                                 .arg(SearchIndex::matchExpression(term)));
    // The index holds normalised text (NFKC, case-folded): a full-width query means the plain one.
    const QVariantList scanned = column(
        *m_ws, QStringLiteral("SELECT code FROM data_resource r WHERE deleted = 0 AND (code LIKE '%%1%' OR name LIKE "
                              "'%%1%' OR summary LIKE '%%1%' OR EXISTS (SELECT 1 FROM data_item i WHERE "
                              "i.resource_id = r.id AND i.deleted = 0 AND i.name LIKE '%%1%')) ORDER BY rid")
                   .arg(term.normalized(QString::NormalizationForm_KC)));
    QVERIFY2(!scanned.isEmpty(), "the demo city mentions every common topic");
    QCOMPARE(found, scanned);
}

void TestDemoCity::searchBodiesAreTheRepositorysOwn()
{
    // What the seed indexed must be what an edit through the repository would index.
    for (const Entity entity : {Entity::DataResource, Entity::InformationSystem}) {
        const QString table = QLatin1String(schemaOf(entity).table);
        const QString body =
            QStringLiteral("SELECT s.body FROM %1_search s JOIN %1 r ON r.rid = s.rid WHERE r.id = '%2'");
        const QVariantList ids = column(*m_ws, QStringLiteral("SELECT id FROM %1 WHERE rid % 17 = 1").arg(table));
        QVERIFY(ids.size() > 3);
        for (const QVariant &id : ids) {
            const QString seededBody = text(*m_ws, body.arg(table, id.toString()));
            QString error;
            QVERIFY2(SearchIndex::refresh(m_ws->database(), entity, id.toString(), &error), qPrintable(error));
            QCOMPARE(text(*m_ws, body.arg(table, id.toString())), seededBody);
        }
    }
}

void TestDemoCity::demoActorsCoverEveryRole()
{
    const QList<Actor> actors = demoActors(*m_ws);
    QSet<Role> roles;
    QSet<QString> userIds;
    QSet<QString> officerOrgs;
    for (const Actor &actor : actors) {
        roles.insert(actor.role);
        userIds.insert(actor.userId);
        QVERIFY2(!actor.orgId.isEmpty(), qPrintable(actor.userId));
        const QString owned = QStringLiteral("SELECT count(*) FROM %1 WHERE id = '%2' OR owner_org = '%2'");
        QCOMPARE(number(*m_ws, owned.arg(QStringLiteral("organisation"), actor.orgId)), 1);
        if (actor.role == Role::Officer) {
            officerOrgs.insert(actor.orgId);
            // An officer has records of their own to work on.
            QVERIFY2(number(*m_ws, owned.arg(QStringLiteral("data_resource"), actor.orgId)) > 0,
                     qPrintable(actor.displayName));
        }
    }
    QCOMPARE(roles, (QSet<Role>{Role::Officer, Role::Reviewer, Role::Supervisor, Role::Admin}));
    QCOMPARE(userIds.size(), actors.size());
    QVERIFY(userIds.contains(QStringLiteral("demo-officer-1")));
    QVERIFY(officerOrgs.size() >= 2);
}

void TestDemoCity::namesAreChineseAndComplete()
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const char *sql :
         {"SELECT name FROM region", "SELECT name FROM organisation", "SELECT name FROM information_system",
          "SELECT contact FROM information_system", "SELECT name FROM data_resource",
          "SELECT summary FROM data_resource", "SELECT name FROM data_item"}) {
        for (const QVariant &name : column(*m_ws, QString::fromLatin1(sql))) {
            QVERIFY2(name.toString().contains(han), qPrintable(name.toString()));
            QVERIFY2(!name.toString().contains(QLatin1Char('%')), qPrintable(name.toString())); // no template left
        }
    }
    QCOMPARE(count("SELECT count(*) FROM information_system WHERE phone NOT LIKE '0471-_______' "
                   "OR name GLOB '*监管监管*' OR name GLOB '*管理管理*'"),
             0);
    QCOMPARE(count("SELECT count(DISTINCT name) FROM information_system"), m_counts.systems);
}

void TestDemoCity::codesMatchCatalogueKinds()
{
    QSqlQuery query(m_ws->database());
    QVERIFY(query.exec(QStringLiteral("SELECT code, catalogue_kind, base_family FROM data_resource")));
    QSet<QString> kinds;
    while (query.next()) {
        const QString code = query.value(0).toString();
        QVERIFY2(resourcecode::isValid(code), qPrintable(code));
        QCOMPARE(resourcecode::catalogueKindOf(code), query.value(1).toString());
        QCOMPARE(query.value(2).isNull(), query.value(1).toString() != QLatin1String("base"));
        kinds.insert(query.value(1).toString());
    }
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("base"), QStringLiteral("theme"), QStringLiteral("department"),
                                   QStringLiteral("special")}));
}

void TestDemoCity::systemsBelongToTheirOwnersLevel()
{
    QSqlQuery query(m_ws->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT s.code, s.build_level, o.region_code, r.level FROM information_system s "
                       "JOIN organisation o ON o.id = s.owner_org JOIN region r ON r.code = o.region_code")));
    int rows = 0;
    while (query.next()) {
        const QString regionLevel = query.value(3).toString();
        const QString expected = regionLevel == QLatin1String("zone") ? QStringLiteral("county") : regionLevel;
        QCOMPARE(query.value(1).toString(), expected);
        QVERIFY2(query.value(0).toString().contains(
                     QRegularExpression(QStringLiteral("^XT-") + QRegularExpression::escape(query.value(2).toString()) +
                                        QStringLiteral("-[0-9]{4}$"))),
                 qPrintable(query.value(0).toString()));
        ++rows;
    }
    QCOMPARE(rows, m_counts.systems);
    QVERIFY(count("SELECT count(*) FROM information_system WHERE build_level = 'township'") > 0);
    // A resource's source system is one of its provider's systems that still runs.
    QCOMPARE(count("SELECT count(*) FROM data_resource r JOIN information_system s "
                   "ON s.id = r.source_system WHERE s.owner_org <> r.owner_org OR s.retired"),
             0);
    QVERIFY(count("SELECT count(*) FROM data_resource WHERE source_system IS NOT NULL") > scale * 3 / 4);
}

void TestDemoCity::lifecyclesAreSpreadLikeARealCatalogue()
{
    const auto share = [this](const char *where) {
        return double(count(QByteArray("SELECT count(*) FROM data_resource WHERE " + QByteArray(where)))) / scale;
    };
    QVERIFY(share("lifecycle = 'published'") > 0.5);
    QVERIFY(share("lifecycle = 'draft'") > 0.02 && share("lifecycle = 'pending_review'") > 0.02);
    QVERIFY(share("lifecycle = 'withdrawn'") > 0.02);
    QVERIFY(share("retired") > 0 && share("retired") < 0.1);
    QVERIFY(share("grade LIKE 'general%'") > 0.85 && share("grade = 'important'") > 0);
    QVERIFY(share("share_type = 'conditional'") > 0.2);
    QCOMPARE(share("(lifecycle IN ('published', 'withdrawn') AND publish_date IS NULL) OR "
                   "publish_date > substr(updated_at, 1, 10)"),
             0.0);
    QVERIFY(count("SELECT count(*) FROM information_system WHERE retired") > 0);
    QVERIFY(count("SELECT count(*) FROM information_system WHERE lifecycle = 'published'") > m_counts.systems / 2);
}

QTEST_GUILESS_MAIN(TestDemoCity)
#include "tst_democity.moc"
