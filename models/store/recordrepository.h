// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/record.h"
#include "domain/schema.h"
#include "domain/validation.h"
#include "workflow/recordrules.h"

#include <QJsonObject>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace dew::models {

class Workspace;

struct NamedRecord
{
    QString id;
    QString name;
};

struct WriteResult
{
    QString id;
    FieldErrors errors; // a refusal or what failed validation; empty on success

    bool ok() const { return errors.isEmpty(); }
};

// Reads and writes the records of one entity. Every write checks the role rules and the
// validation rules, stamps the record, keeps the search index current and appends its outbox
// entry, all in one transaction: a write that fails leaves neither the row nor the entry.
class RecordRepository final : public ReferenceLookup
{
public:
    RecordRepository(const Workspace &workspace, Entity entity);

    Entity entity() const { return m_schema.entity; }
    const EntitySchema &schema() const { return m_schema; }

    std::optional<Record> find(const QString &id) const;
    std::optional<Record> findByKey(const QString &businessKey) const;
    // The live record with this key: served by the live-key index where the table has one
    // (findByKey, which also finds deleted rows, scans a million resources).
    std::optional<Record> findLiveByKey(const QString &businessKey) const;
    // The live data items of a resource, in position order.
    QList<Record> itemsOf(const QString &resourceId) const;
    // The live children of a parent record (this entity being a child one), in the order stored.
    QList<Record> childrenOf(const QString &parentId) const;
    qint64 count() const; // live (not deleted) records
    // Live records' ids and names, by name; for choosers. Optionally of one owner only.
    QList<NamedRecord> names(const QString &ownerOrg = {}) const;

    WriteResult create(const Actor &actor, Record record);
    WriteResult update(const Actor &actor, const QString &id, const QVariantMap &changes);
    WriteResult remove(const Actor &actor, const QString &id);
    WriteResult restore(const Actor &actor, const QString &id);
    // Retire, reactivate and the lifecycle transitions.
    WriteResult perform(const Actor &actor, const QString &id, RecordAction action);
    // An application's transition, already allowed by the workflow (ApplicationDesk): the state
    // and its bookkeeping are written, and the outbox entry carries the command.
    WriteResult transition(const Actor &actor, const Record &before, const Record &after, const QJsonObject &command);

    // What the rules allow this actor on this record (for items: on their resource).
    Permission permission(const Actor &actor, RecordAction action, const Record &record) const;

    bool organisationExists(const QString &id) const override;
    bool systemExists(const QString &id) const override;
    bool resourceExists(const QString &id) const override;
    bool applicationExists(const QString &id) const override;

    // Canonical in-memory and storage form of a field value: trimmed text or null, integers,
    // reals, booleans. Diffs compare canonical values, so "" and NULL are the same.
    static QVariant canonical(const FieldSpec &spec, const QVariant &value);
    // What an outbox entry records of a write: {field: {"old": v, "new": v}} for each field that changed.
    static QJsonObject changesBetween(const EntitySchema &schema, const Record &before, const Record &after);
    // A new record as create() stores it: canonical values, a draft lifecycle, a fresh id and stamp.
    static void completeNew(const EntitySchema &schema, Record &record);
    // Why another record's business key clashes with this one's; empty when none does.
    FieldErrors checkUnique(const Record &record) const;

private:
    WriteResult write(const Actor &actor, const Record &before, Record after, const QString &op,
                      const QString &expectedState, const QJsonObject &command = {});
    bool insertRow(const Record &record, QString *error) const;
    bool updateRow(const Record &record, const QStringList &fields, QString *error) const;
    std::optional<Record> findWhere(const QString &column, const QVariant &value) const;
    std::optional<Record> parentOf(const Record &child) const; // the record a child belongs to
    bool exists(const char *table, const QString &id) const;

    const Workspace &m_workspace;
    const EntitySchema &m_schema;
};

} // namespace dew::models
