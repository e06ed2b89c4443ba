// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cell.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

class QXmlStreamReader;

// Parsers for the XML parts of an XLSX package (ECMA-376), matched by local name so the strict
// and transitional namespaces, and prefixed elements, all read the same.
namespace dew::models::xlsx {

struct Relationship
{
    QString type;   // the last segment of the type URI: "worksheet", "sharedStrings", "styles", …
    QString target; // resolved to a path inside the zip
};

struct WorkbookSheet
{
    QString name;
    QString relationshipId;
    bool hidden = false;
};

struct WorkbookInfo
{
    QList<WorkbookSheet> sheets;
    bool date1904 = false;
};

// Each returns false with *error set ("not well-formed XML …") when the part cannot be read.
bool parseRelationships(const QByteArray &xml, const QString &baseDir, QHash<QString, Relationship> *rels,
                        QString *error);
bool parseWorkbook(const QByteArray &xml, WorkbookInfo *info, QString *error);
bool parseSharedStrings(const QByteArray &xml, QStringList *strings, QString *error);
// How a cell style (by cellXfs index) shows a number.
enum class NumberStyle : quint8 {
    Plain,
    Date,
    Boolean, // "TRUE";"TRUE";"FALSE": LibreOffice's form of a boolean formula result
};
bool parseNumberStyles(const QByteArray &xml, QList<NumberStyle> *styles, QString *error);

bool isBuiltInDateFormat(int numFmtId);
bool isDateFormatCode(QStringView formatCode);
bool isBooleanFormatCode(QStringView formatCode);

// The text of a <si> or <is>: its <t> and rich-text runs <r><t>, without phonetic guides <rPh>.
// Reads up to the end of the current element.
QString readRichText(QXmlStreamReader &xml);
// OOXML escapes control characters as _xHHHH_ (Excel writes a CR in a cell as _x000D_).
QString unescapeXstring(const QString &text);

QString xmlError(const QXmlStreamReader &xml);

struct SheetContext
{
    const QStringList &sharedStrings;
    const QList<NumberStyle> &numberStyles;
    bool date1904 = false;
};

// The cells of a worksheet part, by row number, and its merge ranges.
bool parseWorksheet(const QByteArray &xml, const SheetContext &context, std::map<int, SheetRow> *rows,
                    QList<CellRange> *merges, QString *error);

// Copies the top cell of each vertically merged range down the rows it spans (not across:
// a title merged over A1:H1 stays one cell), into the rows below that hold cells of their own.
// False when the ranges would fill absurdly many cells.
bool fillMergedCells(const QList<CellRange> &merges, std::map<int, SheetRow> *rows);

} // namespace dew::models::xlsx
