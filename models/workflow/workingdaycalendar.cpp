// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingdaycalendar.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dew::models {
namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

template <typename T> QList<T> sorted(const QSet<T> &set)
{
    QList<T> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

template <typename T> void setMember(QSet<T> &set, const T &value, bool member)
{
    if (member) {
        set.insert(value);
    } else {
        set.remove(value);
    }
}

QJsonArray isoDates(const QSet<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &date : sorted(dates)) {
        array.append(date.toString(Qt::ISODate));
    }
    return array;
}

std::optional<QSet<QDate>> datesFrom(const QJsonValue &value)
{
    QSet<QDate> dates;
    for (const QJsonValue &entry : value.toArray()) {
        const QDate date = QDate::fromString(entry.toString(), Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        dates.insert(date);
    }
    return dates;
}

std::optional<WorkingDayCalendar> refuse(QString *error, const char *reason)
{
    if (error) {
        *error = QCoreApplication::translate("dew::models::WorkingDayCalendar", reason);
    }
    return std::nullopt;
}

// A range of days off, first and last included.
void addRange(QList<QDate> &days, QDate first, QDate last)
{
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        days << day;
    }
}

} // namespace

WorkingDayCalendar::WorkingDayCalendar(const QList<QDate> &holidays, const QList<QDate> &makeUpWorkingDays)
    : m_holidays(holidays.cbegin(), holidays.cend()),
      m_makeUpWorkingDays(makeUpWorkingDays.cbegin(), makeUpWorkingDays.cend())
{
}

WorkingDayCalendar WorkingDayCalendar::officialChina2026()
{
    QList<QDate> off;
    addRange(off, {2026, 1, 1}, {2026, 1, 3});   // 元旦
    addRange(off, {2026, 2, 15}, {2026, 2, 23}); // 春节
    addRange(off, {2026, 4, 4}, {2026, 4, 6});   // 清明节
    addRange(off, {2026, 5, 1}, {2026, 5, 5});   // 劳动节
    addRange(off, {2026, 6, 19}, {2026, 6, 21}); // 端午节
    addRange(off, {2026, 9, 25}, {2026, 9, 27}); // 中秋节
    addRange(off, {2026, 10, 1}, {2026, 10, 7}); // 国庆节
    const QList<QDate> working = {{2026, 1, 4}, {2026, 2, 14}, {2026, 2, 28},
                                  {2026, 5, 9}, {2026, 9, 20}, {2026, 10, 10}};
    WorkingDayCalendar calendar(off, working);
    calendar.setYearCovered(2026, true);
    calendar.setSource(QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）"));
    return calendar;
}

QTimeZone WorkingDayCalendar::timeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
        // Without a time-zone database the fixed offset is the same: China keeps no daylight saving.
        return shanghai.isValid() ? shanghai : QTimeZone(8 * 3600);
    }();
    return zone;
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (m_makeUpWorkingDays.contains(date)) {
        return true;
    }
    return !isWeekend(date) && !m_holidays.contains(date);
}

bool WorkingDayCalendar::isHoliday(QDate date) const
{
    return m_holidays.contains(date);
}

bool WorkingDayCalendar::isMakeUpWorkingDay(QDate date) const
{
    return m_makeUpWorkingDays.contains(date);
}

QDate WorkingDayCalendar::addWorkingDays(QDate from, int days) const
{
    QDate date = from;
    for (int counted = 0; counted < days;) {
        date = date.addDays(1);
        if (isWorkingDay(date)) {
            ++counted;
        }
    }
    return date;
}

QDateTime WorkingDayCalendar::deadline(const QDateTime &start, int workingDays) const
{
    const QDate first = start.toTimeZone(timeZone()).date();
    return QDateTime(addWorkingDays(first, std::max(workingDays, 0)), QTime(23, 59, 59, 999), timeZone());
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from) {
        return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        count += isWorkingDay(date) ? 1 : 0;
    }
    return count;
}

int WorkingDayCalendar::workingDaysRemaining(const QDateTime &now, const QDateTime &deadline) const
{
    const QDate today = now.toTimeZone(timeZone()).date();
    const QDate last = deadline.toTimeZone(timeZone()).date();
    if (now <= deadline) {
        return workingDaysBetween(today, last);
    }
    return -std::max(1, workingDaysBetween(last, today));
}

QList<QDate> WorkingDayCalendar::holidays() const
{
    return sorted(m_holidays);
}

QList<QDate> WorkingDayCalendar::makeUpWorkingDays() const
{
    return sorted(m_makeUpWorkingDays);
}

QList<int> WorkingDayCalendar::years() const
{
    return sorted(m_years);
}

// A day is a holiday or a make-up working day, never both.
void WorkingDayCalendar::setHoliday(QDate date, bool holiday)
{
    setMember(m_makeUpWorkingDays, date, m_makeUpWorkingDays.contains(date) && !holiday);
    setMember(m_holidays, date, holiday);
}

bool WorkingDayCalendar::setMakeUpWorkingDay(QDate date, bool working)
{
    if (working && !isWeekend(date)) {
        return false;
    }
    setMember(m_holidays, date, m_holidays.contains(date) && !working);
    setMember(m_makeUpWorkingDays, date, working);
    return true;
}

void WorkingDayCalendar::setYearCovered(int year, bool covered)
{
    setMember(m_years, year, covered);
}

QJsonObject WorkingDayCalendar::toJson() const
{
    QJsonArray years;
    for (int year : this->years()) {
        years.append(year);
    }
    return {{QStringLiteral("holidays"), isoDates(m_holidays)},
            {QStringLiteral("make_up_working_days"), isoDates(m_makeUpWorkingDays)},
            {QStringLiteral("years"), years},
            {QStringLiteral("source"), m_source}};
}

std::optional<WorkingDayCalendar> WorkingDayCalendar::fromJson(const QJsonObject &object, QString *error)
{
    const auto holidays = datesFrom(object.value(QStringLiteral("holidays")));
    const auto working = datesFrom(object.value(QStringLiteral("make_up_working_days")));
    if (!holidays || !working) {
        return refuse(error,
                      QT_TRANSLATE_NOOP("dew::models::WorkingDayCalendar", "A date is not in the form YYYY-MM-DD."));
    }
    if (holidays->intersects(*working)) {
        return refuse(error, QT_TRANSLATE_NOOP("dew::models::WorkingDayCalendar",
                                               "A day cannot be both a holiday and a make-up working day."));
    }
    for (const QDate &date : *working) {
        if (!isWeekend(date)) {
            return refuse(error, QT_TRANSLATE_NOOP("dew::models::WorkingDayCalendar",
                                                   "A make-up working day must be a Saturday or a Sunday."));
        }
    }
    WorkingDayCalendar calendar;
    calendar.m_holidays = *holidays;
    calendar.m_makeUpWorkingDays = *working;
    for (const QJsonValue &year : object.value(QStringLiteral("years")).toArray()) {
        calendar.m_years.insert(year.toInt());
    }
    calendar.m_source = object.value(QStringLiteral("source")).toString();
    return calendar;
}

} // namespace dew::models
