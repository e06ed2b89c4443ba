// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlookup.h"

#include "logging.h"
#include "recordrepository.h"
#include "workspace.h"

#include <sqlite3.h>

namespace dew::models {

QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL:
        return {};
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
    }
    }
}

int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return sqlite3_bind_null(statement, index);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT);
    }
    }
}

RecordLookup::RecordLookup(const Workspace &workspace, Entity entity) : m_schema(schemaOf(entity))
{
    QByteArray sql = "SELECT id, version, created_at, updated_at, updated_by, deleted";
    for (const FieldSpec &spec : m_schema.fields) {
        sql += ", " + QByteArray(spec.name);
    }
    sql += " FROM " + QByteArray(m_schema.table) + " WHERE " + QByteArray(m_schema.businessKey) + " = ?";
    if (sqlite3_prepare_v3(workspace.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_byKey, nullptr) !=
        SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare a lookup:" << sqlite3_errmsg(workspace.handle());
    }
}

RecordLookup::~RecordLookup()
{
    sqlite3_finalize(m_byKey);
}

std::optional<Record> RecordLookup::findByKey(const QString &businessKey) const
{
    if (!m_byKey) {
        return std::nullopt;
    }
    bindValue(m_byKey, 1, businessKey);
    std::optional<Record> found;
    if (sqlite3_step(m_byKey) == SQLITE_ROW) {
        Record record;
        record.id = columnValue(m_byKey, 0).toString();
        record.version = sqlite3_column_int64(m_byKey, 1);
        record.createdAt = columnValue(m_byKey, 2).toString();
        record.updatedAt = columnValue(m_byKey, 3).toString();
        record.updatedBy = columnValue(m_byKey, 4).toString();
        record.deleted = sqlite3_column_int(m_byKey, 5) != 0;
        int column = 6;
        for (const FieldSpec &spec : m_schema.fields) {
            record.values.insert(QString::fromLatin1(spec.name),
                                 RecordRepository::canonical(spec, columnValue(m_byKey, column++)));
        }
        found = std::move(record);
    }
    sqlite3_reset(m_byKey);
    sqlite3_clear_bindings(m_byKey);
    return found;
}

} // namespace dew::models
