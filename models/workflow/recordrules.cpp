// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrules.h"

#include <QCoreApplication>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::RecordRules", source);
}

Permission allow()
{
    return {true, {}};
}

Permission refuse(const char *reason)
{
    return {false, text(reason)};
}

bool isInventory(Entity entity)
{
    return entity == Entity::InformationSystem || entity == Entity::DataResource || entity == Entity::DataItem;
}

// Officers touch only what their organisation owns; reviewers act for every organisation.
Permission mayWriteFor(const Actor &actor, const Record &record)
{
    switch (actor.role) {
    case Role::Reviewer:
        return allow();
    case Role::Officer:
        if (record.ownerOrg().isEmpty() || record.ownerOrg() == actor.orgId) {
            return allow();
        }
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "Officers edit only the records their own organisation owns."));
    case Role::Supervisor:
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Supervisors read; they do not edit records."));
    case Role::Admin:
        return refuse(
            QT_TRANSLATE_NOOP("dew::models::RecordRules",
                              "Administrators manage users, organisations and regions, not business records."));
    }
    return refuse("");
}

// An officer's changes to content go through review: a record under review or in the published
// catalogue is changed by withdrawing it first.
bool officerMayChangeContent(const Record &record)
{
    const QString state = record.lifecycle();
    return state.isEmpty() || state == QLatin1String("draft") || state == QLatin1String("withdrawn");
}

// An application's content is the filer's while it is a draft or back for supplement; after
// that only workflow actions move it (applicationworkflow.h).
Permission permitsApplication(const Actor &actor, RecordAction action, const Record &record)
{
    if (const Permission who = mayWriteFor(actor, record); !who) {
        return who;
    }
    if (record.deleted) {
        return action == RecordAction::Restore
                   ? allow()
                   : refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is deleted; restore it first."));
    }
    const QString state = record.text(QStringLiteral("state"));
    switch (action) {
    case RecordAction::Create:
        return allow();
    case RecordAction::Edit:
        // A change request of an agreement in force is its content until the review begins.
        if (state.isEmpty() || state == QLatin1String("draft") || state == QLatin1String("returned") ||
            state == QLatin1String("change_requested")) {
            return allow();
        }
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "The application is under review: it changes only through review actions."));
    case RecordAction::Delete:
        if (state.isEmpty() || state == QLatin1String("draft")) {
            return allow();
        }
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "Only a draft is deleted; a filed application is withdrawn instead."));
    case RecordAction::Restore:
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is not deleted."));
    default:
        return refuse(
            QT_TRANSLATE_NOOP("dew::models::RecordRules", "Applications move through their own review actions."));
    }
}

Permission permitsAgreement(const Actor &actor, RecordAction action, const Record &record)
{
    if (actor.role != Role::Reviewer) {
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "Only a reviewer of the data bureau records an operation agreement."));
    }
    switch (action) {
    case RecordAction::Create:
    case RecordAction::Edit:
    case RecordAction::Delete:
        return record.deleted
                   ? refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is deleted; restore it first."))
                   : allow();
    case RecordAction::Restore:
        return record.deleted ? allow()
                              : refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is not deleted."));
    default:
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Not possible for an operation agreement."));
    }
}

} // namespace

Permission permitsAgreementOf(const Actor &actor, RecordAction action, const Record &agreement,
                              const Record &application, const QStringList &submittedBy)
{
    if (const Permission base = permitsAgreement(actor, action, agreement); !base) {
        return base;
    }
    if (application.text(QStringLiteral("filed_by")) == actor.userId || submittedBy.contains(actor.userId)) {
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "You filed or submitted this application; another reviewer records its "
                                        "agreement."));
    }
    const QString state = application.text(QStringLiteral("state"));
    if (application.deleted || (state != QLatin1String("approved") && state != QLatin1String("agreement"))) {
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "An agreement is recorded between approval and signing; one in force "
                                        "changes only through a change request."));
    }
    return allow();
}

bool writtenAsParent(Entity entity)
{
    return entity == Entity::DataItem || entity == Entity::ApplicationMaterial;
}

std::optional<QString> lifecycleTarget(RecordAction action, const QString &currentState)
{
    struct Transition
    {
        RecordAction action;
        const char *from;
        const char *to;
    };
    static constexpr Transition transitions[] = {
        {RecordAction::Submit, "draft", "pending_review"}, {RecordAction::Publish, "pending_review", "published"},
        {RecordAction::Return, "pending_review", "draft"}, {RecordAction::Withdraw, "published", "withdrawn"},
        {RecordAction::Revise, "withdrawn", "draft"},
    };
    for (const Transition &t : transitions) {
        if (t.action == action && currentState == QLatin1String(t.from)) {
            return QString::fromLatin1(t.to);
        }
    }
    return std::nullopt;
}

bool isLifecycleAction(RecordAction action)
{
    return lifecycleActions().contains(action);
}

QList<RecordAction> lifecycleActions()
{
    return {RecordAction::Submit, RecordAction::Publish, RecordAction::Return, RecordAction::Withdraw,
            RecordAction::Revise};
}

Permission permits(const Actor &actor, RecordAction action, Entity entity, const Record &record)
{
    switch (entity) {
    case Entity::Application:
        return permitsApplication(actor, action, record);
    case Entity::ApplicationMaterial:
        // Normally asked of the application (writtenAsParent); a material alone is its filer's.
        return permitsApplication(actor, RecordAction::Edit, record);
    case Entity::OperationAgreement:
        return permitsAgreement(actor, action, record);
    case Entity::ReviewRecord:
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "Review records are written by the review actions; nobody edits them."));
    default:
        break;
    }
    if (!isInventory(entity)) {
        if (actor.role == Role::Admin) {
            return allow();
        }
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                        "Only an administrator manages organisations, regions and workflow rules."));
    }
    if (const Permission who = mayWriteFor(actor, record); !who) {
        return who;
    }
    const bool reviewer = actor.role == Role::Reviewer;
    if (record.deleted && action != RecordAction::Restore) {
        return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is deleted; restore it first."));
    }
    switch (action) {
    case RecordAction::Create:
        return allow();
    case RecordAction::Edit:
    case RecordAction::Delete:
        if (record.isRetired()) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is retired; reactivate it first."));
        }
        if (!reviewer && !officerMayChangeContent(record)) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                            "Under review or published: withdraw it before changing it."));
        }
        return allow();
    case RecordAction::Restore:
        return record.deleted ? allow()
                              : refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is not deleted."));
    case RecordAction::Retire:
        return record.isRetired() ? refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Already retired.")) : allow();
    case RecordAction::Reactivate:
        return record.isRetired() ? allow()
                                  : refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is not retired."));
    case RecordAction::Submit:
    case RecordAction::Publish:
    case RecordAction::Return:
    case RecordAction::Withdraw:
    case RecordAction::Revise:
        if (entity == Entity::DataItem) {
            return refuse(
                QT_TRANSLATE_NOOP("dew::models::RecordRules", "Data items follow their resource's lifecycle."));
        }
        if (record.isRetired()) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "The record is retired; reactivate it first."));
        }
        if (!lifecycleTarget(action, record.lifecycle())) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Not possible in the record's current state."));
        }
        if (!reviewer && (action == RecordAction::Publish || action == RecordAction::Return)) {
            return refuse(QT_TRANSLATE_NOOP("dew::models::RecordRules",
                                            "Only a reviewer of the data bureau publishes or returns a record."));
        }
        return allow();
    }
    return refuse("");
}

QString actionLabel(RecordAction action)
{
    switch (action) {
    case RecordAction::Create:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Create"));
    case RecordAction::Edit:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Edit"));
    case RecordAction::Delete:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Delete"));
    case RecordAction::Restore:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Restore"));
    case RecordAction::Retire:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Retire"));
    case RecordAction::Reactivate:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Reactivate"));
    case RecordAction::Submit:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Submit for review"));
    case RecordAction::Publish:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Publish"));
    case RecordAction::Return:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Return for revision"));
    case RecordAction::Withdraw:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Withdraw"));
    case RecordAction::Revise:
        return text(QT_TRANSLATE_NOOP("dew::models::RecordRules", "Revise"));
    }
    return {};
}

} // namespace dew::models
