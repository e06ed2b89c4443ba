// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutationapplier.h"

#include "domain/clock.h"
#include "domain/validation.h"
#include "workflow/applicationrecord.h"
#include "workflow/recordrules.h"

#include <QCoreApplication>

namespace dew::server {
namespace {

using models::Entity;
using models::RecordAction;
using models::sync::canonicalJson;
using models::sync::Mutation;
using models::sync::MutationStatus;

const QString deletedField = QStringLiteral("deleted");

QString text(const char *source)
{
    return QCoreApplication::translate("dew::server::Push", source);
}

// Validation asks whether referenced records exist: on the server, live rows of the store.
class StoreLookup final : public models::ReferenceLookup
{
public:
    explicit StoreLookup(const RecordRows &rows) : m_rows(rows) {}
    bool organisationExists(const QString &id) const override
    {
        return m_rows.exists(QStringLiteral("organisation"), id);
    }
    bool systemExists(const QString &id) const override
    {
        return m_rows.exists(QStringLiteral("information_system"), id);
    }
    bool resourceExists(const QString &id) const override { return m_rows.exists(QStringLiteral("data_resource"), id); }
    bool applicationExists(const QString &id) const override
    {
        return m_rows.exists(QStringLiteral("authorization_application"), id);
    }

private:
    const RecordRows &m_rows;
};

QJsonValue oldOf(const QJsonValue &change)
{
    return change.toObject().value(QLatin1String("old"));
}

QJsonValue newOf(const QJsonValue &change)
{
    return change.toObject().value(QLatin1String("new"));
}

// The first field of a mutation that only workflow actions or the server set.
QString lockedFieldIn(Entity entity, const Mutation &mutation)
{
    if (models::editSetsReadOnlyField(entity)) {
        return {};
    }
    const models::EntitySchema &schema = models::schemaOf(entity);
    for (auto it = mutation.changes.begin(); it != mutation.changes.end(); ++it) {
        if (const models::FieldSpec *spec = schema.field(it.key()); spec && !spec->editable) {
            return it.key();
        }
    }
    return {};
}

} // namespace

MutationApplier::MutationApplier(QSqlDatabase db, const UserAccount &user, SeqAllocator &seqs)
    : m_db(db), m_user(user), m_seqs(seqs), m_rows(db), m_conflicts(db), m_history(db)
{
}

MutationApplier::Result MutationApplier::applied(const Mutation &mutation, qint64 version) const
{
    return {mutation.mutationId, MutationStatus::Applied, version, {}, {}};
}

MutationApplier::Result MutationApplier::deletionConflict(const Mutation &mutation, const ServerRecord &current,
                                                          const QJsonValue &competing)
{
    QString error;
    const QString id = conflictWith(mutation, current, deletedField, false, competing, &error);
    if (id.isEmpty()) {
        return rejected(mutation, error);
    }
    return {mutation.mutationId, MutationStatus::Conflict, current.version, {}, {id}};
}

MutationApplier::Result MutationApplier::rejected(const Mutation &mutation, const QString &reason) const
{
    return {mutation.mutationId, MutationStatus::Rejected, 0, reason, {}};
}

MutationApplier::Result MutationApplier::apply(const Mutation &mutation)
{
    const std::optional<Entity> entity = models::entityOfTable(mutation.table);
    if (!entity || mutation.recordId.isEmpty() || mutation.mutationId.isEmpty()) {
        return rejected(mutation,
                        text(QT_TRANSLATE_NOOP("dew::server::Push", "The change names no known table or record.")));
    }
    const QStringList fields = models::sync::syncedFields(mutation.table);
    for (auto it = mutation.changes.begin(); it != mutation.changes.end(); ++it) {
        if (!fields.contains(it.key()) && it.key() != deletedField) {
            return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push", "Unknown field: %1")).arg(it.key()));
        }
    }
    if (mutation.op == QLatin1String("create")) {
        return create(mutation, *entity);
    }
    std::optional<ServerRecord> current = m_rows.find(mutation.table, mutation.recordId);
    if (!current) {
        return rejected(mutation,
                        text(QT_TRANSLATE_NOOP("dew::server::Push", "The record does not exist on the server.")));
    }
    if (mutation.op == QLatin1String("update")) {
        return update(mutation, *entity, *current);
    }
    if (mutation.op == QLatin1String("delete")) {
        return remove(mutation, *entity, *current);
    }
    if (mutation.op == QLatin1String("restore")) {
        return restore(mutation, *entity, *current);
    }
    if (mutation.op == QLatin1String("transition")) {
        return transition(mutation, *entity, *current);
    }
    if (mutation.op == QLatin1String("resolve")) {
        return resolve(mutation, *entity, *current);
    }
    return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push", "Unknown operation: %1")).arg(mutation.op));
}

QString MutationApplier::refusal(RecordAction action, Entity entity, const ServerRecord &record) const
{
    const models::Actor actor = m_user.actor();
    if (entity == Entity::OperationAgreement) {
        const std::optional<ServerRecord> application = m_rows.find(
            QStringLiteral("authorization_application"), record.body.value(QLatin1String("application_id")).toString());
        if (!application) {
            return text(QT_TRANSLATE_NOOP("dew::server::Push", "The record it belongs to does not exist."));
        }
        const models::Permission permission =
            models::permitsAgreementOf(actor, action, record.toRecord(), application->toRecord(),
                                       models::submittersOf(reviewRecordsOf(*application)));
        return permission ? QString() : permission.reason;
    }
    if (models::writtenAsParent(entity)) {
        // Items are part of their resource, materials of their application: changing one is
        // editing the parent.
        const models::EntitySchema &schema = models::schemaOf(entity);
        const std::optional<ServerRecord> parent =
            m_rows.find(QString::fromLatin1(models::schemaOf(schema.parentEntity).table),
                        record.body.value(QLatin1String(schema.parentField)).toString());
        if (!parent || parent->deleted) {
            return text(QT_TRANSLATE_NOOP("dew::server::Push", "The record it belongs to does not exist."));
        }
        const models::Permission permission =
            models::permits(actor, RecordAction::Edit, schema.parentEntity, parent->toRecord());
        return permission ? QString() : permission.reason;
    }
    const models::Permission permission = models::permits(actor, action, entity, record.toRecord());
    return permission ? QString() : permission.reason;
}

QString MutationApplier::checkRecord(Entity entity, const ServerRecord &record) const
{
    if (record.deleted) {
        return {};
    }
    const StoreLookup lookup(m_rows);
    models::Record candidate = record.toRecord();
    const models::FieldErrors errors = models::validate(entity, candidate, &lookup);
    if (!errors.isEmpty()) {
        return models::describe(entity, errors);
    }
    const QString holder = m_rows.liveIdWithKey(record.table, RecordRows::businessKeyOf(record));
    if (!holder.isEmpty() && holder != record.id) {
        const models::EntitySchema &schema = models::schemaOf(entity);
        return text(QT_TRANSLATE_NOOP("dew::server::Push", "%1 \"%2\" is already used by another record."))
            .arg(schema.fieldLabel(QString::fromLatin1(schema.businessKey)),
                 record.body.value(QLatin1String(schema.businessKey)).toString());
    }
    return {};
}

bool MutationApplier::store(ServerRecord &record, bool insert, QString *error)
{
    const bool wasShared = record.shared;
    const bool wasClassified = record.classified;
    const QString wasOwner = record.ownerOrg;
    m_rows.deriveAudience(record);
    record.version = m_seqs.next();
    record.updatedAt = models::Clock::nowIso();
    record.updatedBy = m_user.id;
    if (!(insert ? m_rows.insert(record, error) : m_rows.update(record, error)) ||
        !m_history.append(record, m_user, error)) {
        return false;
    }
    if (insert || (wasShared == record.shared && wasClassified == record.classified && wasOwner == record.ownerOrg)) {
        return true;
    }
    // Who holds the children (items, materials, review records) changed with their parent: each
    // moves to a new seq so that pulls bring it to new holders and evict it from former ones.
    for (ServerRecord item : m_rows.childrenOf(record.id)) {
        item.ownerOrg = record.ownerOrg;
        item.shared = record.shared;
        item.classified = record.classified;
        item.version = m_seqs.next();
        if (!m_rows.update(item, error)) {
            return false;
        }
    }
    return true;
}

MutationApplier::Result MutationApplier::create(const Mutation &mutation, Entity entity)
{
    if (m_rows.find(mutation.table, mutation.recordId)) {
        return rejected(mutation,
                        text(QT_TRANSLATE_NOOP("dew::server::Push", "A record with this id already exists.")));
    }
    const models::EntitySchema &schema = models::schemaOf(entity);
    ServerRecord record;
    record.table = mutation.table;
    record.id = mutation.recordId;
    record.createdAt = models::Clock::nowIso();
    for (const models::FieldSpec &spec : schema.fields) {
        record.body.insert(QLatin1String(spec.name),
                           canonicalJson(spec, newOf(mutation.changes.value(QLatin1String(spec.name))).toVariant()));
    }
    if (entity == Entity::Application) {
        // Filed now, by this user, as a draft: the workflow bookkeeping is the server's.
        record.body.insert(QStringLiteral("state"), QStringLiteral("draft"));
        record.body.insert(QStringLiteral("state_since"), models::Clock::nowIso());
        record.body.insert(QStringLiteral("filed_by"), m_user.id);
        record.body.insert(QStringLiteral("compliance_approvals"), QJsonValue());
        record.body.insert(QStringLiteral("change_under_review"), false);
    }
    if (schema.hasLifecycle) {
        const QString state = record.body.value(QLatin1String("lifecycle")).toString();
        if (state.isEmpty()) {
            record.body.insert(QStringLiteral("lifecycle"), QStringLiteral("draft"));
        } else if (state != QLatin1String("draft") && m_user.role != models::Role::Reviewer) {
            return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push",
                                                             "A new record starts as a draft; review publishes it.")));
        }
    }
    m_rows.deriveAudience(record);
    if (const QString why = refusal(RecordAction::Create, entity, record); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    if (const QString why = checkRecord(entity, record); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    QString error;
    if (!store(record, true, &error)) {
        return rejected(mutation, error);
    }
    return applied(mutation, record.version);
}

QString MutationApplier::conflictWith(const Mutation &mutation, const ServerRecord &current, const QString &field,
                                      const QJsonValue &base, const QJsonValue &competing, QString *error,
                                      const QString &note)
{
    FieldConflict conflict;
    conflict.table = current.table;
    conflict.recordId = current.id;
    conflict.field = field;
    conflict.ownerOrg = current.ownerOrg;
    conflict.base = base;
    conflict.serverValue = field == deletedField ? QJsonValue(current.deleted) : current.body.value(field);
    conflict.version = m_seqs.next();
    return m_conflicts.openOrJoin(
        conflict, {competing, m_user.id, m_user.displayName, mutation.mutationId, models::Clock::nowIso(), note},
        error);
}

MutationApplier::Result MutationApplier::update(const Mutation &mutation, Entity entity, ServerRecord current)
{
    const models::EntitySchema &schema = models::schemaOf(entity);
    const bool retiring = mutation.changes.contains(QLatin1String("retired"));
    if (mutation.changes.contains(QLatin1String("lifecycle")) || mutation.changes.contains(deletedField)) {
        return rejected(mutation,
                        text(QT_TRANSLATE_NOOP("dew::server::Push",
                                               "The lifecycle and deletion change through their own actions.")));
    }
    if (const QString field = lockedFieldIn(entity, mutation); !field.isEmpty()) {
        return rejected(mutation,
                        text(QT_TRANSLATE_NOOP("dew::server::Push", "\"%1\" is set by the workflow, not by an edit."))
                            .arg(schema.fieldLabel(field)));
    }
    QString error;
    QStringList conflictIds;
    if (current.deleted) {
        // An edit of a deleted record is always a conflict: a person decides which one stands.
        return deletionConflict(mutation, current, QJsonValue(mutation.changes));
    }
    const RecordAction action = !retiring ? RecordAction::Edit
                                : newOf(mutation.changes.value(QLatin1String("retired"))).toBool()
                                    ? RecordAction::Retire
                                    : RecordAction::Reactivate;
    if (const QString why = refusal(action, entity, current); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    ServerRecord merged = current;
    QStringList appliedFields;
    for (auto it = mutation.changes.begin(); it != mutation.changes.end(); ++it) {
        const models::FieldSpec *spec = schema.field(it.key());
        const QJsonValue serverValue = canonicalJson(*spec, current.body.value(it.key()).toVariant());
        const QJsonValue base = canonicalJson(*spec, oldOf(it.value()).toVariant());
        const QJsonValue wanted = canonicalJson(*spec, newOf(it.value()).toVariant());
        if (serverValue == wanted) {
            continue; // both sides agree: nothing to do, nothing to argue about
        }
        if (serverValue == base) {
            merged.body.insert(it.key(), wanted);
            appliedFields << it.key();
            continue;
        }
        const QString id = conflictWith(mutation, current, it.key(), base, wanted, &error);
        if (id.isEmpty()) {
            return rejected(mutation, error);
        }
        conflictIds << id;
    }
    if (!appliedFields.isEmpty()) {
        // Whoever may write the record must also be allowed to write it as it now reads:
        // an officer cannot hand a record to another organisation.
        if (appliedFields.contains(QLatin1String("owner_org"))) {
            if (const QString why = refusal(RecordAction::Create, entity, merged); !why.isEmpty()) {
                return rejected(mutation, why);
            }
        }
        if (const QString why = checkRecord(entity, merged); !why.isEmpty()) {
            return rejected(mutation, why);
        }
        if (!store(merged, false, &error)) {
            return rejected(mutation, error);
        }
        for (const QString &field : std::as_const(appliedFields)) {
            if (!m_conflicts.noteServerValue(merged.table, merged.id, field, merged.body.value(field), merged.version,
                                             &error)) {
                return rejected(mutation, error);
            }
        }
    }
    return {mutation.mutationId,
            conflictIds.isEmpty() ? MutationStatus::Applied : MutationStatus::Conflict,
            merged.version,
            {},
            conflictIds};
}

MutationApplier::Result MutationApplier::remove(const Mutation &mutation, Entity entity, ServerRecord current)
{
    if (current.deleted) {
        return applied(mutation, current.version);
    }
    if (const QString why = refusal(RecordAction::Delete, entity, current); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    QString error;
    if (current.version != mutation.baseVersion) {
        // Changed on the server since this client saw it: delete against edit is a conflict.
        return deletionConflict(mutation, current, true);
    }
    current.deleted = true;
    if (!store(current, false, &error)) {
        return rejected(mutation, error);
    }
    return applied(mutation, current.version);
}

MutationApplier::Result MutationApplier::restore(const Mutation &mutation, Entity entity, ServerRecord current)
{
    if (!current.deleted) {
        return applied(mutation, current.version);
    }
    if (const QString why = refusal(RecordAction::Restore, entity, current); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    current.deleted = false;
    if (const QString why = checkRecord(entity, current); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    QString error;
    if (!store(current, false, &error)) {
        return rejected(mutation, error);
    }
    return applied(mutation, current.version);
}

MutationApplier::Result MutationApplier::transition(const Mutation &mutation, Entity entity, ServerRecord current)
{
    if (entity == Entity::Application) {
        return transitionApplication(mutation, current);
    }
    const QString state = current.body.value(QLatin1String("lifecycle")).toString();
    const QString target = newOf(mutation.changes.value(QLatin1String("lifecycle"))).toString();
    if (mutation.expectedState.isEmpty() || target.isEmpty() || mutation.changes.size() != 1) {
        return rejected(
            mutation, text(QT_TRANSLATE_NOOP("dew::server::Push",
                                             "A transition names the state it starts from and the one it leads to.")));
    }
    if (current.deleted || state != mutation.expectedState) {
        // Someone moved the record first: this decision is stale and must not also take effect.
        return rejected(
            mutation, text(QT_TRANSLATE_NOOP("dew::server::Push", "Stale: the record is no longer \"%1\" but \"%2\"."))
                          .arg(mutation.expectedState, current.deleted ? deletedField : state));
    }
    std::optional<RecordAction> action;
    for (RecordAction candidate : models::lifecycleActions()) {
        if (models::lifecycleTarget(candidate, state) == target) {
            action = candidate;
        }
    }
    if (!action) {
        return rejected(
            mutation,
            text(QT_TRANSLATE_NOOP("dew::server::Push", "No action leads from \"%1\" to \"%2\".")).arg(state, target));
    }
    if (const QString why = refusal(*action, entity, current); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    current.body.insert(QStringLiteral("lifecycle"), target);
    QString error;
    if (!store(current, false, &error)) {
        return rejected(mutation, error);
    }
    return applied(mutation, current.version);
}

MutationApplier::Result MutationApplier::resolve(const Mutation &mutation, Entity entity, ServerRecord current)
{
    const std::optional<FieldConflict> conflict = m_conflicts.find(mutation.conflictId);
    if (!conflict || conflict->recordId != current.id || conflict->table != current.table ||
        mutation.changes.size() != 1 || !mutation.changes.contains(conflict->field)) {
        return rejected(
            mutation, text(QT_TRANSLATE_NOOP("dew::server::Push", "The resolution names no conflict of this record.")));
    }
    if (conflict->state != QLatin1String("open")) {
        return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push", "The conflict was already resolved.")));
    }
    const QJsonValue chosen = newOf(mutation.changes.value(conflict->field));
    if (entity == Entity::Application && conflict->field == QLatin1String("state") &&
        chosen != current.body.value(conflict->field)) {
        // Two decisions met: the one in force stays, and the other is taken again, if at all,
        // as an action from the state the application is in now.
        return rejected(mutation, text(QT_TRANSLATE_NOOP("dew::server::Push",
                                                         "A decision in force is not replaced by choosing another; "
                                                         "take the action again from the current state.")));
    }
    const bool deletion = conflict->field == deletedField;
    const RecordAction action =
        deletion ? (chosen.toBool() ? RecordAction::Delete : RecordAction::Restore) : RecordAction::Edit;
    ServerRecord resolved = current;
    if (deletion) {
        resolved.deleted = chosen.toBool();
    } else {
        resolved.body.insert(conflict->field,
                             canonicalJson(*models::schemaOf(entity).field(conflict->field), chosen.toVariant()));
    }
    QString error;
    const bool changes = resolved.deleted != current.deleted || resolved.body != current.body;
    // Only someone who may change the record may settle it, even when their choice changes nothing.
    // Keeping an application's decision in force changes nothing either, in a state no edit may
    // touch: whoever may work on the application (Create asks exactly that) may settle it.
    const bool keepsDecision = entity == Entity::Application && conflict->field == QLatin1String("state");
    const RecordAction allowedAs = changes           ? action
                                   : keepsDecision   ? RecordAction::Create
                                   : current.deleted ? RecordAction::Restore
                                                     : RecordAction::Edit;
    if (const QString why = refusal(allowedAs, entity, current); !why.isEmpty()) {
        return rejected(mutation, why);
    }
    if (changes) {
        if (const QString why = checkRecord(entity, resolved); !why.isEmpty()) {
            return rejected(mutation, why);
        }
        if (!store(resolved, false, &error)) {
            return rejected(mutation, error);
        }
    }
    if (!m_conflicts.resolve(conflict->id, m_user.id, chosen, m_seqs.next(), &error)) {
        return rejected(mutation, error);
    }
    return applied(mutation, resolved.version);
}

} // namespace dew::server
