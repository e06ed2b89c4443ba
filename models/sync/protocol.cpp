// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "domain/schema.h"
#include "store/recordrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

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
    if (!command.isEmpty()) {
        json.insert(QStringLiteral("command"), command);
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
            str(json, "conflict_id"),
            json.value(QLatin1String("command")).toObject()};
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
    struct Line
    {
        QByteArray id;
        qint64 version;
        bool deleted;
    };
    std::vector<Line> lines;
};

DigestBuilder::DigestBuilder() : m_state(new State) {}

DigestBuilder::~DigestBuilder()
{
    delete m_state;
}

void DigestBuilder::add(const QString &id, qint64 version, bool deleted)
{
    m_state->lines.push_back({id.toUtf8(), version, deleted});
}

TableDigest DigestBuilder::finish()
{
    std::vector<State::Line> &lines = m_state->lines;
    std::sort(lines.begin(), lines.end(), [](const State::Line &a, const State::Line &b) { return a.id < b.id; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const State::Line &line : lines) {
        hash.addData(line.id);
        hash.addData(QByteArrayView(" "));
        hash.addData(QByteArray::number(line.version));
        hash.addData(line.deleted ? QByteArrayView(" 1\n") : QByteArrayView(" 0\n"));
    }
    return {static_cast<qint64>(lines.size()), QString::fromLatin1(hash.result().toHex())};
}

QJsonValue canonicalJson(const FieldSpec &spec, const QVariant &value)
{
    const QVariant canonical = RecordRepository::canonical(spec, value);
    return canonical.isNull() ? QJsonValue() : QJsonValue::fromVariant(canonical);
}

QString encodeJsonValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeJsonValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

const QStringList &syncedTables()
{
    static const QStringList tables = [] {
        QStringList names;
        for (Entity entity : entities()) {
            names << QString::fromLatin1(schemaOf(entity).table);
        }
        return names;
    }();
    return tables;
}

QStringList syncedFields(const QString &table)
{
    QStringList fields;
    if (const std::optional<Entity> entity = entityOfTable(table)) {
        for (const FieldSpec &spec : schemaOf(*entity).fields) {
            fields << QString::fromLatin1(spec.name);
        }
    }
    return fields;
}

} // namespace dew::models::sync
