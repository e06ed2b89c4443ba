// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedrandom.h"

#include <QString>
#include <QStringList>

// Small composers the generators share: templates, people, phone numbers.
namespace dew::models::seedtext {

// Replaces %1 … %9 in a UTF-8 template by the arguments; unlike QString::arg with several
// arguments, a placeholder a template leaves out does not shift the others.
QString fill(const char *utf8Template, const QStringList &arguments);
QString personName(SeedRandom &random);
QString landline(SeedRandom &random); // a Hohhot number: 0471- and seven digits
// "（二期）" for the second system of a name, "（三期）" for the third …
QString phaseSuffix(int phase);

} // namespace dew::models::seedtext
