// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QString>
#include <QVariant>

namespace dew::models {

// Reads a cell's text as the value a field stores: enumerations by their Chinese label, English
// label or code; 是/否; numbers with full-width digits; dates as 2024-05-28, 2024/5/28,
// 2024年5月28日, 20240528 or a spreadsheet serial number. Returns false and says why in *error.
// A blank cell is a null value.
bool readCell(const FieldSpec &spec, const QString &text, QVariant *value, QString *error);

} // namespace dew::models
