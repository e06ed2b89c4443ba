// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workingdaycalendar.h"

#include <QJsonArray>
#include <QTest>

using namespace dew::models;

namespace {

QDateTime shanghai(QDate date, QTime time)
{
    return QDateTime(date, time, WorkingDayCalendar::timeZone());
}

} // namespace

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT
private slots:
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void deadlineIsTheEndOfTheDayInShanghai();
    void remaining_data();
    void remaining();
    void withoutHolidaysOnlyWeekendsCount();
    void adminEditsAndJson();
    void contradictoryCalendarsAreRefused();
};

void TestWorkingDayCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("new year's day, Thursday") << QDate(2026, 1, 1) << false;
    QTest::newRow("Sunday 4 January, make-up") << QDate(2026, 1, 4) << true;
    QTest::newRow("Saturday 14 February, make-up") << QDate(2026, 2, 14) << true;
    QTest::newRow("spring festival Monday") << QDate(2026, 2, 16) << false;
    QTest::newRow("spring festival last day, Monday 23") << QDate(2026, 2, 23) << false;
    QTest::newRow("Tuesday after spring festival") << QDate(2026, 2, 24) << true;
    QTest::newRow("ordinary Monday") << QDate(2026, 3, 2) << true;
    QTest::newRow("ordinary Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("qingming Monday") << QDate(2026, 4, 6) << false;
    QTest::newRow("labour day Tuesday 5 May") << QDate(2026, 5, 5) << false;
    QTest::newRow("Saturday 9 May, make-up") << QDate(2026, 5, 9) << true;
    QTest::newRow("dragon boat Friday") << QDate(2026, 6, 19) << false;
    QTest::newRow("mid-autumn Friday") << QDate(2026, 9, 25) << false;
    QTest::newRow("Sunday 20 September, make-up") << QDate(2026, 9, 20) << true;
    QTest::newRow("national day Wednesday 7 October") << QDate(2026, 10, 7) << false;
    QTest::newRow("Thursday 8 October") << QDate(2026, 10, 8) << true;
    QTest::newRow("Saturday 10 October, make-up") << QDate(2026, 10, 10) << true;
}

void TestWorkingDayCalendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingDayCalendar::officialChina2026().isWorkingDay(date), working);
}

void TestWorkingDayCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero days") << QDate(2026, 3, 6) << 0 << QDate(2026, 3, 6);
    QTest::newRow("Friday + 1 skips the weekend") << QDate(2026, 3, 6) << 1 << QDate(2026, 3, 9);
    QTest::newRow("Saturday + 1 is Monday") << QDate(2026, 3, 7) << 1 << QDate(2026, 3, 9);
    QTest::newRow("Friday + 6 crosses two weekends") << QDate(2026, 3, 6) << 6 << QDate(2026, 3, 16);
    QTest::newRow("over qingming") << QDate(2026, 4, 2) << 2 << QDate(2026, 4, 7);
    QTest::newRow("onto a make-up Saturday") << QDate(2026, 2, 11) << 3 << QDate(2026, 2, 14);
    QTest::newRow("over the spring festival") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    QTest::newRow("from a holiday onto a make-up Sunday") << QDate(2026, 1, 2) << 1 << QDate(2026, 1, 4);
    QTest::newRow("over national day to the make-up Saturday") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
}

void TestWorkingDayCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingDayCalendar::officialChina2026().addWorkingDays(from, days), expected);
}

void TestWorkingDayCalendar::deadlineIsTheEndOfTheDayInShanghai()
{
    const WorkingDayCalendar calendar = WorkingDayCalendar::officialChina2026();
    const QDateTime due = calendar.deadline(shanghai({2026, 9, 30}, {10, 0}), 3);
    QCOMPARE(due, shanghai({2026, 10, 10}, {23, 59, 59, 999}));
    QCOMPARE(due.toUTC(), QDateTime(QDate(2026, 10, 10), QTime(15, 59, 59, 999), QTimeZone::utc()));
    // 17:00 UTC on Thursday 5 March is already Friday 6 March in Shanghai: one working day on is
    // Monday, not Friday.
    const QDateTime lateUtc(QDate(2026, 3, 5), QTime(17, 0), QTimeZone::utc());
    QCOMPARE(calendar.deadline(lateUtc, 1).date(), QDate(2026, 3, 9));
}

void TestWorkingDayCalendar::remaining_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<int>("remaining");
    const QDateTime friday = shanghai({2026, 3, 13}, {23, 59, 59, 999});
    QTest::newRow("Wednesday before") << shanghai({2026, 3, 11}, {10, 0}) << friday << 2;
    QTest::newRow("on the day") << shanghai({2026, 3, 13}, {18, 0}) << friday << 0;
    QTest::newRow("the Saturday after") << shanghai({2026, 3, 14}, {9, 0}) << friday << -1;
    QTest::newRow("the Monday after") << shanghai({2026, 3, 16}, {9, 0}) << friday << -1;
    QTest::newRow("the Tuesday after") << shanghai({2026, 3, 17}, {9, 0}) << friday << -2;
    QTest::newRow("over national day") << shanghai({2026, 9, 30}, {9, 0}) << shanghai({2026, 10, 10}, {23, 59, 59, 999})
                                       << 3;
    QTest::newRow("a week late over qingming")
        << shanghai({2026, 4, 10}, {9, 0}) << shanghai({2026, 4, 2}, {23, 59, 59, 999}) << -5;
}

void TestWorkingDayCalendar::remaining()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, deadline);
    QFETCH(int, remaining);
    QCOMPARE(WorkingDayCalendar::officialChina2026().workingDaysRemaining(now, deadline), remaining);
}

void TestWorkingDayCalendar::withoutHolidaysOnlyWeekendsCount()
{
    const WorkingDayCalendar plain;
    QVERIFY(plain.isWorkingDay(QDate(2026, 1, 1)));
    QVERIFY(!plain.isWorkingDay(QDate(2026, 1, 4)));
    QCOMPARE(plain.addWorkingDays(QDate(2026, 9, 30), 3), QDate(2026, 10, 5));
    QVERIFY(WorkingDayCalendar::officialChina2026().coversYear(2026));
    QVERIFY(!WorkingDayCalendar::officialChina2026().coversYear(2027));
}

void TestWorkingDayCalendar::adminEditsAndJson()
{
    WorkingDayCalendar calendar = WorkingDayCalendar::officialChina2026();
    QCOMPARE(calendar.holidays().size(), 33);
    QCOMPARE(calendar.makeUpWorkingDays().size(), 6);
    // A local holiday, and a make-up Saturday an administrator adds for it.
    calendar.setHoliday(QDate(2026, 3, 9), true);
    QVERIFY(calendar.setMakeUpWorkingDay(QDate(2026, 3, 14), true));
    QVERIFY(!calendar.setMakeUpWorkingDay(QDate(2026, 3, 12), true)); // a Thursday works anyway
    QVERIFY(!calendar.isMakeUpWorkingDay(QDate(2026, 3, 12)));
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 3, 6), 1), QDate(2026, 3, 10));
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 3, 13), 1), QDate(2026, 3, 14));

    QString error;
    const std::optional<WorkingDayCalendar> back = WorkingDayCalendar::fromJson(calendar.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->holidays(), calendar.holidays());
    QCOMPARE(back->makeUpWorkingDays(), calendar.makeUpWorkingDays());
    QCOMPARE(back->years(), QList<int>{2026});
    QCOMPARE(back->source(), calendar.source());
    QVERIFY(back->source().contains(QLatin1String("2026")));

    calendar.setHoliday(QDate(2026, 3, 14), true); // a day is one or the other
    QVERIFY(calendar.isHoliday(QDate(2026, 3, 14)));
    QVERIFY(!calendar.isMakeUpWorkingDay(QDate(2026, 3, 14)));
}

void TestWorkingDayCalendar::contradictoryCalendarsAreRefused()
{
    QString error;
    const QJsonObject both{{QStringLiteral("holidays"), QJsonArray{QStringLiteral("2026-03-14")}},
                           {QStringLiteral("make_up_working_days"), QJsonArray{QStringLiteral("2026-03-14")}}};
    QVERIFY(!WorkingDayCalendar::fromJson(both, &error));
    QVERIFY(error.contains(QLatin1String("both")));
    const QJsonObject weekday{{QStringLiteral("make_up_working_days"), QJsonArray{QStringLiteral("2026-03-11")}}};
    QVERIFY(!WorkingDayCalendar::fromJson(weekday, &error));
    const QJsonObject badDate{{QStringLiteral("holidays"), QJsonArray{QStringLiteral("2026-02-30")}}};
    QVERIFY(!WorkingDayCalendar::fromJson(badDate, &error));
}

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
