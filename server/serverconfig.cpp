// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

#include <functional>

namespace dew::server {
namespace {

struct Key
{
    const char *section;
    const char *name;
    const char *help;
    std::function<bool(ServerConfig &, const QString &)> set;
};

std::function<bool(ServerConfig &, const QString &)> number(int ServerConfig::*field)
{
    return [field](ServerConfig &config, const QString &value) {
        bool ok = false;
        config.*field = value.toInt(&ok);
        return ok;
    };
}

template <typename Part>
std::function<bool(ServerConfig &, const QString &)> number(Part ServerConfig::*part, int Part::*field)
{
    return [part, field](ServerConfig &config, const QString &value) {
        bool ok = false;
        (config.*part).*field = value.toInt(&ok);
        return ok;
    };
}

template <typename Part>
std::function<bool(ServerConfig &, const QString &)> text(Part ServerConfig::*part, QString Part::*field)
{
    return [part, field](ServerConfig &config, const QString &value) {
        (config.*part).*field = value;
        return true;
    };
}

std::function<bool(ServerConfig &, const QString &)> text(QString ServerConfig::*field)
{
    return [field](ServerConfig &config, const QString &value) {
        config.*field = value;
        return true;
    };
}

const std::vector<Key> &keys()
{
    static const std::vector<Key> all{
        {"server", "listen", "address to listen on (127.0.0.1; 0.0.0.0 behind a TLS proxy)",
         text(&ServerConfig::listenHost)},
        {"server", "port", "TCP port (8470)", number(&ServerConfig::port)},
        {"server", "threads", "worker threads, each with its own database connection (64)",
         number(&ServerConfig::http, &HttpOptions::workerThreads)},
        {"server", "keep_alive_requests", "requests per kept-alive connection (1000)",
         number(&ServerConfig::http, &HttpOptions::keepAliveRequests)},
        {"server", "max_body_mb", "largest request body in MiB (32)",
         [](ServerConfig &config, const QString &value) {
             bool ok = false;
             config.http.maxBodyBytes = static_cast<size_t>(value.toInt(&ok)) * 1024 * 1024;
             return ok;
         }},
        {"server", "max_blob_mb", "largest material file a desktop may upload, in MiB (50)",
         [](ServerConfig &config, const QString &value) {
             bool ok = false;
             config.http.maxBlobBytes = static_cast<size_t>(value.toInt(&ok)) * 1024 * 1024;
             return ok;
         }},
        {"server", "timeout_seconds", "read and write timeout (30)",
         [](ServerConfig &config, const QString &value) {
             bool ok = false;
             config.http.readTimeoutSeconds = config.http.writeTimeoutSeconds = value.toInt(&ok);
             return ok;
         }},
        {"database", "backend", "sqlite (one file, the default) or postgres",
         [](ServerConfig &config, const QString &value) {
             config.database.backend = value == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
             return value == QLatin1String("postgres") || value == QLatin1String("sqlite");
         }},
        {"database", "path", "SQLite: the database file", text(&ServerConfig::database, &DatabaseConfig::sqlitePath)},
        {"database", "host", "PostgreSQL: host", text(&ServerConfig::database, &DatabaseConfig::host)},
        {"database", "port", "PostgreSQL: port (5432)", number(&ServerConfig::database, &DatabaseConfig::port)},
        {"database", "name", "PostgreSQL: database name", text(&ServerConfig::database, &DatabaseConfig::name)},
        {"database", "user", "PostgreSQL: role", text(&ServerConfig::database, &DatabaseConfig::user)},
        {"database", "password", "PostgreSQL: password (better set by DEW_SERVER_DATABASE_PASSWORD)",
         text(&ServerConfig::database, &DatabaseConfig::password)},
        {"accounts", "access_token_seconds", "lifetime of an access token (900)",
         number(&ServerConfig::accounts, &AccountPolicy::accessTokenSeconds)},
        {"accounts", "refresh_token_days", "lifetime of a refresh token (30)",
         number(&ServerConfig::accounts, &AccountPolicy::refreshTokenDays)},
        {"accounts", "max_failed_logins", "failed logins in a row before the account locks (5)",
         number(&ServerConfig::accounts, &AccountPolicy::maxFailedLogins)},
        {"accounts", "lockout_minutes", "how long a locked account stays locked (15)",
         number(&ServerConfig::accounts, &AccountPolicy::lockoutMinutes)},
        {"sync", "tombstone_days", "how long deletions are kept for clients to pull (180)",
         number(&ServerConfig::tombstoneDays)},
        {"sync", "max_page", "most rows per pull or snapshot page (1000)",
         number(&ServerConfig::limits, &ApiLimits::maxPageSize)},
        {"sync", "max_push", "most mutations per push (2000)",
         number(&ServerConfig::limits, &ApiLimits::maxMutationsPerPush)},
        {"server", "language", "language of refusal reasons sent to desktops: zh_CN or en (zh_CN)",
         [](ServerConfig &config, const QString &value) {
             config.language = value;
             return value == QLatin1String("zh_CN") || value == QLatin1String("en");
         }},
        {"log", "file", "log file (empty: standard error)", text(&ServerConfig::logFile)},
        {"log", "level", "trace, debug, info, warn or error (info)", text(&ServerConfig::logLevel)},
    };
    return all;
}

QString envName(const Key &key)
{
    return QStringLiteral("DEW_SERVER_%1_%2")
        .arg(QString::fromLatin1(key.section).toUpper(), QString::fromLatin1(key.name).toUpper());
}

} // namespace

bool loadConfig(const QString &file, ServerConfig *config, QStringList *errors)
{
    if (!file.isEmpty()) {
        if (!QFileInfo::exists(file)) {
            *errors << QStringLiteral("%1: no such file").arg(file);
            return false;
        }
        QSettings ini(file, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError) {
            *errors << QStringLiteral("%1: not a readable INI file").arg(file);
            return false;
        }
        for (const QString &name : ini.allKeys()) {
            const auto known = std::find_if(keys().begin(), keys().end(), [&](const Key &key) {
                return name == QLatin1String(key.section) + QLatin1Char('/') + QLatin1String(key.name);
            });
            if (known == keys().end()) {
                *errors << QStringLiteral("%1: unknown setting %2").arg(file, name);
            } else if (!known->set(*config, ini.value(name).toString())) {
                *errors << QStringLiteral("%1: %2 = \"%3\" is not valid (%4)")
                               .arg(file, name, ini.value(name).toString(), QLatin1String(known->help));
            }
        }
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const Key &key : keys()) {
        const QString name = envName(key);
        if (environment.contains(name) && !key.set(*config, environment.value(name))) {
            *errors << QStringLiteral("%1 = \"%2\" is not valid (%3)")
                           .arg(name, environment.value(name), QLatin1String(key.help));
        }
    }
    if (config->database.backend == Backend::Sqlite && config->database.sqlitePath.isEmpty()) {
        *errors << QStringLiteral("[database] path is required for the sqlite backend");
    }
    if (config->database.backend == Backend::Postgres && config->database.name.isEmpty()) {
        *errors << QStringLiteral("[database] name is required for the postgres backend");
    }
    return errors->isEmpty();
}

QString configReference()
{
    QString text;
    QString section;
    for (const Key &key : keys()) {
        if (section != QLatin1String(key.section)) {
            section = QString::fromLatin1(key.section);
            text += QStringLiteral("\n[%1]\n").arg(section);
        }
        text += QStringLiteral("  %1  (%2)\n      %3\n")
                    .arg(QLatin1String(key.name), envName(key), QLatin1String(key.help));
    }
    return text;
}

} // namespace dew::server
