// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <httplib.h>
#include <latch>
#include <spdlog/spdlog.h>

namespace dew::server {
namespace {

ApiRequest requestFrom(const httplib::Request &request)
{
    ApiRequest api;
    api.method = QString::fromStdString(request.method);
    api.path = QString::fromStdString(request.path);
    for (const auto &[key, value] : request.params) {
        api.query.insert(QString::fromStdString(key), QString::fromStdString(value));
    }
    const std::string authorization = request.get_header_value("Authorization");
    constexpr std::string_view bearer = "Bearer ";
    if (authorization.starts_with(bearer)) {
        api.bearerToken = QString::fromStdString(authorization.substr(bearer.size()));
    }
    api.body = QByteArray::fromStdString(request.body);
    api.remoteAddress = QString::fromStdString(request.remote_addr);
    return api;
}

} // namespace

HttpServer::HttpServer(const Api &api, HttpOptions options)
    : m_api(api), m_options(options), m_server(std::make_unique<httplib::Server>())
{
    httplib::Server &server = *m_server;
    server.set_tcp_nodelay(true); // otherwise Nagle adds ~40 ms to every small response
    server.set_keep_alive_max_count(static_cast<size_t>(options.keepAliveRequests));
    // The larger limit here; each route's own below.
    server.set_payload_max_length(std::max(options.maxBodyBytes, options.maxBlobBytes));
    server.set_read_timeout(options.readTimeoutSeconds);
    server.set_write_timeout(options.writeTimeoutSeconds);
    const auto threads = static_cast<size_t>(std::max(1, options.workerThreads));
    server.new_task_queue = [this, threads] {
        auto *pool = new httplib::ThreadPool(threads);
        // Each worker opens its store connection before it serves, so no request waits for one.
        // A worker waits for the others, so that each of them takes exactly one of these tasks.
        auto started = std::make_shared<std::latch>(static_cast<std::ptrdiff_t>(threads));
        for (size_t n = 0; n < threads; ++n) {
            pool->enqueue([this, started] {
                m_api.prepareWorker();
                started->arrive_and_wait();
            });
        }
        return pool;
    };
    const auto handler = [this](const httplib::Request &request, httplib::Response &response) {
        const bool blob = request.path.starts_with("/v1/blobs/");
        if (request.body.size() > (blob ? m_options.maxBlobBytes : m_options.maxBodyBytes)) {
            response.status = 413;
            response.set_content(
                R"({"error":"too_large","message":"The request body is larger than this server accepts."})",
                "application/json; charset=utf-8");
            return;
        }
        const ApiResponse reply = m_api.handle(requestFrom(request));
        response.status = reply.status;
        if (reply.bytes) {
            response.set_content(reply.bytes->constData(), static_cast<size_t>(reply.bytes->size()),
                                 "application/octet-stream");
            return;
        }
        response.set_content(QJsonDocument(reply.body).toJson(QJsonDocument::Compact).toStdString(),
                             "application/json; charset=utf-8");
    };
    server.Get(R"(/v1/.*)", handler);
    server.Post(R"(/v1/.*)", handler);
    server.Patch(R"(/v1/.*)", handler);
    server.Put(R"(/v1/blobs/.*)", handler);
    server.set_exception_handler(
        [](const httplib::Request &request, httplib::Response &response, std::exception_ptr error) {
            std::string what = "unknown";
            try {
                std::rethrow_exception(error);
            } catch (const std::exception &e) {
                what = e.what();
            } catch (...) {
            }
            spdlog::error("event=exception path={} what=\"{}\"", request.path, what);
            response.status = 500;
            response.set_content(R"({"error":"internal","message":"The server failed on this request."})",
                                 "application/json; charset=utf-8");
        });
}

HttpServer::~HttpServer()
{
    stop();
}

int HttpServer::bind(const QString &host, int port)
{
    // Debian's compiled cpp-httplib listens with a backlog of 5: when 50 desktops connect at once,
    // the kernel drops the connections that do not fit and their clients retry only after 1 s.
    // The socket it binds is noted here and listened on again with the system's limit (Linux
    // then only raises the backlog).
    socket_t listening = INVALID_SOCKET;
    m_server->set_socket_options([&listening](socket_t socket) {
        httplib::default_socket_options(socket);
        listening = socket;
    });
    int bound = -1;
    if (port == 0) {
        bound = m_server->bind_to_any_port(host.toStdString());
    } else {
        bound = m_server->bind_to_port(host.toStdString(), port) ? port : -1;
    }
    m_server->set_socket_options(httplib::default_socket_options);
    if (bound > 0 && listening != INVALID_SOCKET && ::listen(listening, SOMAXCONN) != 0) {
        spdlog::warn("event=listen_backlog error={}", errno);
    }
    return bound;
}

bool HttpServer::serve()
{
    return m_server->listen_after_bind();
}

void HttpServer::stop()
{
    if (m_server->is_running()) {
        m_server->stop();
    }
}

bool HttpServer::isRunning() const
{
    return m_server->is_running();
}

} // namespace dew::server
