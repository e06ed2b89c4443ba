// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfacts.h"

#include <QSet>

namespace dew::models {

bool ApplicationFacts::requestsGrade(const QString &grade) const
{
    for (const RequestedResource &resource : resources) {
        if (resource.grade == grade) {
            return true;
        }
    }
    return false;
}

qsizetype ApplicationFacts::distinctComplianceApprovals() const
{
    return QSet<QString>(complianceApprovals.cbegin(), complianceApprovals.cend()).size();
}

} // namespace dew::models
