// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dew::models {

// One log: spdlog's rotating file in the user's data folder, with Qt's own messages (qDebug,
// qCWarning, Qt's internal warnings) forwarded into it. Returns the log file's path.
QString installLogging(const QString &appName);

} // namespace dew::models
