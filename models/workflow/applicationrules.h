// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationstate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dew::models {

// The administrator's rule table for authorization applications (DESIGN.md §1): the negative and
// positive lists, the fee ceilings and the stage deadlines. It is data, kept as JSON so that it
// can be stored and synced like any record; defaults() is a labelled sample, not policy.
// The code of the workflow_rule record that holds the rule table.
inline constexpr const char *applicationRulesCode = "application_rules";

struct FeeCeiling
{
    QString mode; // EnumKind::ApplicationMode code
    qint64 yuanPerYear = 0;
};

struct StageDeadline
{
    ApplicationState state;
    int workingDays = 0;
};

struct ApplicationRules
{
    // Entries are full resource codes ("101001/000123") or classification-code prefixes ("101"),
    // which cover every resource whose classification code starts with them.
    QStringList negativeList;
    QStringList positiveList;
    QList<FeeCeiling> feeCeilings;
    QList<StageDeadline> stageDeadlines;
    QString coreDataRule;       // the rule cited when core data is rejected automatically
    int dueSoonWorkingDays = 2; // a stage with this many working days left or fewer is due soon

    static ApplicationRules defaults();
    static constexpr int maxTermYears = 3;

    std::optional<qint64> feeCeiling(const QString &mode) const;
    std::optional<int> deadlineDays(ApplicationState state) const;

    QJsonObject toJson() const;
    // nullopt, with the reason in *error (translated), when the object is not a valid rule table.
    static std::optional<ApplicationRules> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// Whether text is a list entry at all: a valid resource code, or a classification-code prefix of
// digits whose first is the catalogue class (1–4).
bool isListEntry(const QString &entry);

// Whether a list entry covers a resource code (see ApplicationRules).
bool listEntryCovers(const QString &entry, const QString &resourceCode);

} // namespace dew::models
