// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dew::models::resourcecode {

// A data-resource code: the classification code (class 1–4, a 2-digit item, a 3-digit category,
// up to 6 optional sub-category digits), a slash, and a 6-digit sequence: "101001/000123".
enum class Problem { None, Empty, Shape, ClassDigit };

Problem check(const QString &code);
bool isValid(const QString &code);
// The catalogue kind ("base", "theme", "department", "special") that the first digit names.
QString catalogueKindOf(const QString &code);
QString compose(const QString &classification, int sequence);
// The codes of a list as people type it: one per line, or separated by commas, 、 or ；.
QStringList splitList(const QString &text);

} // namespace dew::models::resourcecode
