// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes opened as an .xlsx from memory, as a download or the clipboard
// is, then every sheet read: libzip, the part-size cap and each QXmlStreamReader part parser.
#include "io/spreadsheetreader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using dew::models::SheetRow;
using dew::models::SpreadsheetReader;

namespace {
// Keeps the reads of every cell from being optimised away.
volatile qsizetype sink = 0;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not fromRawData: the reader keeps the bytes while open, and must own them as it does for a download.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    SpreadsheetReader reader;
    if (!reader.openData(bytes, QStringLiteral("fuzz.xlsx"))) {
        if (reader.errorString().isEmpty()) {
            std::abort(); // every refusal must tell the user why
        }
        return 0;
    }
    const qsizetype sheets = reader.sheetNames().size();
    qsizetype characters = 0;
    for (int index = 0; index < sheets; ++index) {
        characters += reader.isSheetHidden(index) ? 1 : 0;
        int lastRow = 0;
        reader.readSheet(index, [&](const SheetRow &row) {
            // Rows come in ascending order, cells in column order: the importer relies on both.
            if (row.number <= lastRow || row.cells.isEmpty()) {
                std::abort();
            }
            lastRow = row.number;
            int lastColumn = 0;
            for (const auto &cell : row.cells) {
                if (cell.row != row.number || cell.column < lastColumn || cell.column < 1) {
                    std::abort();
                }
                lastColumn = cell.column;
                characters += cell.text.size();
            }
            return true;
        });
        characters += reader.errorString().size() + reader.merges().size();
    }
    sink = characters;
    return 0;
}
