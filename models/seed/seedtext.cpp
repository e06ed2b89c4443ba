// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedtext.h"

#include "seedwords.h"

namespace dew::models::seedtext {

QString fill(const char *utf8Template, const QStringList &arguments)
{
    const QString text = QString::fromUtf8(utf8Template);
    QString result;
    result.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1') &&
            text.at(i + 1) <= QLatin1Char('9')) {
            result += arguments.value(text.at(i + 1).digitValue() - 1);
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

QString personName(SeedRandom &random)
{
    if (random.percent(8)) {
        return QString::fromUtf8(random.pick(seedwords::mongolianNames()));
    }
    return QString::fromUtf8(random.pick(seedwords::surnames())) +
           QString::fromUtf8(random.pick(seedwords::givenNames()));
}

QString landline(SeedRandom &random)
{
    return QStringLiteral("0471-%1%2").arg(3 + random.below(4)).arg(random.below(1000000), 6, 10, QLatin1Char('0'));
}

QString phaseSuffix(int phase)
{
    static const char *const numerals[] = {"二", "三", "四", "五", "六", "七", "八", "九", "十"};
    const QString number = phase >= 2 && phase <= 10 ? QString::fromUtf8(numerals[phase - 2]) : QString::number(phase);
    return QStringLiteral("（") + number + QStringLiteral("期）");
}

} // namespace dew::models::seedtext
