// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A desktop's sync as its own process, for the tests that kill it: opens a workspace, logs in
// and runs one sync. Usage: dew-sync-probe WORKSPACE URL LOGIN PASSWORD
#include "store/workspace.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 5) {
        err << "usage: dew-sync-probe WORKSPACE URL LOGIN PASSWORD\n";
        return 2;
    }
    QString error;
    const auto workspace = dew::models::Workspace::open(args[1], &error);
    if (!workspace) {
        err << error << '\n';
        return 3;
    }
    dew::models::sync::HttpClient http(QUrl(args[2]), 60000);
    dew::models::sync::MemoryTokenStore tokens;
    dew::models::sync::SyncSession session(http, tokens);
    if (!session.login(args[3], args[4], &error)) {
        err << "login: " << error << '\n';
        return 4;
    }
    dew::models::sync::SyncClient client(*workspace, session);
    dew::models::sync::SyncOptions options;
    options.allowMassDelete = true;
    const dew::models::sync::SyncReport report = client.sync(options);
    QTextStream(stdout) << (report.ok ? "ok" : "failed: ") << report.error << " pushed=" << report.pushed
                        << " pulled=" << report.pulled << '\n';
    return report.ok ? 0 : 1;
}
