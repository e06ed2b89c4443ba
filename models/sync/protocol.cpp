// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "domain/schema.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace dew::models::sync {
namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger();
}

} // namespace

QJsonObject Mutation::toJson() const
{
    QJsonObject json{{QStringLiteral("mutation_id"), mutationId},
                     {QStringLiteral("client_seq"), clientSeq},
                     {QStringLiteral("table"), table},
                     {QStringLiteral("record_id"), recordId},
                     {QStringLiteral("op"), op},
                     {QStringLiteral("changes"), changes},
                     {QStringLiteral("base_version"), baseVersion}};
    if (!expectedState.isEmpty()) {
        json.insert(QStringLiteral("expected_state"), expectedState);
    }
    if (!conflictId.isEmpty()) {
        json.insert(QStringLiteral("conflict_id"), conflictId);
    }
    return json;
}

Mutation Mutation::fromJson(const QJsonObject &json)
{
    return {str(json, "mutation_id"),
            integer(json, "client_seq"),
            str(json, "table"),
            str(json, "record_id"),
            str(json, "op"),
            json.value(QLatin1String("changes")).toObject(),
            integer(json, "base_version"),
            str(json, "expected_state"),
            str(json, "conflict_id")};
}

QString statusCode(MutationStatus status)
{
    switch (status) {
    case MutationStatus::Applied:
        return QStringLiteral("applied");
    case MutationStatus::Duplicate:
        return QStringLiteral("duplicate");
    case MutationStatus::Conflict:
        return QStringLiteral("conflict");
    case MutationStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

MutationStatus statusFromCode(const QString &code)
{
    for (MutationStatus status : {MutationStatus::Applied, MutationStatus::Duplicate, MutationStatus::Conflict}) {
        if (statusCode(status) == code) {
            return status;
        }
    }
    return MutationStatus::Rejected;
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject json{{QStringLiteral("mutation_id"), mutationId},
                     {QStringLiteral("status"), statusCode(status)},
                     {QStringLiteral("version"), version}};
    if (!reason.isEmpty()) {
        json.insert(QStringLiteral("reason"), reason);
    }
    if (!conflictIds.isEmpty()) {
        json.insert(QStringLiteral("conflict_ids"), QJsonArray::fromStringList(conflictIds));
    }
    return json;
}

MutationResult MutationResult::fromJson(const QJsonObject &json)
{
    QStringList conflicts;
    for (const QJsonValue &id : json.value(QLatin1String("conflict_ids")).toArray()) {
        conflicts << id.toString();
    }
    return {str(json, "mutation_id"), statusFromCode(str(json, "status")), integer(json, "version"),
            str(json, "reason"), conflicts};
}

QJsonObject ChangeRow::toJson() const
{
    QJsonObject json{
        {QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("version"), version}};
    if (evicted) {
        json.insert(QStringLiteral("evicted"), true);
        return json;
    }
    json.insert(QStringLiteral("deleted"), deleted);
    json.insert(QStringLiteral("created_at"), createdAt);
    json.insert(QStringLiteral("updated_at"), updatedAt);
    json.insert(QStringLiteral("updated_by"), updatedBy);
    json.insert(QStringLiteral("values"), values);
    return json;
}

ChangeRow ChangeRow::fromJson(const QJsonObject &json)
{
    return {str(json, "table"),
            str(json, "id"),
            integer(json, "version"),
            json.value(QLatin1String("deleted")).toBool(),
            json.value(QLatin1String("evicted")).toBool(),
            str(json, "created_at"),
            str(json, "updated_at"),
            str(json, "updated_by"),
            json.value(QLatin1String("values")).toObject()};
}

struct DigestBuilder::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 count = 0;
};

DigestBuilder::DigestBuilder() : m_state(new State) {}

DigestBuilder::~DigestBuilder()
{
    delete m_state;
}

void DigestBuilder::add(const QString &id, qint64 version, bool deleted)
{
    m_state->hash.addData(id.toUtf8());
    m_state->hash.addData(QByteArrayView(" "));
    m_state->hash.addData(QByteArray::number(version));
    m_state->hash.addData(deleted ? QByteArrayView(" 1\n") : QByteArrayView(" 0\n"));
    ++m_state->count;
}

TableDigest DigestBuilder::finish()
{
    return {m_state->count, QString::fromLatin1(m_state->hash.result().toHex())};
}

const QStringList &syncedTables()
{
    static const QStringList tables{QStringLiteral("region"), QStringLiteral("organisation"),
                                    QStringLiteral("information_system"), QStringLiteral("data_resource"),
                                    QStringLiteral("data_item")};
    return tables;
}

QStringList syncedFields(const QString &table)
{
    for (Entity entity :
         {Entity::Region, Entity::Organisation, Entity::InformationSystem, Entity::DataResource, Entity::DataItem}) {
        const EntitySchema &schema = schemaOf(entity);
        if (table == QLatin1String(schema.table)) {
            QStringList fields;
            for (const FieldSpec &spec : schema.fields) {
                fields << QString::fromLatin1(spec.name);
            }
            return fields;
        }
    }
    return {};
}

} // namespace dew::models::sync
