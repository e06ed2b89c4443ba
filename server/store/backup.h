// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverdatabase.h"

namespace dew::server {

// A logical backup: every table as JSON lines, the same format from either backend, so a
// backup of SQLite restores into PostgreSQL too. Sessions are not kept.
bool backupTo(const ServerDatabase &database, const QString &file, QString *error);

// Replaces the whole store with the backup in one transaction and gives the server a new
// epoch: clients then know the server may have forgotten changes, and push them again
// instead of deleting anything (DESIGN.md §5, invariant 7).
bool restoreFrom(const ServerDatabase &database, const QString &file, QString *error);

} // namespace dew::server
