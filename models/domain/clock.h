// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace dew::models {

// The time every record stamp comes from; tests swap it for a fixed or stepping clock.
class Clock
{
public:
    static QDateTime now();
    static QString nowIso();                            // UTC, ISO 8601 with milliseconds
    static void set(std::function<QDateTime()> source); // nullptr restores the system clock
};

} // namespace dew::models
