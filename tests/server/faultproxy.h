// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace dew::test {

// An HTTP proxy in front of a test server that loses a share of the requests, in the three
// places a real network loses them: before the server sees the request, after the server
// committed but before the answer leaves, and in the middle of the answer.
class FaultProxy
{
public:
    enum class Fault { None, BeforeServer, AfterCommit, MidResponse };

    FaultProxy(int upstreamPort, unsigned seed, double lossRate);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    int start(); // the proxy's port
    void stop();
    void setLossRate(double rate) { m_lossRate = rate; }
    // Every request whose path starts with one of these is lost before the server sees it, for a
    // test that needs one step of a sync to fail; none, to stop.
    void losePaths(std::vector<std::string> prefixes);

    int count(Fault fault) const { return m_counts[static_cast<int>(fault)]; }

private:
    Fault draw(const std::string &path);

    int m_upstreamPort;
    std::atomic<double> m_lossRate;
    std::mutex m_randomLock;
    std::mt19937 m_random;
    std::vector<std::string> m_lostPaths; // under m_randomLock
    std::atomic<int> m_counts[4] = {0, 0, 0, 0};
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
};

} // namespace dew::test
