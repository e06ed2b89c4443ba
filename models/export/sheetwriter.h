// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dew::models {

// One sheet to write: a name, the header row, and the rows produced one at a time, so that an
// export of a million rows never holds them all.
struct ExportSheet
{
    QString name;
    QStringList headers;
    std::function<bool(QStringList *row)> nextRow; // false when no row is left
};

// CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF, quotes where needed. Returns the
// number of data rows written, or -1 with *error set.
qint64 writeCsv(const QString &path, const ExportSheet &sheet, QString *error);
// XLSX through libxlsxwriter, one worksheet per sheet, in constant memory.
qint64 writeXlsx(const QString &path, const QList<ExportSheet> &sheets, QString *error);

} // namespace dew::models
