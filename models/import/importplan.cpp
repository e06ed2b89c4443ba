// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include <QCoreApplication>

namespace dew::models {

ImportSummary summarize(const QList<RowVerdict> &verdicts)
{
    ImportSummary summary;
    for (const RowVerdict &verdict : verdicts) {
        switch (verdict.verdict) {
        case Verdict::New:
            ++summary.created;
            break;
        case Verdict::Update:
            ++summary.updated;
            break;
        case Verdict::Unchanged:
            ++summary.unchanged;
            break;
        case Verdict::Rejected:
            ++summary.rejected;
            break;
        }
    }
    return summary;
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::New:
        return QCoreApplication::translate("dew::models::Import", "new");
    case Verdict::Update:
        return QCoreApplication::translate("dew::models::Import", "update");
    case Verdict::Unchanged:
        return QCoreApplication::translate("dew::models::Import", "unchanged");
    case Verdict::Rejected:
        return QCoreApplication::translate("dew::models::Import", "rejected");
    }
    return {};
}

} // namespace dew::models
