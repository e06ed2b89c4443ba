// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

namespace dew::models {

QString normalizeForSearch(const QString &text)
{
    // NFKC already maps U+3000 (ideographic space) to U+0020; simplified() folds the runs.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

} // namespace dew::models
