// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cell.h"
#include "csvreader.h"
#include "textencoding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace dew::models {

class XlsxWorkbook;

// A whole sheet in memory, for files of modest size; large CSVs are better streamed.
struct SheetTable
{
    QString name;
    QList<SheetRow> rows;    // only rows with content, ascending by number
    QList<CellRange> merges; // XLSX only; vertical ones are already filled in (Cell::fromMerge)
};

// One table of cells from a CSV or an XLSX file, chosen by content: a zip is a workbook even
// when it is called .csv, and a file called .xlsx that is not a zip is an error rather than a
// CSV read by accident. Every message names the file and what is wrong with it.
//
//     SpreadsheetReader reader;
//     if (!reader.open(path)) { report(reader.errorString()); return; }
//     reader.readSheet(0, [&](const SheetRow &row) { …; return !cancelled; });
class SpreadsheetReader
{
public:
    enum class Format { None, Csv, Xlsx };

    SpreadsheetReader();
    ~SpreadsheetReader();

    bool open(const QString &path);
    // The same from bytes in memory (a download, the clipboard, a fuzzer); fileName names it in
    // messages and decides, as its suffix would, whether a non-zip is an error or a CSV.
    bool openData(const QByteArray &data, const QString &fileName);
    Format format() const { return m_format; }
    QString fileName() const { return m_fileName; } // without the folder, as messages use it

    // A CSV is one sheet named after the file.
    QStringList sheetNames() const;
    bool isSheetHidden(int index) const;
    int sheetIndex(const QString &name) const; // -1 when absent

    // CSV only: what the bytes were decoded as, for the UI to show.
    std::optional<TextEncoding> encoding() const;
    QString encodingName() const; // "" for XLSX
    bool isDate1904() const;      // the workbook's date system, for dateFromCell()

    // Delivers the rows that hold something, in order; the visitor returns false to cancel.
    // False with errorString() set when the sheet cannot be read; rows already delivered stand.
    bool readSheet(int index, const RowVisitor &visit);
    std::optional<SheetTable> readSheet(int index);
    bool wasCancelled() const { return m_cancelled; }
    QList<CellRange> merges() const { return m_merges; } // of the sheet read last

    QString errorString() const { return m_error; }

private:
    void reset(const QString &fileName);
    bool openContent(QByteArrayView bytes, const std::function<bool(XlsxWorkbook &)> &openWorkbook);
    bool fail(const QString &what);

    Format m_format = Format::None;
    QString m_path;    // empty when opened from memory
    QByteArray m_data; // the bytes of a CSV opened from memory
    QString m_fileName;
    std::optional<TextEncoding> m_encoding;
    std::unique_ptr<XlsxWorkbook> m_workbook;
    QList<CellRange> m_merges;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace dew::models
