// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dew::server {

// dew-server's command line: serve (the default), --init, backup, restore, purge, --help.
// Returns the process exit code.
int runServerCommand(const QStringList &arguments);

} // namespace dew::server
