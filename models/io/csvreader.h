// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cell.h"
#include "textencoding.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace dew::models {

// Called once per row that holds something; return false to stop reading (a cancel).
using RowVisitor = std::function<bool(const SheetRow &row)>;

// RFC 4180 CSV, streamed a chunk at a time so a million-row file is never held as one string.
// Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all end a
// record. Like Excel, a stray quote inside an unquoted field is kept as text. Every field is a
// Text cell; empty fields and blank records are not delivered. Row numbers count records (what a
// spreadsheet program shows), not lines. A line break inside a quoted field comes out as LF.
class CsvReader
{
public:
    explicit CsvReader(QString fileName = {}); // the name used in messages

    bool readFile(const QString &path, const RowVisitor &visit);
    bool readData(QByteArrayView data, const RowVisitor &visit);

    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; } // ',' unless tabs or semicolons dominate
    QString errorString() const { return m_error; }
    bool isCancelled() const { return m_cancelled; }

    static QChar detectDelimiter(QStringView sample);

private:
    bool fail(const QString &what);

    QString m_fileName;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QString m_error;
    bool m_cancelled = false;
};

} // namespace dew::models
