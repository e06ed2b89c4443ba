// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/api.h"

#include <memory>

namespace httplib {
class Server;
}

namespace dew::server {

struct HttpOptions
{
    // A kept-alive connection holds its worker until it closes or idles for 5 s: as many workers
    // as desktops syncing at once, or the others queue.
    int workerThreads = 64;
    int keepAliveRequests = 1000;
    size_t maxBodyBytes = 32 * 1024 * 1024;
    size_t maxBlobBytes = 50 * 1024 * 1024; // a material's file, PUT /v1/blobs/…
    int readTimeoutSeconds = 30;
    int writeTimeoutSeconds = 30;
};

// The one place that knows the transport: cpp-httplib with TCP_NODELAY, a sized worker pool,
// long keep-alive, and body and time limits (TOOLCHAIN.md).
class HttpServer
{
public:
    HttpServer(const Api &api, HttpOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds; port 0 picks a free one. Returns the port, or -1.
    int bind(const QString &host, int port);
    // Serves until stop(); blocks.
    bool serve();
    void stop();
    bool isRunning() const;

private:
    const Api &m_api;
    HttpOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace dew::server
