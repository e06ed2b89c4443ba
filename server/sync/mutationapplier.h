// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accounts.h"
#include "conflictstore.h"
#include "recordhistory.h"
#include "serverrecord.h"
#include "sync/protocol.h"
#include "workflow/applicationcommand.h"
#include "workflow/recordrules.h"

namespace dew::server {

// Hands out change seqs inside one write transaction that holds the counter row.
class SeqAllocator
{
public:
    explicit SeqAllocator(qint64 last) : m_last(last) {}
    qint64 next() { return ++m_last; }
    qint64 last() const { return m_last; }

private:
    qint64 m_last;
};

// Applies one pushed mutation to the store inside the caller's savepoint: checks the role and
// ownership rules and validation, merges field edits per field against the values the edit
// started from, opens or joins conflicts, and applies transitions only from the state they name.
class MutationApplier
{
public:
    MutationApplier(QSqlDatabase db, const UserAccount &user, SeqAllocator &seqs);

    // A rejected result leaves the store as it was (the caller rolls the savepoint back).
    models::sync::MutationResult apply(const models::sync::Mutation &mutation);

private:
    using Result = models::sync::MutationResult;

    Result create(const models::sync::Mutation &mutation, models::Entity entity);
    Result update(const models::sync::Mutation &mutation, models::Entity entity, ServerRecord current);
    Result remove(const models::sync::Mutation &mutation, models::Entity entity, ServerRecord current);
    Result restore(const models::sync::Mutation &mutation, models::Entity entity, ServerRecord current);
    Result transition(const models::sync::Mutation &mutation, models::Entity entity, ServerRecord current);
    Result resolve(const models::sync::Mutation &mutation, models::Entity entity, ServerRecord current);
    // applicationtransition.cpp: executes the ApplicationCommand a transition carries.
    Result transitionApplication(const models::sync::Mutation &mutation, ServerRecord current);
    // Also gives the application's review records, read with the rest of its children.
    models::ApplicationFacts applicationFactsOf(const ServerRecord &application,
                                                QList<models::ReviewRecord> &reviews) const;
    QList<models::ReviewRecord> reviewRecordsOf(const ServerRecord &application) const;
    // Who took the application's last step: the last review record's actor, or its filer.
    static QString lastStepBy(const ServerRecord &application, const QList<models::ReviewRecord> &reviews);
    Result staleTransition(const models::sync::Mutation &mutation, const ServerRecord &current,
                           const models::ApplicationCommand &command, const models::ApplicationFacts &facts,
                           const QString &reason);
    models::ApplicationRules applicationRules() const;
    bool appendReviewRecord(const ServerRecord &application, const models::ReviewRecord &review, QString *error);

    // Writes the record at a new seq and carries a change of audience down to its children.
    bool store(ServerRecord &record, bool insert, QString *error);
    QString checkRecord(models::Entity entity, const ServerRecord &record) const; // empty when valid
    QString refusal(models::RecordAction action, models::Entity entity, const ServerRecord &record) const;
    QString conflictWith(const models::sync::Mutation &mutation, const ServerRecord &current, const QString &field,
                         const QJsonValue &base, const QJsonValue &competing, QString *error, const QString &note = {});
    Result rejected(const models::sync::Mutation &mutation, const QString &reason) const;
    Result applied(const models::sync::Mutation &mutation, qint64 version) const;
    // The record is deleted on one side and changed on the other: field "deleted" conflicts.
    Result deletionConflict(const models::sync::Mutation &mutation, const ServerRecord &current,
                            const QJsonValue &competing);

    QSqlDatabase m_db;
    const UserAccount &m_user;
    SeqAllocator &m_seqs;
    RecordRows m_rows;
    ConflictStore m_conflicts;
    RecordHistory m_history;
};

} // namespace dew::server
