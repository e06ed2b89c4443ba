// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Dates of the demo city as day numbers (days since 1970-01-01, UTC), formatted without
// QDateTime because millions of rows are stamped, and without the wall clock so that the same
// scale gives the same file.
namespace dew::models::seedtime {

qint64 dayNumber(int year, int month, int day);
QString isoDate(qint64 day);                     // 2024-03-05
QString isoStamp(qint64 day, qint64 msecsOfDay); // 2024-03-05T09:12:33.120Z, as Clock::nowIso writes

// A record's created_at and updated_at: office hours on the given days, never updated before created.
struct Stamps
{
    QString created;
    QString updated;
};
Stamps officeHourStamps(qint64 createdDay, qint64 updatedDay, quint64 randomBits);

} // namespace dew::models::seedtime
