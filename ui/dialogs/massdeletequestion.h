// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace dew::ui {

// A sync stopped before deleting many local rows (DESIGN.md §5, invariant 8): asks whether to go
// on. True when the user agrees.
bool allowMassDelete(QWidget *parent, const QString &table, int count);

} // namespace dew::ui
