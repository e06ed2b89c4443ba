// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace dew::models::uscc {

// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet (no I, O, S, V, Z),
// the last one a mod-31 check character over the first 17.
enum class Problem { None, Empty, Length, Character, Checksum };

Problem check(const QString &code);
bool isValid(const QString &code);
// What is wrong, translated; empty for Problem::None.
QString describe(Problem problem);
// The check character for a 17-character body, or nullopt when the body holds a foreign symbol.
std::optional<QChar> checkCharacter(const QString &body17);
// Upper-cases, removes spaces and maps full-width characters, as officers paste codes.
QString normalized(const QString &code);

} // namespace dew::models::uscc
