// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dew: composes the desktop from its libraries.
#include "commandline.h"
#include "desktop.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "seed/democity.h"
#include "support/logsetup.h"
#include "support/settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

namespace {

// dew import / dew export: no window, no display needed.
int runWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dew"));
    QCoreApplication::setApplicationName(QStringLiteral("dew"));
    dew::models::installLogging(QStringLiteral("dew"));
    dew::ui::installTranslations(dew::models::Settings::instance().language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dew::ui::runCommandLine(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && dew::ui::isCommandLine({QString::fromLocal8Bit(argv[0]), QString::fromLocal8Bit(argv[1])})) {
        return runWithoutWindow(argc, argv);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dew"));
    QApplication::setApplicationName(QStringLiteral("dew"));
    QApplication::setApplicationDisplayName(QStringLiteral("dew"));
    QApplication::setApplicationVersion(QStringLiteral(DEW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dew/icons/dew.png")));
    QApplication::setDesktopFileName(QStringLiteral("dew"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Data Element Workbench (数据要素工作台)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open the demo workspace of Hohhot."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("Open the workspace FILE."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Data resources in a new demo workspace (default 3000)."),
                                         QStringLiteral("N"), QString::number(dew::models::DemoCity::defaultScale));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render every page to PNG files in DIR and exit."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("Interface language: system, zh_CN or en."), QStringLiteral("LANG"));
    parser.addOptions({demoOption, workspaceOption, scaleOption, screenshotOption, languageOption});
    parser.process(app);

    const QString logFile = dew::models::installLogging(QStringLiteral("dew"));
    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : dew::models::Settings::instance().language();
    dew::ui::installTranslations(language);
    qInfo("dew %s starting, log %s", DEW_VERSION, qPrintable(logFile));

    // Until a user signs in to a server, dew works on the demo workspace.
    dew::ui::Desktop desktop(parser.value(scaleOption).toLongLong());
    QString error;
    const bool opened = parser.isSet(demoOption)         ? desktop.openDemo(&error)
                        : parser.isSet(workspaceOption)  ? desktop.openFile(parser.value(workspaceOption), &error)
                        : parser.isSet(screenshotOption) ? desktop.openDemo(&error)
                                                         : desktop.start(&error);
    if (!opened) {
        std::fprintf(stderr, "dew: %s\n", qPrintable(error));
        if (!parser.isSet(screenshotOption)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "dew cannot start"), error);
        }
        return 1;
    }
    dew::ui::MainWindow &window = *desktop.window();

    if (parser.isSet(screenshotOption)) {
        const QStringList files = dew::ui::renderScreenshots(window, parser.value(screenshotOption), &error);
        for (const QString &file : files) {
            std::printf("%s\n", qPrintable(file));
        }
        if (!error.isEmpty()) {
            std::fprintf(stderr, "dew: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
