// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uscc.h"

#include <QCoreApplication>

namespace dew::models::uscc {
namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int radix = 31;
constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int symbolValue(QChar c)
{
    for (int i = 0; i < radix; ++i) {
        if (c == QLatin1Char(alphabet[i])) {
            return i;
        }
    }
    return -1;
}

} // namespace

std::optional<QChar> checkCharacter(const QString &body17)
{
    if (body17.size() != 17) {
        return std::nullopt;
    }
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = symbolValue(body17.at(i));
        if (value < 0) {
            return std::nullopt;
        }
        sum += value * weights[i];
    }
    const int check = (radix - sum % radix) % radix;
    return QLatin1Char(alphabet[check]);
}

Problem check(const QString &code)
{
    if (code.isEmpty()) {
        return Problem::Empty;
    }
    if (code.size() != 18) {
        return Problem::Length;
    }
    for (QChar c : code) {
        if (symbolValue(c) < 0) {
            return Problem::Character;
        }
    }
    return checkCharacter(code.left(17)) == code.at(17) ? Problem::None : Problem::Checksum;
}

bool isValid(const QString &code)
{
    return check(code) == Problem::None;
}

QString describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("dew::models::Validation", "No unified social credit code is given.");
    case Problem::Length:
        return QCoreApplication::translate("dew::models::Validation",
                                           "A unified social credit code has 18 characters.");
    case Problem::Character:
        return QCoreApplication::translate(
            "dew::models::Validation",
            "A unified social credit code uses digits and capital letters except I, O, S, V and Z.");
    case Problem::Checksum:
        return QCoreApplication::translate("dew::models::Validation",
                                           "The check character does not match: the code has a typing error.");
    }
    return {};
}

QString normalized(const QString &code)
{
    QString result = code.normalized(QString::NormalizationForm_KC).toUpper();
    result.remove(QLatin1Char(' '));
    return result;
}

} // namespace dew::models::uscc
