// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dew::ui {

class MainWindow;

// Renders every page of the window to DIR/NN-page.png (with a record selected, so the form
// shows) and returns the files written; for documentation and for checking the UI headless.
QStringList renderScreenshots(MainWindow &window, const QString &directory, QString *error);

} // namespace dew::ui
