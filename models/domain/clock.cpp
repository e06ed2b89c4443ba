// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace dew::models {
namespace {

std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> current;
    return current;
}

} // namespace

QDateTime Clock::now()
{
    return source() ? source()() : QDateTime::currentDateTimeUtc();
}

QString Clock::nowIso()
{
    return now().toUTC().toString(Qt::ISODateWithMs);
}

void Clock::set(std::function<QDateTime()> newSource)
{
    source() = std::move(newSource);
}

} // namespace dew::models
