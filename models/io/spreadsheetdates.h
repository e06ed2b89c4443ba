// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cell.h"

#include <QDate>
#include <QString>

namespace dew::models {

// Spreadsheet serial day number → date. The 1900 system keeps Lotus' phantom 1900-02-29
// (serial 60, which has no QDate and gives an invalid one); the 1904 system counts from 1904-01-01.
// The fraction of a day (the time) is dropped. Invalid outside 1900..9999.
QDate dateFromSerial(double serial, bool date1904 = false);

// Text as officers type it: 2024-05-28, 2024/5/28, 2024.5.28, 2024年5月28日, 20240528, also with
// full-width digits and a trailing time ("2024-05-28 09:30"). Invalid when it is none of these.
QDate dateFromText(const QString &text);

// One helper for every cell: a date cell, a serial number (a number, or digits stored as text),
// or date text.
QDate dateFromCell(const Cell &cell, bool date1904 = false);

} // namespace dew::models
