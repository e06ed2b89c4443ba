// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cell.h"

#include <algorithm>

namespace dew::models {
namespace {
// The size of an Excel sheet: references beyond it are malformed, and rejecting them keeps row
// arithmetic far from overflow.
constexpr int maxColumn = 16384; // XFD
constexpr int maxRow = 1048576;
} // namespace

QString Cell::columnLetter() const
{
    return dew::models::columnLetter(column);
}

QString Cell::reference() const
{
    return columnLetter() + QString::number(row);
}

QString columnLetter(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return letters;
}

int columnNumber(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3) {
        return 0;
    }
    int number = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z') {
            return 0;
        }
        number = number * 26 + (u - u'A' + 1);
    }
    return number <= maxColumn ? number : 0;
}

QString CellRange::toString() const
{
    return columnLetter(firstColumn) + QString::number(firstRow) + QLatin1Char(':') + columnLetter(lastColumn) +
           QString::number(lastRow);
}

namespace {
bool parseReference(QStringView ref, int *row, int *column)
{
    qsizetype split = 0;
    while (split < ref.size() && ref.at(split).isLetter()) {
        ++split;
    }
    *column = columnNumber(ref.left(split));
    bool ok = false;
    *row = ref.mid(split).toInt(&ok);
    return ok && *column > 0 && *row > 0 && *row <= maxRow;
}
} // namespace

CellRange CellRange::fromString(QStringView ref)
{
    CellRange range;
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    const QStringView first = colon < 0 ? ref : ref.left(colon);
    const QStringView last = colon < 0 ? ref : ref.mid(colon + 1);
    if (!parseReference(first, &range.firstRow, &range.firstColumn) ||
        !parseReference(last, &range.lastRow, &range.lastColumn)) {
        return {};
    }
    return range;
}

const Cell *SheetRow::cell(int column) const
{
    const auto it =
        std::lower_bound(cells.cbegin(), cells.cend(), column, [](const Cell &c, int col) { return c.column < col; });
    return it != cells.cend() && it->column == column ? &*it : nullptr;
}

QString SheetRow::text(int column) const
{
    const Cell *c = cell(column);
    return c ? c->text : QString();
}

} // namespace dew::models
