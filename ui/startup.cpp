// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "seed/demoapplications.h"
#include "seed/democity.h"
#include "store/recordrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>

namespace dew::ui {

QString defaultDemoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo-hohhot.dew"));
}

QString connectedWorkspacePath(const QUrl &server, const QString &login)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    const QString identity = server.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char(' ') + login;
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    QString readable = server.host() + QLatin1Char('-') + login;
    for (QChar &c : readable) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.')) {
            c = QLatin1Char('_'); // a file name on every system
        }
    }
    return QDir(folder).filePath(readable.left(60) + QLatin1Char('-') + digest + QStringLiteral(".dew"));
}

std::unique_ptr<models::Workspace> openStartupWorkspace(const QString &path, bool demo, qint64 scale, QString *error)
{
    std::unique_ptr<models::Workspace> workspace = models::Workspace::open(path, error);
    if (!workspace || !demo) {
        return workspace;
    }
    if (models::RecordRepository(*workspace, models::Entity::Region).count() == 0) {
        QElapsedTimer timer;
        timer.start();
        models::DemoCity city(scale);
        if (!city.write(*workspace, error)) {
            return nullptr;
        }
        qInfo("demo city of %lld resources written in %lld ms", static_cast<long long>(scale),
              static_cast<long long>(timer.elapsed()));
    }
    // Demo workspaces written before applications existed get them too.
    if (models::RecordRepository(*workspace, models::Entity::WorkflowRule).count() == 0 &&
        !models::writeDemoApplications(*workspace, error)) {
        return nullptr;
    }
    return workspace;
}

} // namespace dew::ui
