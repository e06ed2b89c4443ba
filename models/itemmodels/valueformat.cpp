// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueformat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dew::models {

QString displayText(const FieldSpec &spec, const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    switch (spec.type) {
    case FieldType::Enum:
        return Enumeration::of(spec.enumKind).label(value.toString());
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("dew::models::Value", "Yes")
                              : QCoreApplication::translate("dew::models::Value", "No");
    case FieldType::Real:
        return QString::number(value.toDouble(), 'f', 2);
    default:
        break;
    }
    if (QLatin1String(spec.name) == QLatin1String("updated_at")) {
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return value.toString();
}

} // namespace dew::models
