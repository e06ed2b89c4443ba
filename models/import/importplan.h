// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace dew::models {

// One data row of an imported sheet, already mapped from its headers to field names. Besides the
// entity's fields a row may carry "owner_uscc" (the owner's 统一社会信用代码, which wins over the
// owner's name in "owner_org"), "source_system" as a system code, and for items "resource_code".
struct SourceRow
{
    int line = 0;                 // the row's number in the file, for the report
    QMap<QString, QString> cells; // a few cells a row: a map takes a third of a hash's memory
};

enum class Verdict { New, Update, Unchanged, Rejected };

struct RowProblem
{
    QString field;   // empty: the row as a whole
    QString message; // translated
};

// What the dry run decided for one row, and what applying it will write.
struct RowVerdict
{
    int line = 0;
    Verdict verdict = Verdict::Rejected;
    QString key;          // the business key as read (code, or resource code + item name)
    QString recordId;     // the matched record, for an update or an unchanged row
    QString parentCode;   // items: their resource's code (its id may not exist before applying)
    QString newOwnerCode; // the USCC of the owner organisation when this import creates it: set on applying
    QVariantMap values;   // New: every field read; Update: the changed fields only
    QStringList changedFields;
    QList<RowProblem> problems; // why it is rejected
    QStringList warnings;       // accepted all the same (an unknown source system, a name that differs)
};

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
};

ImportSummary summarize(const QList<RowVerdict> &verdicts);
QString verdictLabel(Verdict verdict); // translated

} // namespace dew::models
