// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Invariant 2 on PostgreSQL (issue 4, point 5g): eight writers whose transactions stay open for
// random times, so that they commit in another order than they began, and a reader pulling all
// the while. The reader must see every change: no commit may land behind its cursor.
#include "domain/uuid7.h"
#include "serverharness.h"

#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <random>
#include <thread>

using namespace dew;

class PostgresConcurrencyTest : public QObject
{
    Q_OBJECT

private slots:
    void aReaderSkipsNoChangeOfWritersCommittingOutOfOrder();
};

void PostgresConcurrencyTest::aReaderSkipsNoChangeOfWritersCommittingOutOfOrder()
{
    if (!test::postgresWanted()) {
        QSKIP("runs on PostgreSQL only (DEW_TEST_BACKEND=postgres); ctest registers it so");
    }
    test::TestServer server;
    DEW_START_SERVER(server);
    constexpr int writers = 8;
    constexpr int pushesPerWriter = 25;
    std::atomic<int> ticket{0};
    server.sync().setBeforeCounterHook([&ticket] {
        thread_local std::mt19937 random(std::random_device{}());
        const int mine = ticket++;
        // The transaction has begun; it stays open for a while before it numbers its change.
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 20)(random)));
        QThread::currentThread()->setProperty("dew.ticket", mine);
    });
    struct Commit
    {
        int ticket;
        qint64 seq;
        QString recordId;
    };
    std::mutex commitsLock;
    std::vector<Commit> commits;
    std::atomic<bool> writing{true};
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            for (int n = 0; n < pushesPerWriter; ++n) {
                const models::sync::Mutation mutation = test::createMutation(
                    QStringLiteral("data_resource"),
                    test::resourceRecord(test::resourceCode(w * 1000 + n), QStringLiteral("并发写入"), server.orgA)
                        .values);
                QString error;
                const auto reply =
                    server.sync().push(server.officerA, QStringLiteral("writer-%1").arg(w), {mutation}, &error);
                if (!reply || reply->results.at(0).status != models::sync::MutationStatus::Applied) {
                    qWarning("push failed: %s", qPrintable(reply ? reply->results.at(0).reason : error));
                    ++failures;
                    continue;
                }
                std::lock_guard lock(commitsLock);
                commits.push_back({QThread::currentThread()->property("dew.ticket").toInt(),
                                   reply->results.at(0).version, mutation.recordId});
            }
        });
    }
    // The reader pulls continuously while the writers run, and once more after.
    QSet<QString> seen;
    qint64 cursor = 0;
    int pulls = 0;
    std::thread reader([&] {
        const auto pullAll = [&] {
            for (bool more = true; more;) {
                server::PullPage page;
                QString error;
                if (server.sync().pull(server.reviewer, cursor, 50, &page, &error) != server::SyncFailure::None) {
                    ++failures;
                    return;
                }
                for (const auto &row : std::as_const(page.rows)) {
                    seen.insert(row.id);
                }
                cursor = page.next;
                more = page.hasMore;
                ++pulls;
            }
        };
        while (writing) {
            pullAll();
        }
        pullAll();
    });
    for (std::thread &thread : threads) {
        thread.join();
    }
    writing = false;
    reader.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(static_cast<int>(commits.size()), writers * pushesPerWriter);
    std::sort(commits.begin(), commits.end(), [](const Commit &a, const Commit &b) { return a.seq < b.seq; });
    int outOfStartOrder = 0;
    for (size_t i = 1; i < commits.size(); ++i) {
        outOfStartOrder += commits[i].ticket < commits[i - 1].ticket ? 1 : 0;
    }
    qInfo("%d of %zu commits landed before a transaction that began earlier; the reader pulled %d pages",
          outOfStartOrder, commits.size(), pulls);
    QVERIFY2(outOfStartOrder * 5 > static_cast<int>(commits.size()), "commits out of start order must be common");
    int missed = 0;
    for (const Commit &commit : commits) {
        missed += seen.contains(commit.recordId) ? 0 : 1;
    }
    QCOMPARE(missed, 0);
}

QTEST_GUILESS_MAIN(PostgresConcurrencyTest)
#include "tst_pgconcurrency.moc"
