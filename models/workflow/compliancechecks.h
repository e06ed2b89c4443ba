// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationfacts.h"
#include "applicationrules.h"

#include <QList>
#include <QString>

namespace dew::models {

enum class ComplianceCheckKind {
    Materials,
    Uscc,
    Credit,
    NegativeList,
    PositiveList,
    CoreData,
    ImportantData,
    Fee,
    Term
};

// Passed shows green; Failed red; Open (a check that could not be made, or two reviewers still
// to approve) is not green either, and never counts as passed.
enum class CheckStatus { Passed, Failed, Open };

struct ComplianceCheck
{
    ComplianceCheckKind kind;
    CheckStatus status = CheckStatus::Open;
    QString title;  // translated
    QString reason; // translated: why it passed or not

    bool passed() const { return status == CheckStatus::Passed; }
};

// The automatic checks of an application, in display order: one per ComplianceCheckKind.
QList<ComplianceCheck> complianceChecks(const ApplicationFacts &facts, const ApplicationRules &rules);
ComplianceCheck complianceCheck(ComplianceCheckKind kind, const ApplicationFacts &facts, const ApplicationRules &rules);

} // namespace dew::models
