// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The wire types of sync protocol /v1 (DESIGN.md §5), shared by the desktop and dew-server so
// that both read and write exactly the same JSON.
namespace dew::models {
struct FieldSpec;
}

namespace dew::models::sync {

// One local edit, as the outbox holds it and as a push carries it.
struct Mutation
{
    QString mutationId; // UUIDv7, unique forever
    qint64 clientSeq = 0;
    QString table;
    QString recordId;
    QString op;          // create, update, delete, restore, transition
    QJsonObject changes; // {field: {"old": v, "new": v}}
    qint64 baseVersion = 0;
    QString expectedState; // transitions only: the state the record must still be in
    QString conflictId;    // resolutions only: the conflict this settles
    // Transitions of an application: the ApplicationCommand (action, opinion, override), which
    // dew-server executes against the state it holds.
    QJsonObject command;

    QJsonObject toJson() const;
    static Mutation fromJson(const QJsonObject &json);
};

enum class MutationStatus { Applied, Duplicate, Conflict, Rejected };

QString statusCode(MutationStatus status);
MutationStatus statusFromCode(const QString &code);

// The server's explicit answer to one mutation; only such an answer lets an outbox entry go.
struct MutationResult
{
    QString mutationId;
    MutationStatus status = MutationStatus::Rejected;
    qint64 version = 0;      // the record's version after the mutation (applied / conflict)
    QString reason;          // rejected: why, in words a user can act on
    QStringList conflictIds; // conflict: the open conflicts this mutation joined or opened

    QJsonObject toJson() const;
    static MutationResult fromJson(const QJsonObject &json);
};

// One row of a pull page or a snapshot: the record as the server holds it now. A row the
// puller may no longer hold comes as `evicted` with its id only.
struct ChangeRow
{
    QString table;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    bool evicted = false;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    QJsonObject values; // business fields by column name, owner_org among them

    QJsonObject toJson() const;
    static ChangeRow fromJson(const QJsonObject &json);
};

// A table's digest over what one user may hold (invariant 9).
struct TableDigest
{
    qint64 count = 0;
    QString hash; // hex SHA-256 of the sorted "id version deleted" lines

    bool operator==(const TableDigest &) const = default;
};

// Accumulates digest lines in any order; finish() sorts them by id byte-wise, so that neither
// side's database collation can make the two digests differ.
class DigestBuilder
{
public:
    DigestBuilder();
    ~DigestBuilder();
    DigestBuilder(const DigestBuilder &) = delete;
    DigestBuilder &operator=(const DigestBuilder &) = delete;

    void add(const QString &id, qint64 version, bool deleted);
    TableDigest finish();

private:
    struct State;
    State *m_state;
};

// A field's value in the form both sides compare, store and send: trimmed text or null, integers,
// reals, booleans (RecordRepository::canonical), so that "" and null, or 5 and 5.0, are one value.
QJsonValue canonicalJson(const FieldSpec &spec, const QVariant &value);

// A single JSON value (a conflict's base, server value, a choice) as stored text and back: it is
// wrapped in an array, since a bare scalar is not a JSON document.
QString encodeJsonValue(const QJsonValue &value);
QJsonValue decodeJsonValue(const QString &text);

// The tables that sync carries, in the order a snapshot fills them (parents before children).
const QStringList &syncedTables();

// The fields of a synced table that a push may set, by storage column (bookkeeping excluded).
QStringList syncedFields(const QString &table);

} // namespace dew::models::sync
