// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dew::ui {

// The commands administrators script, without a window:
//   dew import FILE [--apply] [--workspace PATH] [--user ID]
//       prints the per-row report of the dry run (and applies it with --apply); exits 1 when any
//       row is rejected, 2 when the file or the workspace cannot be read.
//   dew export systems|resources|template FILE.xlsx|FILE.csv [--workspace PATH]
//       [--search TEXT] [--organisation ID] [--state STATE]
bool isCommandLine(const QStringList &arguments);
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dew::ui
