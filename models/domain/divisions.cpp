// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "divisions.h"

#include <QFile>
#include <QRegularExpression>

namespace dew::models {
namespace {

// Codes are padded to 6 digits for provinces (15 -> 150000) and cities (1501 -> 150100), as
// GB/T 2260 writes them; townships keep their 9 digits.
QString padded(const QString &code)
{
    return code.size() < 6 ? code.leftJustified(6, QLatin1Char('0')) : code;
}

QStringList splitCsvLine(const QByteArray &line)
{
    // The division files are simple: no embedded commas, names in plain double quotes.
    QStringList fields = QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
    for (QString &field : fields) {
        if (field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')) && field.size() >= 2) {
            field = field.mid(1, field.size() - 2);
        }
    }
    return fields;
}

int differingDigits(const QString &a, const QString &b)
{
    int count = 0;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        count += a.at(i) != b.at(i) ? 1 : 0;
    }
    return count;
}

} // namespace

const Divisions &Divisions::instance()
{
    static const Divisions divisions;
    return divisions;
}

Divisions::Divisions()
{
    load(QStringLiteral(":/dew/divisions/provinces.csv"), 0, 1, -1, 0);
    load(QStringLiteral(":/dew/divisions/cities.csv"), 0, 1, 2, 2);
    load(QStringLiteral(":/dew/divisions/areas.csv"), 0, 1, 2, 4);
    load(QStringLiteral(":/dew/divisions/streets-inner-mongolia.csv"), 0, 1, 2, 6);
}

void Divisions::load(const QString &resource, int codeColumn, int nameColumn, int parentColumn, int parentDigits)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("division list %s is missing from the resources", qPrintable(resource));
    }
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList fields = splitCsvLine(file.readLine());
        if (fields.size() <= std::max(codeColumn, std::max(nameColumn, parentColumn))) {
            continue;
        }
        const QString code = padded(fields.at(codeColumn));
        m_names.insert(code, fields.at(nameColumn));
        if (parentColumn >= 0) {
            const QString parent = padded(fields.at(parentColumn).left(parentDigits));
            m_children[parent].append(code);
        }
    }
}

Divisions::Problem Divisions::check(const QString &code) const
{
    if (code.isEmpty()) {
        return Problem::Empty;
    }
    static const QRegularExpression shape(QStringLiteral("^(?:[0-9]{6}|[0-9]{9})$"));
    if (!shape.match(code).hasMatch()) {
        return Problem::Shape;
    }
    return m_names.contains(code) ? Problem::None : Problem::Unknown;
}

QString Divisions::nearest(const QString &code) const
{
    const QString parent = code.size() == 9 ? code.left(6) : code.left(4) + QStringLiteral("00");
    // Fewest differing digits first (one mistyped digit), then the numerically closest.
    QString best;
    std::pair<int, qlonglong> bestDistance{1000, 0};
    for (const QString &candidate : m_children.value(parent)) {
        if (candidate.size() != code.size()) {
            continue;
        }
        const std::pair<int, qlonglong> distance{differingDigits(candidate, code),
                                                 std::abs(candidate.toLongLong() - code.toLongLong())};
        if (best.isEmpty() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool Divisions::isLocalZoneCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{6}Z[0-9]{2}$"));
    return shape.match(code).hasMatch();
}

} // namespace dew::models
