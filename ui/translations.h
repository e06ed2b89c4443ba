// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dew::ui {

// Loads dew's and Qt's translations for a language setting ("system", "zh_CN", "en") and makes
// it the default locale, so that domain labels follow too. Returns the locale name in use.
QString installTranslations(const QString &language);

} // namespace dew::ui
