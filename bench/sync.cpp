// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dew-server on loopback (issue 4, point 6): a push of 10,000 mutations, a snapshot of 100,000
// records, empty pulls, and 50 clients pulling at once. Each figure is printed beside a baseline
// that sends the same JSON over the same HTTP stack (cpp-httplib, same settings) to a server
// that only answers with the bytes the real one would: what remains is the sync logic's cost.
// Usage: dew-bench-sync [--records N] [--backend sqlite|postgres]
#include "benchutil.h"
#include "domain/uuid7.h"
#include "serverharness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <httplib.h>
#include <thread>

using namespace dew;

namespace {

std::string pushBody(int first, int count, const QString &org)
{
    QJsonArray mutations;
    for (int n = first; n < first + count; ++n) {
        mutations.append(test::createMutation(
                             QStringLiteral("data_resource"),
                             test::resourceRecord(test::resourceCode(n), QStringLiteral("资源%1").arg(n), org).values,
                             n + 1)
                             .toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("bench")},
                                     {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

// The baseline: the same transport answering every request with a recorded body.
class EchoServer
{
public:
    EchoServer()
    {
        m_server.set_tcp_nodelay(true);
        m_server.set_keep_alive_max_count(100000);
        m_server.new_task_queue = [] {
            return new httplib::ThreadPool(static_cast<size_t>(server::HttpOptions{}.workerThreads));
        };
        const auto answer = [this](const httplib::Request &request, httplib::Response &response) {
            std::lock_guard lock(m_lock);
            response.set_content(m_answers[request.path], "application/json");
        };
        m_server.Get(".*", answer);
        m_server.Post(".*", answer);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running()) {
            std::this_thread::yield();
        }
    }
    ~EchoServer()
    {
        m_server.stop();
        m_thread.join();
    }
    void record(const std::string &path, std::string body)
    {
        std::lock_guard lock(m_lock);
        m_answers[path] = std::move(body);
    }
    int port() const { return m_port; }

private:
    httplib::Server m_server;
    std::mutex m_lock;
    std::map<std::string, std::string> m_answers;
    std::thread m_thread;
    int m_port = 0;
};

std::string loginToken(httplib::Client &client)
{
    const auto reply = client.Post(
        "/v1/login", R"({"login":"officer-a","password":")" + test::password.toStdString() + "\"}", "application/json");
    return QJsonDocument::fromJson(QByteArray::fromStdString(reply->body))
        .object()
        .value(QLatin1String("access_token"))
        .toString()
        .toStdString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int records = args.contains(QStringLiteral("--records"))
                            ? args.at(args.indexOf(QStringLiteral("--records")) + 1).toInt()
                            : 100000;
    if (args.contains(QStringLiteral("--backend")) &&
        args.at(args.indexOf(QStringLiteral("--backend")) + 1) == QLatin1String("postgres")) {
        qputenv("DEW_TEST_BACKEND", "postgres");
    }
    test::TestServer server;
    if (const QString why = server.start(server::HttpOptions{}.workerThreads); !why.isEmpty()) {
        qFatal("%s", qPrintable(why));
    }
    EchoServer echo;
    httplib::Client real("127.0.0.1", server.url().port());
    httplib::Client baseline("127.0.0.1", echo.port());
    for (httplib::Client *client : {&real, &baseline}) {
        client->set_tcp_nodelay(true);
        client->set_keep_alive(true);
        client->set_read_timeout(600);
    }
    const std::string token = loginToken(real);
    const httplib::Headers auth{{"Authorization", "Bearer " + token}};
    std::printf("dew-server bench, %s backend, %d records\n\n", qPrintable(server.database().describe()), records);

    // A push of 10,000 mutations in batches of 2,000.
    std::vector<std::string> batches;
    for (int first = 0; first < 10000; first += 2000) {
        batches.push_back(pushBody(first, 2000, server.orgA));
    }
    std::string lastAnswer;
    const double push = bench::millisecondsOf([&] {
        for (const std::string &body : batches) {
            lastAnswer = real.Post("/v1/push", auth, body, "application/json")->body;
        }
    });
    echo.record("/v1/push", lastAnswer);
    const double pushRaw = bench::millisecondsOf([&] {
        for (const std::string &body : batches) {
            baseline.Post("/v1/push", auth, body, "application/json");
        }
    });
    bench::printRow(QStringLiteral("push of 10,000 mutations"), push, pushRaw);

    // Fill to the snapshot size, untimed.
    for (int first = 10000; first < records; first += 2000) {
        real.Post("/v1/push", auth, pushBody(first, std::min(2000, records - first), server.orgA), "application/json");
    }
    // Snapshot of every record, page by page as a new desktop reads it.
    std::vector<std::pair<std::string, std::string>> pages;
    const double snapshot = bench::millisecondsOf([&] {
        std::string after;
        for (bool more = true; more;) {
            const std::string path = "/v1/snapshot?table=data_resource&limit=1000&after=" + after;
            const std::string body = real.Get(path, auth)->body;
            const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
            more = page.value(QLatin1String("has_more")).toBool();
            after = page.value(QLatin1String("next_after")).toString().toStdString();
            pages.emplace_back(path, body);
        }
    });
    const double snapshotRaw = bench::millisecondsOf([&] {
        for (const auto &[path, body] : pages) {
            echo.record("/v1/snapshot", body);
            const std::string got = baseline.Get(path, auth)->body;
            QJsonDocument::fromJson(QByteArray::fromStdString(got)); // the client parses both the same way
        }
    });
    bench::printRow(QStringLiteral("snapshot of %1 records (%2 pages)").arg(records).arg(pages.size()), snapshot,
                    snapshotRaw);

    // Empty pulls: the desktop's poll when nothing changed.
    const std::string since =
        "/v1/pull?since=" +
        std::to_string(QJsonDocument::fromJson(QByteArray::fromStdString(real.Get("/v1/status", auth)->body))
                           .object()
                           .value(QLatin1String("latest_seq"))
                           .toInteger());
    echo.record("/v1/pull", real.Get(since, auth)->body);
    QList<double> pulls;
    QList<double> pullsRaw;
    for (int n = 0; n < 1000; ++n) {
        pulls << bench::millisecondsOf([&] { real.Get(since, auth); });
        pullsRaw << bench::millisecondsOf([&] { baseline.Get(since, auth); });
    }
    bench::printRow(QStringLiteral("empty pull, p50"), bench::percentile(pulls, 0.5), bench::percentile(pullsRaw, 0.5));
    bench::printRow(QStringLiteral("empty pull, p99"), bench::percentile(pulls, 0.99),
                    bench::percentile(pullsRaw, 0.99));

    // 50 clients pulling at once, 40 pulls each.
    const auto concurrent = [&](int port) {
        std::mutex lock;
        QList<double> samples;
        std::vector<std::thread> clients;
        for (int c = 0; c < 50; ++c) {
            clients.emplace_back([&, port] {
                httplib::Client client("127.0.0.1", port);
                client.set_tcp_nodelay(true);
                client.set_keep_alive(true);
                QList<double> mine;
                for (int n = 0; n < 40; ++n) {
                    mine << bench::millisecondsOf([&] { client.Get(since, auth); });
                }
                std::lock_guard guard(lock);
                samples << mine;
            });
        }
        for (std::thread &client : clients) {
            client.join();
        }
        return samples;
    };
    const QList<double> crowd = concurrent(server.url().port());
    const QList<double> crowdRaw = concurrent(echo.port());
    bench::printRow(QStringLiteral("50 clients pulling, p50"), bench::percentile(crowd, 0.5),
                    bench::percentile(crowdRaw, 0.5));
    bench::printRow(QStringLiteral("50 clients pulling, p99"), bench::percentile(crowd, 0.99),
                    bench::percentile(crowdRaw, 0.99));
    return 0;
}
