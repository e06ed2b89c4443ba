// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QJsonDocument>

#include <httplib.h>
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

HttpServer::HttpServer(const Api &api, HttpOptions options) : m_api(api), m_server(std::make_unique<httplib::Server>())
{
    httplib::Server &server = *m_server;
    server.set_tcp_nodelay(true); // otherwise Nagle adds ~40 ms to every small response
    server.set_keep_alive_max_count(static_cast<size_t>(options.keepAliveRequests));
    server.set_payload_max_length(options.maxBodyBytes);
    server.set_read_timeout(options.readTimeoutSeconds);
    server.set_write_timeout(options.writeTimeoutSeconds);
    const auto threads = static_cast<size_t>(std::max(1, options.workerThreads));
    server.new_task_queue = [threads] {
        return new httplib::ThreadPool(threads);
    };
    const auto handler = [this](const httplib::Request &request, httplib::Response &response) {
        const ApiResponse reply = m_api.handle(requestFrom(request));
        response.status = reply.status;
        response.set_content(QJsonDocument(reply.body).toJson(QJsonDocument::Compact).toStdString(),
                             "application/json; charset=utf-8");
    };
    server.Get(R"(/v1/.*)", handler);
    server.Post(R"(/v1/.*)", handler);
    server.Patch(R"(/v1/.*)", handler);
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
    if (port == 0) {
        return m_server->bind_to_any_port(host.toStdString());
    }
    return m_server->bind_to_port(host.toStdString(), port) ? port : -1;
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
