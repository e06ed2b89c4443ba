// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrepository.h"

#include "applicationdesk.h"
#include "domain/clock.h"
#include "domain/uuid7.h"
#include "logging.h"
#include "outbox.h"
#include "searchindex.h"
#include "workflow/applicationrecord.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dew::models {
namespace {

const QString metaColumns = QStringLiteral("id, version, created_at, updated_at, updated_by, deleted");

FieldErrors refusal(const QString &message)
{
    return {FieldError{QString(), message}};
}

FieldErrors storageFailure(const QString &detail)
{
    qCWarning(lcStore).noquote() << "write failed:" << detail;
    return refusal(
        QCoreApplication::translate("dew::models::RecordRepository", "The change could not be saved: %1").arg(detail));
}

QJsonValue toJson(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QString columnList(const EntitySchema &schema)
{
    QStringList columns;
    for (const FieldSpec &spec : schema.fields) {
        columns << QString::fromLatin1(spec.name);
    }
    return columns.join(QStringLiteral(", "));
}

Record recordFrom(const EntitySchema &schema, const QSqlQuery &query)
{
    Record record;
    record.id = query.value(0).toString();
    record.version = query.value(1).toLongLong();
    record.createdAt = query.value(2).toString();
    record.updatedAt = query.value(3).toString();
    record.updatedBy = query.value(4).toString();
    record.deleted = query.value(5).toBool();
    int column = 6;
    for (const FieldSpec &spec : schema.fields) {
        record.values.insert(QString::fromLatin1(spec.name), RecordRepository::canonical(spec, query.value(column++)));
    }
    return record;
}

} // namespace

RecordRepository::RecordRepository(const Workspace &workspace, Entity entity)
    : m_workspace(workspace), m_schema(schemaOf(entity))
{
}

QVariant RecordRepository::canonical(const FieldSpec &spec, const QVariant &value)
{
    const bool blank = !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
    switch (spec.type) {
    case FieldType::Bool:
        return blank ? false : value.toBool();
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong number = value.toString().trimmed().toLongLong(&ok);
        return blank ? QVariant(QMetaType::fromType<qlonglong>()) : ok ? QVariant(number) : value;
    }
    case FieldType::Real: {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        return blank ? QVariant(QMetaType::fromType<double>()) : ok ? QVariant(number) : value;
    }
    default:
        return blank ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.toString().trimmed());
    }
}

std::optional<Record> RecordRepository::findWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + metaColumns + QStringLiteral(", ") + columnList(m_schema) +
                  QStringLiteral(" FROM ") + QString::fromLatin1(m_schema.table) + QStringLiteral(" WHERE ") + column +
                  QStringLiteral(" = ?"));
    query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return recordFrom(m_schema, query);
}

std::optional<Record> RecordRepository::find(const QString &id) const
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Record> RecordRepository::findByKey(const QString &businessKey) const
{
    return findWhere(QString::fromLatin1(m_schema.businessKey), businessKey);
}

std::optional<Record> RecordRepository::findLiveByKey(const QString &businessKey) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + metaColumns + QStringLiteral(", ") + columnList(m_schema) +
                  QStringLiteral(" FROM %1 WHERE %2 = ? AND deleted = 0")
                      .arg(QString::fromLatin1(m_schema.table), QString::fromLatin1(m_schema.businessKey)));
    query.addBindValue(businessKey);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return recordFrom(m_schema, query);
}

QList<Record> RecordRepository::childrenOf(const QString &parentId) const
{
    QList<Record> result;
    if (m_schema.holding != Holding::Child) {
        return result;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + metaColumns + QStringLiteral(", ") + columnList(m_schema) +
                  QStringLiteral(" FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY rid")
                      .arg(QString::fromLatin1(m_schema.table), QString::fromLatin1(m_schema.parentField)));
    query.addBindValue(parentId);
    if (query.exec()) {
        while (query.next()) {
            result.append(recordFrom(m_schema, query));
        }
    }
    return result;
}

QList<Record> RecordRepository::itemsOf(const QString &resourceId) const
{
    const EntitySchema &items = schemaOf(Entity::DataItem);
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + metaColumns + QStringLiteral(", ") + columnList(items) +
                  QStringLiteral(" FROM data_item WHERE resource_id = ? AND deleted = 0 ORDER BY position, rid"));
    query.addBindValue(resourceId);
    QList<Record> result;
    if (query.exec()) {
        while (query.next()) {
            result.append(recordFrom(items, query));
        }
    }
    return result;
}

qint64 RecordRepository::count() const
{
    QSqlQuery query(m_workspace.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(m_schema.table) +
                      QStringLiteral(" WHERE deleted = 0")) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

QList<NamedRecord> RecordRepository::names(const QString &ownerOrg) const
{
    QSqlQuery query(m_workspace.database());
    const QString table = QString::fromLatin1(m_schema.table);
    const QString name = QString::fromLatin1(m_schema.nameField);
    query.prepare(
        QStringLiteral("SELECT id, ") + name + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE deleted = 0") +
        (ownerOrg.isEmpty() ? QString() : QStringLiteral(" AND owner_org = ?")) + QStringLiteral(" ORDER BY ") + name);
    if (!ownerOrg.isEmpty()) {
        query.addBindValue(ownerOrg);
    }
    QList<NamedRecord> result;
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toString()});
        }
    }
    return result;
}

bool RecordRepository::exists(const char *table, const QString &id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM ") + QString::fromLatin1(table) +
                  QStringLiteral(" WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

bool RecordRepository::organisationExists(const QString &id) const
{
    return exists("organisation", id);
}

bool RecordRepository::systemExists(const QString &id) const
{
    return exists("information_system", id);
}

bool RecordRepository::resourceExists(const QString &id) const
{
    return exists("data_resource", id);
}

bool RecordRepository::applicationExists(const QString &id) const
{
    return exists("authorization_application", id);
}

std::optional<Record> RecordRepository::parentOf(const Record &child) const
{
    if (m_schema.holding != Holding::Child) {
        return std::nullopt;
    }
    return RecordRepository(m_workspace, m_schema.parentEntity)
        .find(child.text(QString::fromLatin1(m_schema.parentField)));
}

Permission RecordRepository::permission(const Actor &actor, RecordAction action, const Record &record) const
{
    if (m_schema.entity == Entity::OperationAgreement) {
        const std::optional<Record> application = parentOf(record);
        if (!application) {
            return {false, QCoreApplication::translate("dew::models::RecordRepository",
                                                       "The record it belongs to does not exist.")};
        }
        return permitsAgreementOf(actor, action, record, *application,
                                  submittersOf(ApplicationDesk(m_workspace).reviewRecords(application->id)));
    }
    if (writtenAsParent(m_schema.entity)) {
        // Items are part of their resource, materials of their application: changing one is
        // editing the parent.
        const std::optional<Record> parent = parentOf(record);
        if (!parent) {
            return {false, QCoreApplication::translate("dew::models::RecordRepository",
                                                       "The record it belongs to does not exist.")};
        }
        return permits(actor, RecordAction::Edit, m_schema.parentEntity, *parent);
    }
    return permits(actor, action, m_schema.entity, record);
}

FieldErrors RecordRepository::checkUnique(const Record &record) const
{
    const QString key = QString::fromLatin1(m_schema.businessKey);
    if (key == QLatin1String("id")) {
        return {};
    }
    QSqlQuery query(m_workspace.database());
    if (m_schema.holding == Holding::Child) {
        const QString parentField = QString::fromLatin1(m_schema.parentField);
        query.prepare(QStringLiteral("SELECT 0 FROM %1 WHERE %2 = ? AND %3 = ? AND deleted = 0 AND id <> ?")
                          .arg(QString::fromLatin1(m_schema.table), parentField, key));
        query.addBindValue(record.text(parentField));
    } else {
        query.prepare(QStringLiteral("SELECT deleted FROM ") + QString::fromLatin1(m_schema.table) +
                      QStringLiteral(" WHERE ") + QString::fromLatin1(m_schema.businessKey) +
                      QStringLiteral(" = ? AND id <> ?"));
    }
    query.addBindValue(record.text(key));
    query.addBindValue(record.id);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return {FieldError{key, query.value(0).toBool()
                                ? QCoreApplication::translate("dew::models::RecordRepository",
                                                              "A deleted record has this code; restore it instead.")
                                : QCoreApplication::translate("dew::models::RecordRepository",
                                                              "Another record already has this value.")}};
}

void RecordRepository::completeNew(const EntitySchema &schema, Record &record)
{
    for (const FieldSpec &spec : schema.fields) {
        const QString name = QString::fromLatin1(spec.name);
        record.values.insert(name, canonical(spec, record.values.value(name)));
    }
    if (schema.hasLifecycle) {
        record.values.insert(QStringLiteral("lifecycle"), QStringLiteral("draft"));
        record.values.insert(QStringLiteral("retired"), false);
    }
    record.id = record.id.isEmpty() ? newUuidV7() : record.id;
    record.version = 0;
    record.deleted = false;
    record.createdAt = Clock::nowIso();
}

WriteResult RecordRepository::create(const Actor &actor, Record record)
{
    completeNew(m_schema, record);
    if (m_schema.entity == Entity::Application) {
        // Filed now, by this user, as a draft; dew-server sets the same when the create arrives.
        record.values.insert(QStringLiteral("state"), QStringLiteral("draft"));
        record.values.insert(QStringLiteral("state_since"), Clock::nowIso());
        record.values.insert(QStringLiteral("filed_by"), actor.userId);
    }
    if (const std::optional<Record> parent = parentOf(record)) {
        record.values.insert(QStringLiteral("owner_org"), parent->ownerOrg());
    }
    if (m_schema.entity == Entity::DataItem) {
        if (record.value(QStringLiteral("position")).isNull()) {
            QSqlQuery query(m_workspace.database());
            query.prepare(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM data_item WHERE resource_id = ?"));
            query.addBindValue(record.text(QStringLiteral("resource_id")));
            record.values.insert(QStringLiteral("position"), query.exec() && query.next() ? query.value(0) : 1);
        }
    }
    if (const Permission allowed = permission(actor, RecordAction::Create, record); !allowed) {
        return {record.id, refusal(allowed.reason)};
    }
    return write(actor, Record{}, record, QStringLiteral("create"), QString());
}

WriteResult RecordRepository::update(const Actor &actor, const QString &id, const QVariantMap &changes)
{
    const std::optional<Record> before = find(id);
    if (!before) {
        return {id,
                refusal(QCoreApplication::translate("dew::models::RecordRepository", "The record does not exist."))};
    }
    if (const Permission allowed = permission(actor, RecordAction::Edit, *before); !allowed) {
        return {id, refusal(allowed.reason)};
    }
    Record after = *before;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *spec = m_schema.field(it.key());
        if (!spec || !spec->editable) {
            return {id, refusal(QCoreApplication::translate("dew::models::RecordRepository",
                                                            "The field %1 cannot be edited.")
                                    .arg(it.key()))};
        }
        after.values.insert(it.key(), canonical(*spec, it.value()));
    }
    return write(actor, *before, after, QStringLiteral("update"), QString());
}

WriteResult RecordRepository::remove(const Actor &actor, const QString &id)
{
    const std::optional<Record> before = find(id);
    if (!before || before->deleted) {
        return {id,
                refusal(QCoreApplication::translate("dew::models::RecordRepository", "The record does not exist."))};
    }
    if (const Permission allowed = permission(actor, RecordAction::Delete, *before); !allowed) {
        return {id, refusal(allowed.reason)};
    }
    Record after = *before;
    after.deleted = true;
    return write(actor, *before, after, QStringLiteral("delete"), QString());
}

WriteResult RecordRepository::restore(const Actor &actor, const QString &id)
{
    const std::optional<Record> before = find(id);
    if (!before) {
        return {id,
                refusal(QCoreApplication::translate("dew::models::RecordRepository", "The record does not exist."))};
    }
    if (const Permission allowed = permission(actor, RecordAction::Restore, *before); !allowed) {
        return {id, refusal(allowed.reason)};
    }
    Record after = *before;
    after.deleted = false;
    return write(actor, *before, after, QStringLiteral("restore"), QString());
}

WriteResult RecordRepository::perform(const Actor &actor, const QString &id, RecordAction action)
{
    const std::optional<Record> before = find(id);
    if (!before) {
        return {id,
                refusal(QCoreApplication::translate("dew::models::RecordRepository", "The record does not exist."))};
    }
    if (const Permission allowed = permission(actor, action, *before); !allowed) {
        return {id, refusal(allowed.reason)};
    }
    Record after = *before;
    if (action == RecordAction::Retire || action == RecordAction::Reactivate) {
        after.values.insert(QStringLiteral("retired"), action == RecordAction::Retire);
        return write(actor, *before, after, QStringLiteral("update"), QString());
    }
    const std::optional<QString> target = lifecycleTarget(action, before->lifecycle());
    if (!target) {
        return {id, refusal(QCoreApplication::translate("dew::models::RecordRepository", "Not a record action."))};
    }
    after.values.insert(QStringLiteral("lifecycle"), *target);
    return write(actor, *before, after, QStringLiteral("transition"), before->lifecycle());
}

QJsonObject RecordRepository::changesBetween(const EntitySchema &schema, const Record &before, const Record &after)
{
    QJsonObject changes;
    for (const FieldSpec &spec : schema.fields) {
        const QString name = QString::fromLatin1(spec.name);
        const QVariant old = before.values.value(name);
        const QVariant now = after.values.value(name);
        if (old != now && !(old.isNull() && now.isNull())) {
            changes.insert(name,
                           QJsonObject{{QStringLiteral("old"), toJson(old)}, {QStringLiteral("new"), toJson(now)}});
        }
    }
    if (before.deleted != after.deleted) {
        changes.insert(QStringLiteral("deleted"),
                       QJsonObject{{QStringLiteral("old"), before.deleted}, {QStringLiteral("new"), after.deleted}});
    }
    return changes;
}

WriteResult RecordRepository::transition(const Actor &actor, const Record &before, const Record &after,
                                         const QJsonObject &command)
{
    return write(actor, before, after, QStringLiteral("transition"), before.text(QStringLiteral("state")), command);
}

WriteResult RecordRepository::write(const Actor &actor, const Record &before, Record after, const QString &op,
                                    const QString &expectedState, const QJsonObject &command)
{
    deriveFields(m_schema.entity, after);
    if (!after.deleted) {
        FieldErrors errors = validate(m_schema.entity, after, this);
        errors += checkUnique(after);
        if (!errors.isEmpty()) {
            return {after.id, errors};
        }
    }
    const QJsonObject changes = changesBetween(m_schema, before, after);
    QStringList changedFields = changes.keys();
    changedFields.removeOne(QStringLiteral("deleted"));
    if (changes.isEmpty()) {
        return {after.id, {}}; // nothing changed: no write, no outbox entry
    }
    after.updatedAt = Clock::nowIso();
    after.updatedBy = actor.userId;

    Transaction transaction(m_workspace);
    QString error;
    const bool isCreate = op == QLatin1String("create");
    const Outbox outbox(m_workspace.database());
    // An application's transition names its state only: dew-server executes the command again and
    // sets the bookkeeping itself.
    const QString state = QStringLiteral("state");
    const QJsonObject pushed = command.isEmpty()
                                   ? changes
                                   : QJsonObject{{state, QJsonObject{{QStringLiteral("old"), before.text(state)},
                                                                     {QStringLiteral("new"), after.text(state)}}}};
    const OutboxEntry entry{0,
                            {},
                            QString::fromLatin1(m_schema.table),
                            after.id,
                            op,
                            pushed,
                            before.version,
                            expectedState,
                            actor.userId,
                            after.updatedAt,
                            {},
                            command};
    const QString searchedId =
        m_schema.entity == Entity::DataItem ? after.text(QStringLiteral("resource_id")) : after.id;
    const Entity searchedEntity = m_schema.entity == Entity::DataItem ? Entity::DataResource : m_schema.entity;
    // Each step runs only if the one before succeeded, so the first failure is the one reported.
    const bool saved = (isCreate ? insertRow(after, &error) : updateRow(after, changedFields, &error)) &&
                       SearchIndex::refresh(m_workspace.database(), searchedEntity, searchedId, &error) &&
                       outbox.append(entry, &error) && transaction.commit();
    if (!saved) {
        return {after.id, storageFailure(error)};
    }
    return {after.id, {}};
}

bool RecordRepository::insertRow(const Record &record, QString *error) const
{
    QStringList placeholders;
    for (size_t i = 0; i < m_schema.fields.size() + 6; ++i) {
        placeholders << QStringLiteral("?");
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO ") + QString::fromLatin1(m_schema.table) + QStringLiteral("(") +
                  metaColumns + QStringLiteral(", ") + columnList(m_schema) + QStringLiteral(") VALUES (") +
                  placeholders.join(QStringLiteral(", ")) + QStringLiteral(")"));
    for (const QVariant &value : {QVariant(record.id), QVariant(record.version), QVariant(record.createdAt),
                                  QVariant(record.updatedAt), QVariant(record.updatedBy), QVariant(record.deleted)}) {
        query.addBindValue(value);
    }
    for (const FieldSpec &spec : m_schema.fields) {
        query.addBindValue(record.values.value(QString::fromLatin1(spec.name)));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool RecordRepository::updateRow(const Record &record, const QStringList &fields, QString *error) const
{
    QStringList assignments{QStringLiteral("updated_at = ?"), QStringLiteral("updated_by = ?"),
                            QStringLiteral("deleted = ?")};
    for (const QString &field : fields) {
        assignments << field + QStringLiteral(" = ?");
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE ") + QString::fromLatin1(m_schema.table) + QStringLiteral(" SET ") +
                  assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(record.updatedAt);
    query.addBindValue(record.updatedBy);
    query.addBindValue(record.deleted);
    for (const QString &field : fields) {
        query.addBindValue(record.values.value(field));
    }
    query.addBindValue(record.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace dew::models
