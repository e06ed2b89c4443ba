// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dew-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEW_VERSION));
    return dew::server::runServerCommand(QCoreApplication::arguments());
}
