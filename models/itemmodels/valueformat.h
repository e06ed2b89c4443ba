// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QVariant>

namespace dew::models {

// How a stored value reads in a table cell: enumeration labels, 是/否, local dates and times.
QString displayText(const FieldSpec &spec, const QVariant &value);

} // namespace dew::models
