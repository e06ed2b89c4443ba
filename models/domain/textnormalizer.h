// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dew::models {

// NFKC then case folding, with every run of white space (ideographic space included) made one
// ASCII space. Applied to indexed text and to queries alike, so "ＡＢＣ１２３" finds "abc123".
QString normalizeForSearch(const QString &text);

} // namespace dew::models
