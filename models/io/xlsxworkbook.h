// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cell.h"
#include "csvreader.h"
#include "xlsxparts.h"
#include "ziparchive.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dew::models {

// An XLSX package opened for reading: its sheets in workbook order, the shared strings and the
// styles that make a number a date. Messages name the part, not the file (the caller adds it).
class XlsxWorkbook
{
public:
    struct Sheet
    {
        QString name;
        QString path; // inside the zip, e.g. xl/worksheets/sheet1.xml
        bool hidden = false;
    };

    bool open(const QString &path);
    bool openData(const QByteArray &data);
    const QList<Sheet> &sheets() const { return m_sheets; }
    bool isDate1904() const { return m_date1904; }

    // The whole part is parsed before the first row is delivered: merge ranges come after the
    // cells in the XML, and vertically merged values are filled in before anyone sees a row.
    bool readSheet(int index, const RowVisitor &visit, QList<CellRange> *merges);
    QString errorString() const { return m_error; }

private:
    bool load();
    bool fail(const QString &part, const QString &what);

    ZipArchive m_zip;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<xlsx::NumberStyle> m_numberStyles;
    bool m_date1904 = false;
    QString m_error;
};

} // namespace dew::models
