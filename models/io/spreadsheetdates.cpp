// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetdates.h"

#include <QRegularExpression>

#include <cmath>

namespace dew::models {

QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0) { // 2958465 is 9999-12-31
        return {};
    }
    const auto days = static_cast<qint64>(std::floor(serial));
    if (date1904) {
        return QDate(1904, 1, 1).addDays(days);
    }
    if (days == 0 || days == 60) { // "1900-01-00" and Lotus' 1900-02-29 do not exist
        return {};
    }
    // Serials after the phantom leap day are one ahead of a true count from 1899-12-31.
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

QDate dateFromText(const QString &text)
{
    // NFKC turns full-width digits and separators (２０２４／５／２８) into ASCII.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression separated(QStringLiteral(
        R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch()) {
        m = compact.match(t);
    }
    if (!m.hasMatch()) {
        return {};
    }
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate dateFromCell(const Cell &cell, bool date1904)
{
    switch (cell.type) {
    case Cell::Type::Date:
        return cell.value.toDate();
    case Cell::Type::Number:
        return dateFromSerial(cell.value.toDouble(), date1904);
    case Cell::Type::Text: {
        const QDate date = dateFromText(cell.text);
        if (date.isValid()) {
            return date;
        }
        // A serial stored as text, as a CSV exported from a sheet without date formats holds it.
        static const QRegularExpression serialText(QStringLiteral(R"(^\d{1,7}(\.\d+)?$)"));
        const QString t = cell.text.normalized(QString::NormalizationForm_KC).trimmed();
        return serialText.match(t).hasMatch() ? dateFromSerial(t.toDouble(), date1904) : QDate();
    }
    case Cell::Type::Empty:
    case Cell::Type::Boolean:
    case Cell::Type::Error:
        break;
    }
    return {};
}

} // namespace dew::models
