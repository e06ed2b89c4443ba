// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes through CsvReader::readData, the parser every CSV import uses.
#include "io/csvreader.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

using dew::models::CsvReader;
using dew::models::SheetRow;

namespace {
// Keeps the reads of every cell from being optimised away.
volatile qsizetype sink = 0;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CsvReader reader(QStringLiteral("fuzz.csv"));
    int lastRow = 0;
    qsizetype characters = 0;
    const bool read = reader.readData(QByteArrayView(data, qsizetype(size)), [&](const SheetRow &row) {
        // What the importer relies on; a break here is a bug even without a sanitizer report.
        if (row.number <= lastRow || row.cells.isEmpty()) {
            std::abort();
        }
        lastRow = row.number;
        int lastColumn = 0;
        for (const auto &cell : row.cells) {
            if (cell.row != row.number || cell.column <= lastColumn || cell.text.isEmpty()) {
                std::abort();
            }
            lastColumn = cell.column;
            characters += cell.text.size();
        }
        return true;
    });
    if (!read && reader.errorString().isEmpty()) {
        std::abort(); // every refusal must tell the user why
    }
    characters += reader.delimiter().unicode();
    sink = characters;
    return 0;
}
