// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace dew::ui {

// Where the demo workspace lives: the user's data folder.
QString defaultDemoWorkspacePath();

// The workspace of one user of one server, in the user's data folder: signing in as someone else
// or to another server never mixes their records.
QString connectedWorkspacePath(const QUrl &server, const QString &login);

// Opens the workspace at path; a new or empty demo workspace is first filled with the demo
// city at the given scale. Returns nullptr and says why in *error.
std::unique_ptr<models::Workspace> openStartupWorkspace(const QString &path, bool demo, qint64 scale, QString *error);

} // namespace dew::ui
