// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelayout.h"

#include "io/spreadsheetreader.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

// findHeaderRow() looks at the first 20 rows; what follows the header gives the samples.
constexpr qsizetype rowsToRead = 40;

QList<SourceColumn> sourceColumns(const QList<SheetRow> &rows, const ColumnMapping &mapping, int sampleCount)
{
    QList<SourceColumn> columns;
    for (const int column : mapping.headerColumns()) {
        SourceColumn source{column, mapping.header(column), {}};
        for (const SheetRow &row : rows) {
            if (source.samples.size() >= sampleCount) {
                break;
            }
            const QString text = trimmedCellText(row.text(column));
            if (row.number > mapping.headerRow() && !text.isEmpty() && !source.samples.contains(text)) {
                source.samples.append(text);
            }
        }
        columns.append(source);
    }
    return columns;
}

} // namespace

bool readFileLayout(const QString &path, FileLayout *layout, QString *error, int sampleCount)
{
    SpreadsheetReader reader;
    if (!reader.open(path)) {
        *error = reader.errorString();
        return false;
    }
    layout->fileName = reader.fileName();
    layout->encoding = reader.encodingName();
    const QStringList names = reader.sheetNames();
    for (int index = 0; index < names.size(); ++index) {
        QList<SheetRow> rows;
        const bool read = reader.readSheet(index, [&rows](const SheetRow &row) {
            rows.append(row);
            return rows.size() < rowsToRead;
        });
        if (!read) {
            *error = reader.errorString();
            return false;
        }
        const std::optional<HeaderDetection> header = findHeaderRow(rows, sheetKindFromName(names.at(index)));
        if (header) {
            layout->sheets.append(
                {names.at(index), header->mapping, sourceColumns(rows, header->mapping, sampleCount)});
        }
    }
    if (layout->sheets.isEmpty()) {
        *error = QCoreApplication::translate("dew::models::FileImport",
                                             "%1 holds no sheet in the layout of the unified-list template.")
                     .arg(layout->fileName);
        return false;
    }
    return true;
}

} // namespace dew::models
