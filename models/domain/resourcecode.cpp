// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcecode.h"

#include <QRegularExpression>

namespace dew::models::resourcecode {

Problem check(const QString &code)
{
    if (code.isEmpty()) {
        return Problem::Empty;
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9]{6}(?:[0-9]{1,6})?/[0-9]{6}$"));
    if (!shape.match(code).hasMatch()) {
        return Problem::Shape;
    }
    return catalogueKindOf(code).isEmpty() ? Problem::ClassDigit : Problem::None;
}

bool isValid(const QString &code)
{
    return check(code) == Problem::None;
}

QString catalogueKindOf(const QString &code)
{
    if (code.isEmpty()) {
        return {};
    }
    switch (code.at(0).unicode()) {
    case '1':
        return QStringLiteral("base");
    case '2':
        return QStringLiteral("theme");
    case '3':
        return QStringLiteral("department");
    case '4':
        return QStringLiteral("special");
    default:
        return {};
    }
}

QString compose(const QString &classification, int sequence)
{
    return classification + QLatin1Char('/') + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'));
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,，、;；]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace dew::models::resourcecode
