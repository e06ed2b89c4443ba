// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "api/api.h"
#include "http/httpserver.h"
#include "store/serverdatabase.h"

#include <QString>
#include <QStringList>

namespace dew::server {

struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int port = 8470;
    HttpOptions http;
    DatabaseConfig database;
    AccountPolicy accounts;
    ApiLimits limits;
    int tombstoneDays = 180;
    QString logFile; // empty: standard error
    QString logLevel = QStringLiteral("info");
    QString language = QStringLiteral("zh_CN"); // of the reasons the server gives for refusals
};

// Reads the INI file (if any), then the environment: DEW_SERVER_<SECTION>_<KEY> overrides
// [section] key, e.g. DEW_SERVER_DATABASE_PASSWORD. Unknown keys are errors, not silence.
bool loadConfig(const QString &file, ServerConfig *config, QStringList *errors);

// The configuration reference printed by --help and shipped as the sample file.
QString configReference();

} // namespace dew::server
