// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace dew::models {

// One cell of a CSV or XLSX sheet, whichever file it came from. Rows and columns are 1-based, as
// a spreadsheet program shows them, so messages can say "C7".
struct Cell
{
    enum class Type { Empty, Text, Number, Date, Boolean, Error };

    Type type = Type::Empty;
    QString text;   // as shown: the string, the number without a trailing ".0", a date as yyyy-MM-dd
    QVariant value; // QString, double, QDate or bool by type; null when Empty
    int row = 0;
    int column = 0;
    bool fromMerge = false; // copied down from the top of a vertically merged range

    bool isEmpty() const { return type == Type::Empty || text.isEmpty(); }
    QString columnLetter() const;
    QString reference() const; // "C7"
};

QString columnLetter(int column);      // 1 → "A", 27 → "AA"
int columnNumber(QStringView letters); // "AA" → 27; 0 when not letters or past XFD

// A cell range such as a merge "A3:A5", 1-based and inclusive.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool isValid() const { return firstRow > 0 && firstColumn > 0 && lastRow >= firstRow && lastColumn >= firstColumn; }
    QString toString() const;
    static CellRange fromString(QStringView ref); // invalid range on a malformed reference
};

// One row: only the cells that hold something, in column order. Rows with no cells are not
// delivered at all, so consumers use number, never their position in a list, for messages.
struct SheetRow
{
    int number = 0;
    QList<Cell> cells;

    const Cell *cell(int column) const; // nullptr when the cell is empty
    QString text(int column) const;
    int lastColumn() const { return cells.isEmpty() ? 0 : cells.constLast().column; }
};

} // namespace dew::models
