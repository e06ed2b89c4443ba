// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetdates.h"
#include "xlsxparts.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace dew::models::xlsx {
namespace {

// Merges fill only rows that hold data, and are then capped: a merge over A1:A1048576 repeated
// a thousand times must not allocate a billion cells.
constexpr qsizetype maxFilledCells = 5'000'000;
constexpr int maxRow = 1048576; // Excel's last row

QStringView attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name) {
            return a.value();
        }
    }
    return {};
}

QString numberText(double value)
{
    // What a sheet shows in "General": integers without ".0", at most 15 significant digits.
    if (std::floor(value) == value && std::abs(value) < 1e15) {
        return QString::number(static_cast<qint64>(value));
    }
    return QString::number(value, 'g', 15);
}

struct RawCell
{
    QStringView type;
    int style = 0;
    QString value;   // <v>
    QString inline_; // <is>
    bool hasValue = false;
};

// Turns the parts of a <c> into a typed cell; false when it holds nothing.
bool makeCell(const RawCell &raw, const SheetContext &context, Cell *cell, QString *error)
{
    if (raw.type == QLatin1String("s")) {
        bool ok = false;
        const int index = raw.value.toInt(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            *error =
                QCoreApplication::translate("dew::models::Io", "cell %1 names shared string %2, which does not exist")
                    .arg(cell->reference(), raw.value);
            return false;
        }
        cell->text = context.sharedStrings.at(index);
    } else if (raw.type == QLatin1String("inlineStr")) {
        cell->text = raw.inline_;
    } else if (raw.type == QLatin1String("str")) { // a formula's text result
        cell->text = unescapeXstring(raw.value);
    } else if (raw.type == QLatin1String("b")) {
        cell->type = Cell::Type::Boolean;
        cell->value = raw.value.trimmed() == QLatin1String("1");
        cell->text = cell->value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return raw.hasValue;
    } else if (raw.type == QLatin1String("e")) {
        cell->type = Cell::Type::Error;
        cell->text = raw.value;
        cell->value = raw.value;
        return raw.hasValue;
    } else if (raw.type == QLatin1String("d")) { // ISO 8601, written by strict OOXML producers
        const QDate date = QDate::fromString(raw.value.left(10), Qt::ISODate);
        if (date.isValid()) {
            cell->type = Cell::Type::Date;
            cell->value = date;
            cell->text = date.toString(Qt::ISODate);
            return true;
        }
        cell->text = raw.value;
    } else if (raw.hasValue) { // "n" or no type: a number, or a date by its style
        bool ok = false;
        const double number = raw.value.toDouble(&ok);
        if (!ok) {
            cell->text = raw.value;
        } else {
            const NumberStyle style = raw.style >= 0 && raw.style < context.numberStyles.size()
                                          ? context.numberStyles.at(raw.style)
                                          : NumberStyle::Plain;
            const QDate date = style == NumberStyle::Date ? dateFromSerial(number, context.date1904) : QDate();
            if (style == NumberStyle::Boolean) {
                cell->type = Cell::Type::Boolean;
                cell->value = number != 0;
                cell->text = number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (date.isValid()) {
                cell->type = Cell::Type::Date;
                cell->value = date;
                cell->text = date.toString(Qt::ISODate);
            } else {
                cell->type = Cell::Type::Number;
                cell->value = number;
                cell->text = numberText(number);
            }
            return true;
        }
    }
    if (cell->text.isEmpty()) {
        return false;
    }
    cell->type = Cell::Type::Text;
    cell->value = cell->text;
    return true;
}

} // namespace

bool parseWorksheet(const QByteArray &xml, const SheetContext &context, std::map<int, SheetRow> *rows,
                    QList<CellRange> *merges, QString *error)
{
    QXmlStreamReader reader(xml);
    int rowNumber = 0;
    int column = 0;
    SheetRow *row = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        const QStringView name = reader.name();
        if (name == QLatin1String("row")) {
            // r is optional: without it a row follows the one before.
            const int r = attribute(reader, QLatin1String("r")).toInt();
            rowNumber = r > 0 && r <= maxRow ? r : std::min(rowNumber + 1, maxRow);
            column = 0;
            row = nullptr;
        } else if (name == QLatin1String("c")) {
            Cell cell;
            const CellRange at = CellRange::fromString(attribute(reader, QLatin1String("r")));
            cell.row = at.isValid() ? at.firstRow : std::max(rowNumber, 1);
            cell.column = at.isValid() ? at.firstColumn : column + 1;
            column = cell.column;
            RawCell raw;
            const QString type = attribute(reader, QLatin1String("t")).toString();
            raw.type = type;
            raw.style = attribute(reader, QLatin1String("s")).toInt();
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("v")) {
                    raw.value = reader.readElementText();
                    raw.hasValue = true;
                } else if (reader.name() == QLatin1String("is")) {
                    raw.inline_ = readRichText(reader);
                } else {
                    reader.skipCurrentElement(); // <f>: the cached <v> is the value
                }
            }
            if (reader.hasError()) {
                break;
            }
            if (!makeCell(raw, context, &cell, error)) {
                if (!error->isEmpty()) {
                    return false;
                }
                continue;
            }
            if (!row || row->number != cell.row) {
                row = &(*rows)[cell.row];
                row->number = cell.row;
            }
            // Producers write cells in column order; a stray one is put in its place.
            const auto pos = std::upper_bound(row->cells.begin(), row->cells.end(), cell.column,
                                              [](int col, const Cell &c) { return col < c.column; });
            row->cells.insert(pos, std::move(cell));
        } else if (name == QLatin1String("mergeCell")) {
            const CellRange range = CellRange::fromString(attribute(reader, QLatin1String("ref")));
            if (range.isValid()) {
                merges->append(range);
            }
        }
    }
    if (reader.hasError()) {
        *error = xmlError(reader);
        return false;
    }
    return true;
}

bool fillMergedCells(const QList<CellRange> &merges, std::map<int, SheetRow> *rows)
{
    qsizetype filled = 0;
    for (const CellRange &range : merges) {
        const auto top = rows->find(range.firstRow);
        const Cell *source = top == rows->end() ? nullptr : top->second.cell(range.firstColumn);
        if (!source) {
            continue;
        }
        const Cell copy = *source;
        // Only rows with cells of their own: a row that holds nothing but the continuation of a
        // merge is blank to the user, and creating them let a 1.5 kB sheet make a million rows.
        for (auto it = rows->upper_bound(range.firstRow); it != rows->end() && it->first <= range.lastRow; ++it) {
            if (++filled > maxFilledCells) {
                return false;
            }
            SheetRow &row = it->second;
            if (row.cell(copy.column)) {
                continue;
            }
            Cell cell = copy;
            cell.row = it->first;
            cell.fromMerge = true;
            const auto pos = std::upper_bound(row.cells.begin(), row.cells.end(), cell.column,
                                              [](int col, const Cell &c) { return col < c.column; });
            row.cells.insert(pos, std::move(cell));
        }
    }
    return true;
}

} // namespace dew::models::xlsx
