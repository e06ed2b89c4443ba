// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dew::models {

// China's statistical division codes (NBS 2023, resources/divisions): provinces, cities,
// county-level divisions nationwide and Inner Mongolia's townships. Region codes are checked
// against these, not only by their shape.
class Divisions
{
public:
    enum class Problem { None, Empty, Shape, Unknown };

    static const Divisions &instance();

    Problem check(const QString &code) const;
    bool contains(const QString &code) const { return m_names.contains(code); }
    QString nameOf(const QString &code) const { return m_names.value(code); }
    // Division codes directly under a code: a city's counties, a county's townships.
    QStringList childrenOf(const QString &code) const { return m_children.value(code); }
    // A real code of the same parent that differs least from an unknown one, for the error message.
    QString nearest(const QString &code) const;

    // Functional zones with a local, non-statistical code: six digits of the city, "Z", two digits.
    static bool isLocalZoneCode(const QString &code);

private:
    Divisions();
    void load(const QString &resource, int codeColumn, int nameColumn, int parentColumn, int parentDigits);

    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_children;
};

} // namespace dew::models
