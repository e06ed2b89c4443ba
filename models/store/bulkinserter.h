// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordrepository.h"

#include <QSet>

struct sqlite3;
struct sqlite3_stmt;

namespace dew::models {

// Answers the reference checks of validation from what it has already seen exist: a large
// import names the same few organisations on every row.
class RememberedReferences final : public ReferenceLookup
{
public:
    explicit RememberedReferences(const RecordRepository &records) : m_records(records) {}

    bool organisationExists(const QString &id) const override;
    bool systemExists(const QString &id) const override;
    bool resourceExists(const QString &id) const override;
    bool applicationExists(const QString &id) const override;

private:
    bool remembered(QSet<QString> &known, const QString &id,
                    bool (RecordRepository::*exists)(const QString &) const) const;

    const RecordRepository &m_records;
    mutable QSet<QString> m_organisations;
    mutable QSet<QString> m_systems;
    mutable QSet<QString> m_applications;
    mutable QSet<QString> m_resources;
};

// Creates many records of one entity (not data items) inside the caller's transaction with the
// same rules, stamps, search text and outbox entries as RecordRepository::create, but through
// statements prepared once on the sqlite3 handle, the search text computed from the record in
// memory, and the uniqueness of the business key left to its UNIQUE index. A failed row leaves
// nothing of itself only if the caller rolls back: an import does, as a whole.
//
// The search text is staged in a temporary table and moved into the index by finish() in one
// statement: FTS5 writes its pending terms to disk at the end of every statement that opens a
// statement journal, so one search row per statement costs a segment flush per row.
class BulkInserter
{
public:
    BulkInserter(const Workspace &workspace, Entity entity);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    WriteResult create(const Actor &actor, Record record);
    // Indexes the staged search text; call before anything reads or refreshes these records' search rows.
    bool finish(QString *error);

private:
    bool insertRow(const Record &record, QString *error);
    bool insertSearchText(const Record &record, QString *error);
    bool appendOutbox(const Record &record, const QByteArray &changes, QString *error);
    bool step(sqlite3_stmt *statement, QString *error);

    sqlite3 *m_db;
    const EntitySchema &m_schema;
    RecordRepository m_records;
    RememberedReferences m_references;
    QList<const char *> m_fieldsByName; // the order of the keys in an outbox entry, as QJsonObject has them
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_search = nullptr; // into the staging table
    sqlite3_stmt *m_outbox = nullptr;
    int m_lastResult = 0; // of the last step, for telling a key clash from other failures
};

} // namespace dew::models
