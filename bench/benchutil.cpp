// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace dew::bench {

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples.at(std::min(index, samples.size() - 1));
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

qint64 stepAll(sqlite3 *db, const QByteArray &sql, const QList<QByteArray> &textBinds)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "baseline query failed: %s\n%s\n", sqlite3_errmsg(db), sql.constData());
        return -1;
    }
    for (int i = 0; i < textBinds.size(); ++i) {
        sqlite3_bind_text(statement, i + 1, textBinds.at(i).constData(), -1, SQLITE_TRANSIENT);
    }
    qint64 rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            sqlite3_column_text(statement, c); // materialise the values as a view would
        }
        ++rows;
    }
    sqlite3_finalize(statement);
    return rows;
}

void printRow(const QString &figure, double dew, double raw, const QString &unit)
{
    std::printf("%-58s %10.2f %-3s  raw %10.2f %-3s  ratio %5.2f\n", qPrintable(figure), dew, qPrintable(unit), raw,
                qPrintable(unit), raw > 0 ? dew / raw : 0.0);
    std::fflush(stdout);
}

} // namespace dew::bench
