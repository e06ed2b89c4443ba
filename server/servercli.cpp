// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include "serverconfig.h"
#include "store/backup.h"
#include "store/serverschema.h"
#include "support/passwordhash.h"
#include "sync/syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace dew::server {
namespace {

HttpServer *runningServer = nullptr;

void stopOnSignal(int)
{
    if (runningServer) {
        runningServer->stop();
    }
}

void setUpLog(const ServerConfig &config)
{
    std::shared_ptr<spdlog::logger> logger = config.logFile.isEmpty()
                                                 ? spdlog::stderr_logger_mt("dew-server")
                                                 : spdlog::basic_logger_mt("dew-server", config.logFile.toStdString());
    logger->set_level(spdlog::level::from_str(config.logLevel.toStdString()));
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "dew-server: " << message << '\n';
    return 1;
}

int initialise(const ServerDatabase &database, const ServerConfig &config, const QString &adminLogin)
{
    if (schemaExists(database)) {
        return fail(
            QStringLiteral("%1 already holds a dew-server store; nothing was changed.").arg(database.describe()));
    }
    QString error;
    if (!createSchema(database, &error)) {
        return fail(error);
    }
    QString password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DEW_SERVER_ADMIN_PASSWORD"));
    const bool generated = password.isEmpty();
    if (generated) {
        password = models::newToken().left(20);
    }
    const Accounts accounts(database, config.accounts);
    if (!accounts.createUser({adminLogin, QStringLiteral("Administrator"), models::Role::Admin, {}, password},
                             &error)) {
        return fail(error);
    }
    QTextStream out(stdout);
    out << "Created the store in " << database.describe() << " and the administrator \"" << adminLogin << "\".\n";
    if (generated) {
        out << "Its password (shown once; change it after the first login): " << password << '\n';
    }
    return 0;
}

int serve(const ServerDatabase &database, const ServerConfig &config)
{
    if (!schemaExists(database)) {
        return fail(
            QStringLiteral("%1 holds no dew-server store: run dew-server --init first.").arg(database.describe()));
    }
    const Accounts accounts(database, config.accounts);
    const SyncService sync(database);
    int purged = 0;
    QString error;
    if (!sync.purgeTombstones(config.tombstoneDays, &purged, &error)) {
        spdlog::warn("event=purge_failed detail=\"{}\"", error.toStdString());
    }
    const BlobStore blobs(database);
    const Api api(accounts, sync, blobs, config.limits);
    HttpServer http(api, config.http);
    const int port = http.bind(config.listenHost, config.port);
    if (port < 0) {
        return fail(QStringLiteral("cannot listen on %1:%2").arg(config.listenHost).arg(config.port));
    }
    runningServer = &http;
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    spdlog::info("event=listening address={} port={} store=\"{}\" threads={} purged_tombstones={}",
                 config.listenHost.toStdString(), port, database.describe().toStdString(), config.http.workerThreads,
                 purged);
    // The port on standard output lets a supervisor (or a test) that asked for port 0 find it.
    QTextStream(stdout) << "listening on " << config.listenHost << ':' << port << Qt::endl;
    const bool clean = http.serve();
    runningServer = nullptr;
    spdlog::info("event=stopped");
    return clean ? 0 : 1;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("dew-server: the central server of the Data Element Workbench (sync protocol /v1).\n\n"
                       "Commands:\n"
                       "  (none)          serve the API\n"
                       "  backup FILE     write a consistent logical backup of the store\n"
                       "  restore FILE    replace the store with a backup and rotate the epoch\n"
                       "  purge           drop tombstones older than [sync] tombstone_days\n\n"
                       "Settings (file keys, with the environment variable that overrides each):") +
        configReference());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Read settings from FILE (INI)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption initOption(
        QStringLiteral("init"),
        QStringLiteral("Create the store and a first administrator (password from DEW_SERVER_ADMIN_PASSWORD, or "
                       "generated and printed)."));
    const QCommandLineOption adminOption(QStringLiteral("admin-login"),
                                         QStringLiteral("The first administrator's login (admin)."),
                                         QStringLiteral("LOGIN"), QStringLiteral("admin"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Listen on PORT (0: any free port)."),
                                        QStringLiteral("PORT"));
    parser.addOptions({configOption, initOption, adminOption, portOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("backup, restore or purge"),
                                 QStringLiteral("[command [FILE]]"));
    parser.process(arguments);

    ServerConfig config;
    QStringList errors;
    if (!loadConfig(parser.value(configOption), &config, &errors)) {
        return fail(errors.join(QStringLiteral("\ndew-server: ")));
    }
    if (parser.isSet(portOption)) {
        config.port = parser.value(portOption).toInt();
    }
    setUpLog(config);
    // Refusal reasons travel to desktops as text, in the language the city works in.
    QTranslator translator;
    if (config.language == QLatin1String("zh_CN") && translator.load(QStringLiteral(":/i18n/dew_zh_CN.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }
    const ServerDatabase database(config.database);
    if (parser.isSet(initOption)) {
        return initialise(database, config, parser.value(adminOption));
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    QString error;
    if (schemaExists(database) && !upgradeSchema(database, &error)) {
        return fail(error);
    }
    if (command == QLatin1String("backup") || command == QLatin1String("restore")) {
        if (positional.size() != 2) {
            return fail(QStringLiteral("%1 needs one FILE").arg(command));
        }
        const bool done = command == QLatin1String("backup") ? backupTo(database, positional[1], &error)
                                                             : restoreFrom(database, positional[1], &error);
        if (!done) {
            return fail(error);
        }
        spdlog::info("event={} file={}", command.toStdString(), positional[1].toStdString());
        return 0;
    }
    if (command == QLatin1String("purge")) {
        int purged = 0;
        if (!SyncService(database).purgeTombstones(config.tombstoneDays, &purged, &error)) {
            return fail(error);
        }
        QTextStream(stdout) << "purged " << purged << " tombstones\n";
        return 0;
    }
    if (!command.isEmpty()) {
        return fail(QStringLiteral("unknown command \"%1\"; see --help").arg(command));
    }
    return serve(database, config);
}

} // namespace dew::server
