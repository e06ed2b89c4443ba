// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

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

    int count(Fault fault) const { return m_counts[static_cast<int>(fault)]; }

private:
    Fault draw();

    int m_upstreamPort;
    std::atomic<double> m_lossRate;
    std::mutex m_randomLock;
    std::mt19937 m_random;
    std::atomic<int> m_counts[4] = {0, 0, 0, 0};
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
};

} // namespace dew::test
