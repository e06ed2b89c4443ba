// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/record.h"
#include "domain/schema.h"

#include <QList>
#include <QString>

#include <optional>

namespace dew::models {

// What a user may do to an inventory record (systems, resources and their items; regions and
// organisations are the administrator's). The desktop enables actions with these rules and the
// store refuses what they forbid; dew-server will apply the same functions.
enum class RecordAction {
    Create,
    Edit,
    Delete,
    Restore,
    Retire,
    Reactivate,
    Submit,   // draft -> pending_review
    Publish,  // pending_review -> published
    Return,   // pending_review -> draft
    Withdraw, // published -> withdrawn
    Revise,   // withdrawn -> draft
};

struct Permission
{
    bool allowed = false;
    QString reason; // translated; why not, when not allowed

    explicit operator bool() const { return allowed; }
};

Permission permits(const Actor &actor, RecordAction action, Entity entity, const Record &record);
// Entities that are part of their parent record (data items, application materials): writing one
// is editing the parent, and the rules are asked of the parent.
bool writtenAsParent(Entity entity);
// An operation agreement is recorded by a reviewer who neither filed nor submitted its
// application, once the application is approved, and stays as it was signed while it is in force.
Permission permitsAgreementOf(const Actor &actor, RecordAction action, const Record &agreement,
                              const Record &application, const QStringList &submittedBy);

// The lifecycle state an action leads to from the record's current state, if it is a transition.
std::optional<QString> lifecycleTarget(RecordAction action, const QString &currentState);
bool isLifecycleAction(RecordAction action);
QList<RecordAction> lifecycleActions();
QString actionLabel(RecordAction action); // translated, for menus and refusals

} // namespace dew::models
