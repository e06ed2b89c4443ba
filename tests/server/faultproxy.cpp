// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <httplib.h>

namespace dew::test {
namespace {

// Sends the status line and headers, then `body` (possibly a part of the promised length),
// then drops the connection.
void breakOff(httplib::Response &response, int status, std::string body, size_t promised)
{
    response.status = status;
    response.set_content_provider(promised, "application/json",
                                  [body = std::move(body)](size_t offset, size_t, httplib::DataSink &sink) {
                                      if (offset < body.size()) {
                                          sink.write(body.data() + offset, body.size() - offset);
                                          return true;
                                      }
                                      return false;
                                  });
}

} // namespace

FaultProxy::FaultProxy(int upstreamPort, unsigned seed, double lossRate)
    : m_upstreamPort(upstreamPort), m_lossRate(lossRate), m_random(seed), m_server(std::make_unique<httplib::Server>())
{
    m_server->set_tcp_nodelay(true);
    m_server->set_keep_alive_max_count(1000);
    const auto forward = [this](const httplib::Request &request, httplib::Response &response) {
        const Fault fault = draw(request.path);
        ++m_counts[static_cast<int>(fault)];
        if (fault == Fault::BeforeServer) {
            breakOff(response, 200, {}, 100);
            return;
        }
        httplib::Client upstream("127.0.0.1", m_upstreamPort);
        upstream.set_read_timeout(60);
        httplib::Headers headers;
        if (request.has_header("Authorization")) {
            headers.emplace("Authorization", request.get_header_value("Authorization"));
        }
        const httplib::Result result = request.method == "POST"
                                           ? upstream.Post(request.target, headers, request.body, "application/json")
                                           : upstream.Get(request.target, headers);
        if (!result) {
            response.status = 502;
            return;
        }
        if (fault == Fault::AfterCommit) {
            breakOff(response, result->status, {}, result->body.size() + 1);
        } else if (fault == Fault::MidResponse) {
            breakOff(response, result->status, result->body.substr(0, result->body.size() / 2), result->body.size());
        } else {
            response.status = result->status;
            response.set_content(result->body, "application/json");
        }
    };
    m_server->Get(".*", forward);
    m_server->Post(".*", forward);
}

FaultProxy::~FaultProxy()
{
    stop();
}

int FaultProxy::start()
{
    const int port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running()) {
        std::this_thread::yield();
    }
    return port;
}

void FaultProxy::stop()
{
    if (m_server->is_running()) {
        m_server->stop();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void FaultProxy::losePaths(std::vector<std::string> prefixes)
{
    std::lock_guard lock(m_randomLock);
    m_lostPaths = std::move(prefixes);
}

FaultProxy::Fault FaultProxy::draw(const std::string &path)
{
    std::lock_guard lock(m_randomLock);
    for (const std::string &prefix : m_lostPaths) {
        if (path.starts_with(prefix)) {
            return Fault::BeforeServer;
        }
    }
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double roll = uniform(m_random);
    const double share = m_lossRate / 3.0;
    if (roll < share) {
        return Fault::BeforeServer;
    }
    if (roll < 2 * share) {
        return Fault::AfterCommit;
    }
    if (roll < 3 * share) {
        return Fault::MidResponse;
    }
    return Fault::None;
}

} // namespace dew::test
