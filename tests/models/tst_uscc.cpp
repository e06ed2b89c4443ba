// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/uscc.h"

#include <QTest>

using namespace dew::models;

class TestUscc : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void checkCharacterCompletesBody();
    void normalizedAcceptsPastedForms();
};

void TestUscc::check_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("problem");
    const auto none = static_cast<int>(uscc::Problem::None);
    // Published codes of real organisations.
    QTest::newRow("fujian example") << QStringLiteral("91350100M000100Y43") << none;
    QTest::newRow("shenzhen") << QStringLiteral("914403001922038216") << none;
    QTest::newRow("hangzhou") << QStringLiteral("91330100799655058B") << none;
    QTest::newRow("beijing") << QStringLiteral("91110000600037341L") << none;
    QTest::newRow("empty") << QString() << static_cast<int>(uscc::Problem::Empty);
    QTest::newRow("17 chars") << QStringLiteral("91350100M000100Y4") << static_cast<int>(uscc::Problem::Length);
    QTest::newRow("19 chars") << QStringLiteral("91350100M000100Y433") << static_cast<int>(uscc::Problem::Length);
    QTest::newRow("letter I") << QStringLiteral("91350100I000100Y43") << static_cast<int>(uscc::Problem::Character);
    QTest::newRow("lower case") << QStringLiteral("91330100799655058b") << static_cast<int>(uscc::Problem::Character);
    QTest::newRow("one digit typed wrong")
        << QStringLiteral("91350100M000100Y44") << static_cast<int>(uscc::Problem::Checksum);
    QTest::newRow("two digits swapped") << QStringLiteral(
                                               "914403001922032816") // 914403001922038216 with "82" typed as "28"
                                        << static_cast<int>(uscc::Problem::Checksum);
}

void TestUscc::check()
{
    QFETCH(QString, code);
    QFETCH(int, problem);
    QCOMPARE(static_cast<int>(uscc::check(code)), problem);
    QCOMPARE(uscc::isValid(code), problem == static_cast<int>(uscc::Problem::None));
}

void TestUscc::checkCharacterCompletesBody()
{
    QCOMPARE(uscc::checkCharacter(QStringLiteral("91350100M000100Y4")), QChar(QLatin1Char('3')));
    QCOMPARE(uscc::checkCharacter(QStringLiteral("91110000600037341")), QChar(QLatin1Char('L')));
    QVERIFY(!uscc::checkCharacter(QStringLiteral("9135010OM000100Y4")).has_value()); // O is not a symbol
    QVERIFY(!uscc::checkCharacter(QStringLiteral("short")).has_value());
}

void TestUscc::normalizedAcceptsPastedForms()
{
    // Full-width characters and spaces, as pasted from a document.
    const QString pasted = QStringLiteral("９１３３０１００ ７９９６５５０５８ｂ");
    QCOMPARE(uscc::normalized(pasted), QStringLiteral("91330100799655058B"));
    QVERIFY(uscc::isValid(uscc::normalized(pasted)));
}

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
