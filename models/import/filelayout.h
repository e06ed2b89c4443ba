// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/headermapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dew::models {

// A column of a sheet as the column-mapping step shows it: its header and what lies under it.
struct SourceColumn
{
    int column = 0;
    QString header;
    QStringList samples; // the first few distinct values under the header
};

struct SheetLayout
{
    QString sheetName;
    ColumnMapping recognised;    // by header name (columnlayout.h)
    QList<SourceColumn> columns; // every column with a header, in order
};

// What a file holds before it is planned: its sheets in a template layout, each with the mapping
// recognised from its header row. Only the top of each sheet is read, so this is quick for a file
// of any size; the dry run reads the file again.
struct FileLayout
{
    QString fileName;
    QString encoding; // CSV: what the bytes were read as
    QList<SheetLayout> sheets;
};

// False with *error when the file cannot be read or holds no sheet in a template layout.
bool readFileLayout(const QString &path, FileLayout *layout, QString *error, int sampleCount = 3);

} // namespace dew::models
