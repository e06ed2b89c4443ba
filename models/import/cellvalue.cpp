// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellvalue.h"

#include "domain/enumerations.h"
#include "io/spreadsheetdates.h"

#include <QCoreApplication>

namespace dew::models {

bool readCell(const FieldSpec &spec, const QString &text, QVariant *value, QString *error)
{
    // Codes, labels, numbers and dates are read through NFKC (full-width digits, ideographic
    // spaces); free text keeps its own characters, full-width punctuation included.
    const bool freeText = spec.type == FieldType::Text || spec.type == FieldType::LongText;
    const QString cell = freeText ? text.trimmed() : text.normalized(QString::NormalizationForm_KC).trimmed();
    if (cell.isEmpty()) {
        *value = QVariant();
        return true;
    }
    switch (spec.type) {
    case FieldType::Enum: {
        const std::optional<QString> code = Enumeration::of(spec.enumKind).codeFor(cell);
        if (!code) {
            QStringList labels;
            for (const EnumValue &known : Enumeration::of(spec.enumKind).values()) {
                labels << QString::fromUtf8(known.zh);
            }
            *error = QCoreApplication::translate("dew::models::Import", "\"%1\" is not one of %2.")
                         .arg(cell, labels.join(QStringLiteral("、")));
            return false;
        }
        *value = *code;
        return true;
    }
    case FieldType::Bool: {
        static const QStringList yes{QStringLiteral("是"), QStringLiteral("true"), QStringLiteral("yes"),
                                     QStringLiteral("y"), QStringLiteral("1")};
        static const QStringList no{QStringLiteral("否"), QStringLiteral("false"), QStringLiteral("no"),
                                    QStringLiteral("n"), QStringLiteral("0")};
        if (yes.contains(cell.toLower()) || no.contains(cell.toLower())) {
            *value = yes.contains(cell.toLower());
            return true;
        }
        *error = QCoreApplication::translate("dew::models::Import", "Write 是 or 否, not \"%1\".").arg(cell);
        return false;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong number = QString(cell).remove(QLatin1Char(',')).toLongLong(&ok);
        if (!ok) {
            *error = QCoreApplication::translate("dew::models::Import", "\"%1\" is not a whole number.").arg(cell);
            return false;
        }
        *value = number;
        return true;
    }
    case FieldType::Real: {
        bool ok = false;
        const double number = QString(cell).remove(QLatin1Char(',')).toDouble(&ok);
        if (!ok) {
            *error = QCoreApplication::translate("dew::models::Import", "\"%1\" is not a number.").arg(cell);
            return false;
        }
        *value = number;
        return true;
    }
    case FieldType::Date: {
        // Typed text, or a serial day number whose cell had no date format.
        bool isNumber = false;
        const double serial = cell.toDouble(&isNumber);
        const QDate date = isNumber && serial >= 1 && serial < 2958466 && !cell.contains(QLatin1Char('-'))
                               ? (cell.size() == 8 ? dateFromText(cell) : dateFromSerial(serial))
                               : dateFromText(cell);
        if (!date.isValid()) {
            *error = QCoreApplication::translate("dew::models::Import", "\"%1\" is not a date.").arg(cell);
            return false;
        }
        *value = date.toString(Qt::ISODate);
        return true;
    }
    default:
        *value = cell;
        return true;
    }
}

} // namespace dew::models
