// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seed/democity.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace dew::models;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("dew-seed: ") << message << Qt::endl;
    return 1;
}

// A workspace is its file and, while open, SQLite's WAL and shared-memory files beside it.
bool removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dew-seed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the demo city (Hohhot's divisions, bodies, information systems and a catalogue of data "
                       "resources) into a new dew workspace. The same scale always gives the same content."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scaleOption(
        {QStringLiteral("s"), QStringLiteral("scale")},
        QStringLiteral("Number of data resources to generate (default %1).").arg(DemoCity::defaultScale),
        QStringLiteral("N"), QString::number(DemoCity::defaultScale));
    const QCommandLineOption forceOption({QStringLiteral("f"), QStringLiteral("force")},
                                         QStringLiteral("Replace OUTPUT if it exists."));
    parser.addOption(scaleOption);
    parser.addOption(forceOption);
    parser.addPositionalArgument(QStringLiteral("OUTPUT.dew"), QStringLiteral("The workspace file to create."));
    parser.process(app);

    const QStringList outputs = parser.positionalArguments();
    if (outputs.size() != 1) {
        return fail(QStringLiteral("name one output file (see --help)."));
    }
    bool ok = false;
    const qint64 scale = parser.value(scaleOption).toLongLong(&ok);
    if (!ok || scale < 0) {
        return fail(
            QStringLiteral("--scale takes a whole number of zero or more, not \"%1\".").arg(parser.value(scaleOption)));
    }
    const QString path = outputs.first();
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(forceOption)) {
            return fail(QStringLiteral("%1 exists; use --force to replace it.").arg(path));
        }
        if (!removeWorkspace(path)) {
            return fail(QStringLiteral("cannot remove %1.").arg(path));
        }
    }

    QElapsedTimer timer;
    timer.start();
    DemoCity city(scale);
    QString error;
    {
        const std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
        if (!workspace) {
            return fail(error);
        }
        QTextStream progress(stderr);
        city.setProgressHandler([&progress, scale](qint64 written) {
            if (written % 100000 == 0 || written == scale) {
                progress << QStringLiteral("%1 of %2 data resources").arg(written).arg(scale) << Qt::endl;
            }
        });
        if (!city.write(*workspace, &error)) {
            error = QStringLiteral("%1 (nothing was written)").arg(error);
        }
    } // closing the workspace checkpoints its WAL into the file
    if (!error.isEmpty()) {
        removeWorkspace(path);
        return fail(error);
    }
    const DemoCityCounts counts = city.counts();
    QTextStream(stdout) << QStringLiteral("Wrote %1 in %2 s (%3 MB): %4 regions, %5 organisations, %6 information "
                                          "systems, %7 data resources, %8 data items.")
                               .arg(path, QString::number(double(timer.elapsed()) / 1000.0, 'f', 1),
                                    QString::number(double(QFileInfo(path).size()) / 1e6, 'f', 1),
                                    QString::number(counts.regions), QString::number(counts.organisations),
                                    QString::number(counts.systems), QString::number(counts.resources),
                                    QString::number(counts.items))
                        << Qt::endl;
    return 0;
}
