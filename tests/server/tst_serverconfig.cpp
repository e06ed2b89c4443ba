// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dew-server's configuration: the shipped sample loads as it is, a mistake names its file and
// key, and the environment wins over the file.
#include "serverconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dew::server;

class ServerConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void theShippedSampleLoads();
    void aMistakeNamesItsFileAndKey();
    void theEnvironmentWinsOverTheFile();
};

void ServerConfigTest::theShippedSampleLoads()
{
    ServerConfig config;
    QStringList errors;
    QVERIFY2(loadConfig(QStringLiteral(DEW_SOURCE_DIR "/installer/dew-server.conf"), &config, &errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(config.database.backend, Backend::Sqlite);
    QCOMPARE(config.database.sqlitePath, QStringLiteral("/var/lib/dew-server/dew-server.db"));
    QCOMPARE(config.port, 8470);
    QCOMPARE(config.tombstoneDays, 180);
    // Every key the server knows is documented in the sample.
    const QString sample = [] {
        QFile file(QStringLiteral(DEW_SOURCE_DIR "/installer/dew-server.conf"));
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll());
    }();
    for (const QString &line : configReference().split(QLatin1Char('\n'))) {
        const QString key = line.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("      ")) || key.isEmpty()) {
            continue;
        }
        QVERIFY2(sample.contains(key + QLatin1Char('=')), qPrintable(key));
    }
}

void ServerConfigTest::aMistakeNamesItsFileAndKey()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.conf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("[server]\nprot=8470\nport=eighty\n[database]\npath=/tmp/x.db\n");
    out.close();
    ServerConfig config;
    QStringList errors;
    QVERIFY(!loadConfig(file, &config, &errors));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("unknown setting server/prot")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("server/port = \"eighty\" is not valid")));
    QVERIFY(errors.first().startsWith(file));
}

void ServerConfigTest::theEnvironmentWinsOverTheFile()
{
    qputenv("DEW_SERVER_DATABASE_PATH", "/srv/dew/store.db");
    qputenv("DEW_SERVER_SERVER_PORT", "9000");
    ServerConfig config;
    QStringList errors;
    QVERIFY(loadConfig(QStringLiteral(DEW_SOURCE_DIR "/installer/dew-server.conf"), &config, &errors));
    qunsetenv("DEW_SERVER_DATABASE_PATH");
    qunsetenv("DEW_SERVER_SERVER_PORT");
    QCOMPARE(config.database.sqlitePath, QStringLiteral("/srv/dew/store.db"));
    QCOMPARE(config.port, 9000);
}

QTEST_GUILESS_MAIN(ServerConfigTest)
#include "tst_serverconfig.moc"
