// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "domain/schema.h"

#include <optional>

struct sqlite3_stmt;

namespace dew::models {

class Workspace;

// Finds records of one entity by business key through one statement prepared on the connection's
// sqlite3 handle: the dry run of a large import asks once per row, and QtSql would prepare the
// query anew each time. Records come back as RecordRepository::find gives them (canonical values).
class RecordLookup
{
public:
    RecordLookup(const Workspace &workspace, Entity entity);
    ~RecordLookup();
    RecordLookup(const RecordLookup &) = delete;
    RecordLookup &operator=(const RecordLookup &) = delete;

    std::optional<Record> findByKey(const QString &businessKey) const;

private:
    const EntitySchema &m_schema;
    sqlite3_stmt *m_byKey = nullptr;
};

// A column of the current row of a statement, as the QtSql driver would give it.
QVariant columnValue(sqlite3_stmt *statement, int column);
// Binds a value as the QtSql driver would: bools and integers as integers, null as NULL, the rest as text.
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value);

} // namespace dew::models
