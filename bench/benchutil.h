// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

struct sqlite3;

namespace dew::bench {

double millisecondsOf(const std::function<void()> &work);
double percentile(QList<double> samples, double p);
qint64 residentKiB(); // VmRSS of this process
// Runs a statement on the raw handle and steps through every row; returns the row count.
qint64 stepAll(sqlite3 *db, const QByteArray &sql, const QList<QByteArray> &textBinds = {});
void printRow(const QString &figure, double dew, double raw, const QString &unit = QStringLiteral("ms"));

} // namespace dew::bench
