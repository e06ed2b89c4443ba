// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedrows.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dew::models {

// One prepared statement, bound in column order and reused for every row: the SQLite C API
// stores rows about three times faster than QSqlQuery (TOOLCHAIN.md).
class SeedStatement
{
public:
    SeedStatement(sqlite3 *db, const char *sql);
    ~SeedStatement();
    SeedStatement(const SeedStatement &) = delete;
    SeedStatement &operator=(const SeedStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Null strings and null pointers are stored as NULL. Text is kept alive until run() rather
    // than copied by SQLite: millions of rows are bound.
    SeedStatement &text(const QString &value);
    SeedStatement &text(const QByteArray &utf8);
    SeedStatement &literal(const char *utf8); // a string that lives for the whole program
    SeedStatement &integer(qint64 value);
    SeedStatement &real(double value);
    SeedStatement &null();
    // Steps once and makes the statement ready for the next row.
    bool run();

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_position = 0;
    std::vector<QByteArray> m_bound;
};

// Stores the demo city's rows exactly as RecordRepository would (same columns, canonical
// values, the search index of each record), as a baseline: version 0 and no outbox entries.
class SeedWriter
{
public:
    explicit SeedWriter(sqlite3 *db);
    ~SeedWriter();

    bool prepare();
    bool insertRegion(const SeedRegion &region, const QString &stamp);
    bool insertOrganisation(const SeedOrganisation &organisation, const QString &stamp);
    bool insertSystem(const SystemRow &system);
    bool insertResource(const ResourceRow &resource);
    bool setMeta(const QString &key, const QString &value);
    QString lastError() const;

private:
    sqlite3 *m_db;
    std::unique_ptr<SeedStatement> m_region;
    std::unique_ptr<SeedStatement> m_organisation;
    std::unique_ptr<SeedStatement> m_system;
    std::unique_ptr<SeedStatement> m_systemSearch;
    std::unique_ptr<SeedStatement> m_resource;
    std::unique_ptr<SeedStatement> m_item;
    std::unique_ptr<SeedStatement> m_resourceSearch;
    std::unique_ptr<SeedStatement> m_meta;
};

} // namespace dew::models
