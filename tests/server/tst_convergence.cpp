// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Convergence under loss (issue 4, point 5a): three desktops make random offline edits of the
// same records and sync in random order through a proxy that loses a fifth of the requests.
// Afterwards every digest matches the server's, every mutation has exactly one result, every
// conflict is one per field, and the server's records equal a reference model that replays
// the accepted mutations in the order the server took them.
#include "faultproxy.h"
#include "serverharness.h"
#include "store/outbox.h"
#include "sync/conflictresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <random>

using namespace dew;
using models::Entity;
using models::sync::MutationStatus;

namespace {

const QStringList editedFields{QStringLiteral("name"), QStringLiteral("summary"), QStringLiteral("update_cycle")};

QString pick(std::mt19937 &random, const QStringList &choices)
{
    return choices.at(std::uniform_int_distribution<qsizetype>(0, choices.size() - 1)(random));
}

struct Generated
{
    QString clientId;
    QString op;
    QString recordId;
    QJsonObject changes;
};

// The server's merge rule restated on its own: a field moves when the server still has the
// value the edit started from, stays when both sides agree, and conflicts otherwise.
struct ModelRecord
{
    QJsonObject fields;
    bool deleted = false;
};

class ConvergenceRun
{
public:
    ConvergenceRun(test::TestServer &server, unsigned seed, int operations)
        : m_server(server), m_proxy(QUrl(server.url()).port(), seed, 0.2), m_random(seed), m_operations(operations)
    {
    }

    void run();

private:
    void step(test::TestClient &client, bool resolving);
    void capture(test::TestClient &client);
    QStringList localIds(test::TestClient &client, bool deleted) const;
    void quiesce();
    void verifyDigests();
    void verifyAccounting();
    void verifyConflicts();
    void verifyReferenceModel();

    test::TestServer &m_server;
    test::FaultProxy m_proxy;
    std::mt19937 m_random;
    int m_operations;
    std::vector<std::unique_ptr<test::TestClient>> m_clients;
    QHash<QString, Generated> m_generated;
    QHash<test::TestClient *, qint64> m_seenSeq;
    int m_nextCode = 1;
};

void ConvergenceRun::run()
{
    const int port = m_proxy.start();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    // Logging in is the user's business (a lost login is retried by hand): the loss starts after.
    m_proxy.setLossRate(0);
    for (const server::UserAccount *user : {&m_server.officerA, &m_server.officerA2, &m_server.reviewer}) {
        m_clients.push_back(std::make_unique<test::TestClient>(url, *user));
        QVERIFY2(m_clients.back()->loggedIn(), qPrintable(m_clients.back()->loginError()));
    }
    m_proxy.setLossRate(0.2);
    const int total = m_operations * static_cast<int>(m_clients.size());
    for (int n = 0; n < total; ++n) {
        test::TestClient &client =
            *m_clients.at(std::uniform_int_distribution<size_t>(0, m_clients.size() - 1)(m_random));
        // Nobody resolves in the last fifth, so that some conflicts are still open at the end.
        step(client, n < total * 4 / 5);
        capture(client);
        if (std::uniform_real_distribution<double>(0, 1)(m_random) < 0.15) {
            test::TestClient &syncing =
                *m_clients.at(std::uniform_int_distribution<size_t>(0, m_clients.size() - 1)(m_random));
            models::sync::SyncOptions options;
            options.allowMassDelete = true;
            syncing.sync(options); // a lost request just leaves work for the next sync
        }
    }
    quiesce();
    QVERIFY(m_proxy.count(test::FaultProxy::Fault::BeforeServer) > 0);
    QVERIFY(m_proxy.count(test::FaultProxy::Fault::AfterCommit) > 0);
    QVERIFY(m_proxy.count(test::FaultProxy::Fault::MidResponse) > 0);
    verifyDigests();
    verifyAccounting();
    verifyConflicts();
    verifyReferenceModel();
}

QStringList ConvergenceRun::localIds(test::TestClient &client, bool deleted) const
{
    QStringList ids;
    QSqlQuery query(client.workspace().database());
    query.exec(QStringLiteral("SELECT id FROM data_resource WHERE deleted = %1 ORDER BY id").arg(deleted ? 1 : 0));
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

void ConvergenceRun::step(test::TestClient &client, bool resolving)
{
    models::RecordRepository resources = client.records(Entity::DataResource);
    const double roll = std::uniform_real_distribution<double>(0, 1)(m_random);
    const QStringList live = localIds(client, false);
    if (roll < 0.2 || live.isEmpty()) {
        models::Record record =
            test::resourceRecord(QStringLiteral("101001/%1").arg(m_nextCode++, 6, 10, QLatin1Char('0')),
                                 pick(m_random, {QStringLiteral("甲"), QStringLiteral("乙")}), m_server.orgA);
        resources.create(client.actor(), record);
    } else if (roll < 0.7) {
        const QString field = pick(m_random, editedFields);
        const QString value =
            field == QLatin1String("update_cycle")
                ? pick(m_random, {QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("monthly")})
                : pick(m_random,
                       {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙"), QStringLiteral("丁")});
        resources.update(client.actor(), pick(m_random, live), {{field, value}});
    } else if (roll < 0.8) {
        resources.remove(client.actor(), pick(m_random, live));
    } else if (roll < 0.88) {
        const QStringList deleted = localIds(client, true);
        if (!deleted.isEmpty()) {
            resources.restore(client.actor(), pick(m_random, deleted));
        }
    } else if (resolving) {
        const QList<models::sync::OpenConflict> conflicts = models::sync::openConflicts(client.workspace());
        if (!conflicts.isEmpty()) {
            const auto &conflict =
                conflicts.at(std::uniform_int_distribution<qsizetype>(0, conflicts.size() - 1)(m_random));
            QList<QJsonValue> choices{conflict.serverValue};
            for (const QJsonValue &entry : conflict.competing) {
                choices << entry.toObject().value(QLatin1String("value"));
            }
            const QJsonValue chosen =
                choices.at(std::uniform_int_distribution<qsizetype>(0, choices.size() - 1)(m_random));
            models::sync::resolveConflict(client.workspace(), client.actor(), conflict.id, chosen);
        }
    }
}

void ConvergenceRun::capture(test::TestClient &client)
{
    for (const models::OutboxEntry &entry :
         models::Outbox(client.workspace().database()).entries(m_seenSeq.value(&client), 100)) {
        m_generated.insert(entry.mutationId, {client.client().clientId(), entry.op, entry.recordId, entry.changes});
        m_seenSeq[&client] = entry.seq;
    }
}

void ConvergenceRun::quiesce()
{
    models::sync::SyncOptions options;
    options.allowMassDelete = true;
    int quietRounds = 0;
    // The proxy still loses a fifth of the requests, so a round in which all three desktops get
    // every answer is rare (about 1 in 8) and two in a row rarer: 200 rounds fell short for seed 28
    // of the 200-seed bench run with nothing left to sync. A round with work costs little.
    for (int round = 0; round < 2000 && quietRounds < 2; ++round) {
        bool quiet = true;
        for (auto &client : m_clients) {
            const models::sync::SyncReport report = client->sync(options);
            quiet = quiet && report.ok &&
                    report.pushed + report.conflicts + report.rejected + report.pulled + report.evicted == 0 &&
                    client->pending() == 0;
        }
        quietRounds = quiet ? quietRounds + 1 : 0;
    }
    for (auto &client : m_clients) {
        QCOMPARE(client->pending(), 0);
    }
    QCOMPARE(quietRounds, 2);
}

void ConvergenceRun::verifyDigests()
{
    m_proxy.setLossRate(0);
    for (auto &client : m_clients) {
        QString error;
        const auto server = client->client().serverDigests(&error);
        QVERIFY2(server, qPrintable(error));
        const auto local = client->client().localDigests();
        if (local != *server) {
            QSqlQuery serverRows(m_server.database().connection());
            serverRows.exec(
                QStringLiteral("SELECT id, version, deleted FROM record WHERE table_name = 'data_resource'"));
            while (serverRows.next()) {
                QSqlQuery mine(client->workspace().database());
                mine.exec(QStringLiteral("SELECT version, deleted FROM data_resource WHERE id = '%1'")
                              .arg(serverRows.value(0).toString()));
                if (!mine.next() || mine.value(0).toLongLong() != serverRows.value(1).toLongLong() ||
                    mine.value(1).toInt() != serverRows.value(2).toInt()) {
                    qWarning("differs: %s server v%lld d%d local v%lld d%d", qPrintable(serverRows.value(0).toString()),
                             serverRows.value(1).toLongLong(), serverRows.value(2).toInt(), mine.value(0).toLongLong(),
                             mine.value(1).toInt());
                }
            }
        }
        for (auto it = server->begin(); it != server->end(); ++it) {
            QVERIFY2(local.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1 of %2: %3 rows here, %4 on the server")
                                    .arg(it.key(), client->actor().displayName)
                                    .arg(local.value(it.key()).count)
                                    .arg(it->count)));
        }
        // Equal digests say the same rows at the same versions; the values must agree too.
        QSqlQuery rows(m_server.database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT id, body FROM record WHERE table_name = 'data_resource'")));
        while (rows.next()) {
            const auto mine = client->records(Entity::DataResource).find(rows.value(0).toString());
            QVERIFY(mine);
            const QJsonObject body = QJsonDocument::fromJson(rows.value(1).toByteArray()).object();
            for (const QString &field : editedFields) {
                QCOMPARE(mine->text(field), body.value(field).toString());
            }
        }
    }
}

void ConvergenceRun::verifyAccounting()
{
    // Every mutation a desktop made has exactly one result on the server, none twice, none lost.
    QSqlQuery query(m_server.database().connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT mutation_id, result FROM applied_mutation WHERE client_id <> 'harness'")));
    QSet<QString> answered;
    QHash<QString, QSet<QString>> rejectedByClient;
    while (query.next()) {
        const QString id = query.value(0).toString();
        QVERIFY2(m_generated.contains(id), qPrintable(id));
        QVERIFY(!answered.contains(id));
        answered.insert(id);
        const auto result =
            models::sync::MutationResult::fromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        if (result.status == MutationStatus::Rejected) {
            rejectedByClient[m_generated.value(id).clientId].insert(id);
        }
    }
    QCOMPARE(answered.size(), m_generated.size());
    // A rejected mutation stays with its author, content and reason.
    for (auto &client : m_clients) {
        QSet<QString> kept;
        QSqlQuery issues(client->workspace().database());
        QVERIFY(issues.exec(QStringLiteral("SELECT mutation_id FROM sync_issue")));
        while (issues.next()) {
            kept.insert(issues.value(0).toString());
        }
        QCOMPARE(kept, rejectedByClient.value(client->client().clientId()));
    }
}

void ConvergenceRun::verifyConflicts()
{
    QSqlDatabase db = m_server.database().connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM (SELECT record_id, field FROM sync_conflict WHERE state = "
                                      "'open' GROUP BY record_id, field HAVING count(*) > 1) twice")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // Each competing value of a mutation that met a conflict is in that field's open conflict
    // (unless someone resolved it since), once.
    QVERIFY(
        query.exec(QStringLiteral("SELECT mutation_id, result FROM applied_mutation WHERE client_id <> 'harness'")));
    QHash<QString, QJsonObject> results;
    while (query.next()) {
        results.insert(query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toByteArray()).object());
    }
    for (auto it = results.begin(); it != results.end(); ++it) {
        const auto result = models::sync::MutationResult::fromJson(it.value());
        for (const QString &conflictId : result.conflictIds) {
            QSqlQuery conflict(db);
            conflict.prepare(QStringLiteral("SELECT state, field, competing FROM sync_conflict WHERE id = ?"));
            conflict.addBindValue(conflictId);
            QVERIFY(conflict.exec() && conflict.next());
            if (conflict.value(0).toString() != QLatin1String("open")) {
                continue;
            }
            const QString field = conflict.value(1).toString();
            const QJsonObject change = m_generated.value(it.key()).changes.value(field).toObject();
            const QJsonValue value =
                field == QLatin1String("deleted") && m_generated.value(it.key()).op != QLatin1String("delete")
                    ? QJsonValue(m_generated.value(it.key()).changes)
                    : change.value(QLatin1String("new"));
            int seen = 0;
            for (const QJsonValue &entry : QJsonDocument::fromJson(conflict.value(2).toByteArray()).array()) {
                seen += entry.toObject().value(QLatin1String("value")) == value ? 1 : 0;
            }
            QVERIFY2(seen == 1,
                     qPrintable(QStringLiteral("mutation %1 field %2 seen %3 times").arg(it.key(), field).arg(seen)));
        }
    }
}

void ConvergenceRun::verifyReferenceModel()
{
    QSqlDatabase db = m_server.database().connection();
    if (m_server.database().backend() != server::Backend::Sqlite) {
        return; // the order the server took mutations in is SQLite's rowid; PostgreSQL has none
    }
    QHash<QString, ModelRecord> model;
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT mutation_id, result FROM applied_mutation WHERE client_id <> 'harness' "
                                      "ORDER BY rowid")));
    int predicted = 0;
    while (query.next()) {
        const Generated mutation = m_generated.value(query.value(0).toString());
        const auto result =
            models::sync::MutationResult::fromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        if (result.status == MutationStatus::Rejected) {
            continue;
        }
        ModelRecord &record = model[mutation.recordId];
        const auto newOf = [&](const QString &field) {
            return mutation.changes.value(field).toObject().value(QLatin1String("new"));
        };
        if (mutation.op == QLatin1String("create")) {
            for (const QString &field : editedFields) {
                record.fields.insert(field, newOf(field));
            }
        } else if (mutation.op == QLatin1String("update")) {
            bool conflict = record.deleted;
            for (auto it = mutation.changes.begin(); it != mutation.changes.end() && !record.deleted; ++it) {
                const QJsonValue now = record.fields.value(it.key());
                const QJsonObject change = it.value().toObject();
                if (now == change.value(QLatin1String("new"))) {
                    continue;
                }
                if (now == change.value(QLatin1String("old"))) {
                    record.fields.insert(it.key(), change.value(QLatin1String("new")));
                } else {
                    conflict = true;
                }
            }
            QCOMPARE(result.status, conflict ? MutationStatus::Conflict : MutationStatus::Applied);
            ++predicted;
        } else if (mutation.op == QLatin1String("delete") && result.status == MutationStatus::Applied) {
            record.deleted = true;
        } else if (mutation.op == QLatin1String("restore") && result.status == MutationStatus::Applied) {
            record.deleted = false;
        } else if (mutation.op == QLatin1String("resolve") && result.status == MutationStatus::Applied) {
            for (auto it = mutation.changes.begin(); it != mutation.changes.end(); ++it) {
                if (it.key() == QLatin1String("deleted")) {
                    record.deleted = newOf(it.key()).toBool();
                } else {
                    record.fields.insert(it.key(), newOf(it.key()));
                }
            }
        }
    }
    QVERIFY(predicted > 0);
    QSqlQuery conflicts(db);
    conflicts.exec(
        QStringLiteral("SELECT count(*), sum(CASE WHEN state = 'open' THEN 1 ELSE 0 END) FROM sync_conflict"));
    conflicts.next();
    qInfo("%lld mutations, %d edits predicted by the model, %d conflicts (%d open), %d/%d/%d requests lost before the "
          "server/after its commit/mid-answer",
          static_cast<long long>(m_generated.size()), predicted, conflicts.value(0).toInt(), conflicts.value(1).toInt(),
          m_proxy.count(test::FaultProxy::Fault::BeforeServer), m_proxy.count(test::FaultProxy::Fault::AfterCommit),
          m_proxy.count(test::FaultProxy::Fault::MidResponse));
    for (auto it = model.begin(); it != model.end(); ++it) {
        QSqlQuery row(db);
        row.prepare(QStringLiteral("SELECT deleted, body FROM record WHERE table_name = 'data_resource' AND id = ?"));
        row.addBindValue(it.key());
        QVERIFY2(row.exec() && row.next(), qPrintable(it.key()));
        QCOMPARE(row.value(0).toInt() != 0, it->deleted);
        const QJsonObject body = QJsonDocument::fromJson(row.value(1).toByteArray()).object();
        for (const QString &field : editedFields) {
            QCOMPARE(body.value(field), it->fields.value(field));
        }
    }
}

int setting(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

} // namespace

class ConvergenceTest : public QObject
{
    Q_OBJECT

private slots:
    void desktopsConvergeThroughALossyNetwork_data();
    void desktopsConvergeThroughALossyNetwork();
};

// DEW_CONVERGENCE_SEEDS (20 by default; a bench run asks 200) and DEW_CONVERGENCE_OPS
// (operations per desktop, 2000 by default).
void ConvergenceTest::desktopsConvergeThroughALossyNetwork_data()
{
    QTest::addColumn<unsigned>("seed");
    const int seeds = setting("DEW_CONVERGENCE_SEEDS", 20);
    for (int seed = 1; seed <= seeds; ++seed) {
        QTest::addRow("seed %d", seed) << static_cast<unsigned>(seed);
    }
}

void ConvergenceTest::desktopsConvergeThroughALossyNetwork()
{
    QFETCH(unsigned, seed);
    test::TestServer server;
    DEW_START_SERVER(server);
    ConvergenceRun run(server, seed, setting("DEW_CONVERGENCE_OPS", 2000));
    run.run();
}

QTEST_GUILESS_MAIN(ConvergenceTest)
#include "tst_convergence.moc"
