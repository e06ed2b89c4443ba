// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

namespace dew::models {

// The information systems (系统清单) of the demo city: first the systems every city has, then
// one for every body that provides data, then systems composed from each topic's vocabulary.
class SystemGenerator
{
public:
    SystemGenerator(const CityPlan &plan, SeedRandom &random, SeedIds &ids);

    // About 300 for the default 3,000 resources, growing with the square root of the catalogue:
    // a bigger city has more systems, but each of them feeds more resources.
    static qint64 countFor(qint64 resources);
    SystemRow next();

private:
    int pickOwner();
    QString uniqueName(const QString &name);

    const CityPlan &m_plan;
    SeedRandom &m_random;
    SeedIds &m_ids;
    qint64 m_made = 0;
    std::vector<int> m_ownerTickets; // city bodies hold more systems than townships
    std::vector<int> m_topicWeights;
    QHash<QString, int> m_nameCounts;
    QHash<QString, int> m_codeSequences; // per region code
};

} // namespace dew::models
