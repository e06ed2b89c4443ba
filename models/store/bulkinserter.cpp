// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinserter.h"

#include "domain/uuid7.h"
#include "logging.h"
#include "recordlookup.h"
#include "searchindex.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <sqlite3.h>

namespace dew::models {
namespace {

sqlite3_stmt *prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare a bulk statement:" << sqlite3_errmsg(db);
    }
    return statement;
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * sizeof(char16_t)),
                               SQLITE_TRANSIENT);
}

FieldErrors storageFailure(const QString &detail)
{
    qCWarning(lcStore).noquote() << "bulk write failed:" << detail;
    return {FieldError{
        QString(),
        QCoreApplication::translate("dew::models::RecordRepository", "The change could not be saved: %1").arg(detail)}};
}

void appendJsonString(QByteArray &json, const QString &text)
{
    json += '"';
    qsizetype plain = 0; // where the run not yet written starts
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u != u'"' && u != u'\\' && u >= 0x20) {
            continue;
        }
        json += QStringView(text).sliced(plain, i - plain).toUtf8();
        if (u < 0x20) {
            json += "\\u00";
            json += "0123456789abcdef"[u >> 4];
            json += "0123456789abcdef"[u & 0xf];
        } else {
            json += '\\';
            json += static_cast<char>(u);
        }
        plain = i + 1;
    }
    json += QStringView(text).sliced(plain).toUtf8();
    json += '"';
}

void appendJsonValue(QByteArray &json, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        json += value.toBool() ? "true" : "false";
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        json += QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Double:
        json += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    default:
        appendJsonString(json, value.toString());
    }
}

// The outbox changes of a new record, as RecordRepository::changesBetween(schema, {}, record) has
// them ({field: {"new": v, "old": null}} for each field with a value), written straight to text:
// QJsonObject costs more per row than the row's insert.
QByteArray creationChanges(const QList<const char *> &fieldsByName, const Record &record)
{
    QByteArray json;
    json.reserve(1024);
    json += '{';
    for (const char *name : fieldsByName) {
        const QVariant value = record.values.value(QLatin1String(name));
        if (value.isNull()) {
            continue;
        }
        if (json.size() > 1) {
            json += ',';
        }
        json += '"';
        json += name;
        json += "\":{\"new\":";
        appendJsonValue(json, value);
        json += ",\"old\":null}";
    }
    json += '}';
    return json;
}

} // namespace

bool RememberedReferences::remembered(QSet<QString> &known, const QString &id,
                                      bool (RecordRepository::*exists)(const QString &) const) const
{
    if (known.contains(id)) {
        return true;
    }
    const bool found = (m_records.*exists)(id);
    if (found) {
        known.insert(id); // only hits are kept: a record added later must still be found
    }
    return found;
}

bool RememberedReferences::organisationExists(const QString &id) const
{
    return remembered(m_organisations, id, &RecordRepository::organisationExists);
}

bool RememberedReferences::systemExists(const QString &id) const
{
    return remembered(m_systems, id, &RecordRepository::systemExists);
}

bool RememberedReferences::resourceExists(const QString &id) const
{
    return remembered(m_resources, id, &RecordRepository::resourceExists);
}

bool RememberedReferences::applicationExists(const QString &id) const
{
    return remembered(m_applications, id, &RecordRepository::applicationExists);
}

BulkInserter::BulkInserter(const Workspace &workspace, Entity entity)
    : m_db(workspace.handle()), m_schema(schemaOf(entity)), m_records(workspace, entity), m_references(m_records)
{
    Q_ASSERT(entity != Entity::DataItem); // items take their owner and position from their resource
    const QByteArray table(m_schema.table);
    QByteArray columns = "id, version, created_at, updated_at, updated_by, deleted";
    QByteArray placeholders = "?, ?, ?, ?, ?, ?";
    for (const FieldSpec &spec : m_schema.fields) {
        columns += ", " + QByteArray(spec.name);
        placeholders += ", ?";
    }
    for (const FieldSpec &spec : m_schema.fields) {
        m_fieldsByName.append(spec.name);
    }
    std::sort(m_fieldsByName.begin(), m_fieldsByName.end(),
              [](const char *a, const char *b) { return qstrcmp(a, b) < 0; });
    m_insert = prepare(m_db, "INSERT INTO " + table + "(" + columns + ") VALUES (" + placeholders + ")");
    if (m_schema.searchable) {
        sqlite3_exec(m_db, "CREATE TEMP TABLE IF NOT EXISTS dew_staged_search(rid INTEGER PRIMARY KEY, body TEXT)",
                     nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "DELETE FROM temp.dew_staged_search", nullptr, nullptr, nullptr);
        m_search = prepare(m_db, "INSERT INTO temp.dew_staged_search(rid, body) VALUES (?, ?)");
    }
    m_outbox = prepare(m_db, "INSERT INTO outbox(mutation_id, table_name, record_id, op, changes, base_version, "
                             "expected_state, actor, created_at) VALUES (?, ?, ?, 'create', ?, 0, NULL, ?, ?)");
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_search);
    sqlite3_finalize(m_outbox);
}

WriteResult BulkInserter::create(const Actor &actor, Record record)
{
    RecordRepository::completeNew(m_schema, record);
    if (const Permission allowed = m_records.permission(actor, RecordAction::Create, record); !allowed) {
        return {record.id, {FieldError{QString(), allowed.reason}}};
    }
    deriveFields(m_schema.entity, record);
    if (FieldErrors errors = validate(m_schema.entity, record, &m_references); !errors.isEmpty()) {
        return {record.id, errors};
    }
    const QByteArray changes = creationChanges(m_fieldsByName, record);
    record.updatedAt = record.createdAt;
    record.updatedBy = actor.userId;
    QString error;
    if (!insertRow(record, &error)) {
        // The UNIQUE index refused the key: say so as a single write would.
        if ((m_lastResult & 0xff) == SQLITE_CONSTRAINT) {
            if (FieldErrors clash = m_records.checkUnique(record); !clash.isEmpty()) {
                return {record.id, clash};
            }
        }
        return {record.id, storageFailure(error)};
    }
    if (!insertSearchText(record, &error) || !appendOutbox(record, changes, &error)) {
        return {record.id, storageFailure(error)};
    }
    return {record.id, {}};
}

bool BulkInserter::finish(QString *error)
{
    if (!m_schema.searchable) {
        return true;
    }
    const QByteArray sql = "INSERT INTO " + QByteArray(m_schema.table) +
                           "_search(rid, body) SELECT rid, body FROM temp.dew_staged_search ORDER BY rid; "
                           "DELETE FROM temp.dew_staged_search;";
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool BulkInserter::step(sqlite3_stmt *statement, QString *error)
{
    m_lastResult = statement ? sqlite3_step(statement) : SQLITE_MISUSE;
    const bool done = m_lastResult == SQLITE_DONE;
    if (!done) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    if (statement) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    return done;
}

bool BulkInserter::insertRow(const Record &record, QString *error)
{
    bindText(m_insert, 1, record.id);
    sqlite3_bind_int64(m_insert, 2, record.version);
    bindText(m_insert, 3, record.createdAt);
    bindText(m_insert, 4, record.updatedAt);
    bindText(m_insert, 5, record.updatedBy);
    sqlite3_bind_int(m_insert, 6, record.deleted ? 1 : 0);
    int index = 7;
    for (const FieldSpec &spec : m_schema.fields) {
        bindValue(m_insert, index++, record.values.value(QString::fromLatin1(spec.name)));
    }
    return step(m_insert, error);
}

bool BulkInserter::insertSearchText(const Record &record, QString *error)
{
    if (!m_schema.searchable) {
        return true;
    }
    // What SearchIndex::refresh would read back from the row; a new record has no items yet.
    const QString body = SearchIndex::bodyOf({record.text(QStringLiteral("code")), record.text(QStringLiteral("name")),
                                              record.text(QStringLiteral("summary"))});
    sqlite3_bind_int64(m_search, 1, sqlite3_last_insert_rowid(m_db));
    bindText(m_search, 2, body);
    return step(m_search, error);
}

bool BulkInserter::appendOutbox(const Record &record, const QByteArray &changes, QString *error)
{
    bindText(m_outbox, 1, newUuidV7());
    bindText(m_outbox, 2, QString::fromLatin1(m_schema.table));
    bindText(m_outbox, 3, record.id);
    sqlite3_bind_text(m_outbox, 4, changes.constData(), static_cast<int>(changes.size()), SQLITE_TRANSIENT);
    bindText(m_outbox, 5, record.updatedBy);
    bindText(m_outbox, 6, record.updatedAt);
    return step(m_outbox, error);
}

} // namespace dew::models
