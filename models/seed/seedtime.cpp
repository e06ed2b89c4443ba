// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedtime.h"

#include <algorithm>
#include <array>

namespace dew::models::seedtime {
namespace {

struct Civil
{
    qint64 year;
    int month;
    int day;
};

// Howard Hinnant's civil-from-days algorithm (proleptic Gregorian calendar).
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const auto day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

template <size_t N> void put(std::array<char, N> &buffer, size_t at, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        buffer[at + static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

qint64 dayNumber(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QString isoDate(qint64 day)
{
    const Civil civil = civilFromDays(day);
    std::array<char, 10> text{'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
    put(text, 0, civil.year, 4);
    put(text, 5, civil.month, 2);
    put(text, 8, civil.day, 2);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString isoStamp(qint64 day, qint64 msecsOfDay)
{
    const Civil civil = civilFromDays(day);
    std::array<char, 24> text{};
    put(text, 0, civil.year, 4);
    text[4] = '-';
    put(text, 5, civil.month, 2);
    text[7] = '-';
    put(text, 8, civil.day, 2);
    text[10] = 'T';
    put(text, 11, msecsOfDay / 3600000, 2);
    text[13] = ':';
    put(text, 14, msecsOfDay / 60000 % 60, 2);
    text[16] = ':';
    put(text, 17, msecsOfDay / 1000 % 60, 2);
    text[19] = '.';
    put(text, 20, msecsOfDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

Stamps officeHourStamps(qint64 createdDay, qint64 updatedDay, quint64 randomBits)
{
    constexpr qint64 opening = 8 * 3600000;
    constexpr qint64 span = 10 * 3600000;
    qint64 created = opening + qint64(randomBits % span);
    qint64 updated = opening + qint64((randomBits >> 32) % span);
    if (updatedDay <= createdDay && updated < created) {
        std::swap(created, updated);
    }
    return {isoStamp(createdDay, created), isoStamp(std::max(createdDay, updatedDay), updated)};
}

} // namespace dew::models::seedtime
