// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace dew::models {

// The code of the workflow_rule record that holds the calendar.
inline constexpr const char *workingDaysCode = "working_days";

// Working days in Asia/Shanghai (DESIGN.md §3): Monday to Friday, less the public holidays, plus
// the weekend days that the State Council's yearly arrangement makes working days (调休). It is the
// administrator's data; officialChina2026() is the seed.
class WorkingDayCalendar
{
public:
    WorkingDayCalendar() = default; // Monday to Friday, no holidays
    WorkingDayCalendar(const QList<QDate> &holidays, const QList<QDate> &makeUpWorkingDays);

    // 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025).
    static WorkingDayCalendar officialChina2026();
    static QTimeZone timeZone(); // Asia/Shanghai: UTC+8 all year

    bool isWorkingDay(QDate date) const;
    bool isHoliday(QDate date) const;
    bool isMakeUpWorkingDay(QDate date) const;
    // The days-th working day after from (from itself for 0).
    QDate addWorkingDays(QDate from, int days) const;
    // A deadline of N working days from a moment: the end (23:59:59.999, Shanghai time) of the
    // N-th working day after the day it falls on.
    QDateTime deadline(const QDateTime &start, int workingDays) const;
    // The working days in (from, to]; negative, counting (to, from], when to is before from.
    int workingDaysBetween(QDate from, QDate to) const;
    // Working days left until a deadline, 0 on its last day; negative once it has passed (-1 at
    // least, so that an overdue deadline never reads as due today).
    int workingDaysRemaining(const QDateTime &now, const QDateTime &deadline) const;

    QList<QDate> holidays() const;          // sorted
    QList<QDate> makeUpWorkingDays() const; // sorted
    // Years whose official arrangement has been entered; deadlines in other years count only weekends.
    QList<int> years() const;
    bool coversYear(int year) const { return m_years.contains(year); }
    QString source() const { return m_source; }

    void setHoliday(QDate date, bool holiday);
    bool setMakeUpWorkingDay(QDate date, bool working); // false, changing nothing, for a weekday
    void setYearCovered(int year, bool covered);
    void setSource(const QString &source) { m_source = source; }

    QJsonObject toJson() const;
    // nullopt, with the reason in *error (translated), for a calendar that contradicts itself.
    static std::optional<WorkingDayCalendar> fromJson(const QJsonObject &object, QString *error = nullptr);

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUpWorkingDays;
    QSet<int> m_years;
    QString m_source;
};

} // namespace dew::models
