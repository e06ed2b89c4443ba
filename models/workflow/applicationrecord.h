// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationcommand.h"
#include "applicationfacts.h"
#include "applicationrules.h"
#include "domain/record.h"
#include "workingdaycalendar.h"

#include <QList>

#include <functional>
#include <optional>

// The bridge between an application's stored records (authorization_application, its materials
// and review records) and the facts the workflow rules read, used alike by the desktop, which
// executes a command on its copy, and by dew-server, which executes it again on the truth.
namespace dew::models {

// Finds a live data resource by its code, as dew-server does; nullopt when none is held here.
using ResourceByCode = std::function<std::optional<Record>(const QString &code)>;

// Whoever submitted, supplemented or asked for a change, by the review records: they never review
// the application, filer or not.
QStringList submittersOf(const QList<ReviewRecord> &reviews);

// The facts of an application. A requested resource that is not held here keeps an empty grade,
// which no grade rule matches.
ApplicationFacts applicationFacts(const Record &application, const QList<Record> &materials,
                                  const QList<ReviewRecord> &reviews, const ResourceByCode &resourceByCode);

// Writes what a transition changes (state, since when, compliance approvals, change under
// review) back into the application's values.
void writeFacts(const ApplicationFacts &facts, Record &application);

// A review record as stored in table review_record, and back.
QVariantMap reviewRecordValues(const ReviewRecord &record);
std::optional<ReviewRecord> reviewRecordFrom(const Record &stored);

// The rule table and the calendar from their workflow_rule records' JSON bodies; the defaults
// (ApplicationRules::defaults(), the official 2026 calendar) when a body is absent or unreadable.
ApplicationRules applicationRulesFrom(const QString &json);
WorkingDayCalendar workingDaysFrom(const QString &json);

// The actor in whose name dew-server records an automatic transition (core data rejected).
Actor automaticRuleActor();

} // namespace dew::models
