// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedrandom.h"
#include "seedrows.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace dew::models {

// Hohhot's real divisions and the bodies of the demo city: who exists, where, with which
// 统一社会信用代码, and who provides which topics of data.
class CityPlan
{
public:
    CityPlan(qint64 scale, SeedRandom &random, SeedIds &ids);

    const std::vector<SeedRegion> &regions() const { return m_regions; }
    const std::vector<SeedOrganisation> &organisations() const { return m_organisations; }
    int organisationNamed(const QString &name) const { return m_byName.value(name, -1); }

    // Bodies that keep information systems and provide data (companies that only apply for
    // data, such as the invented software firms, are not among them).
    const std::vector<int> &dataOwners() const { return m_dataOwners; }
    // Providers of a topic among the city's bodies, the townships and state-owned companies;
    // county bodies provide every topic of their own area.
    const std::vector<int> &cityProviders(size_t topic) const { return m_cityProviders[topic]; }
    const std::vector<int> &townshipProviders(size_t topic) const { return m_townshipProviders[topic]; }
    const std::vector<int> &companyProviders(size_t topic) const { return m_companyProviders[topic]; }
    const std::vector<int> &countyProviders() const { return m_countyProviders; }

    // Township offices in every township from this scale on (a handful below it).
    static constexpr qint64 allTownshipsScale = 30000;

private:
    void addRegions(SeedIds &ids);
    void addOrganisation(const QString &name, const QString &kind, const QString &regionCode, const QString &topics,
                         SeedRandom &random, SeedIds &ids);
    void addTownshipOffice(const QString &townshipCode, SeedRandom &random, SeedIds &ids);
    void addEnterprises(qint64 count, SeedRandom &random, SeedIds &ids);
    QString makeUscc(const QString &kind, const QString &regionCode, SeedRandom &random);

    std::vector<SeedRegion> m_regions;
    QHash<QString, int> m_regionIndex; // by code
    std::vector<SeedOrganisation> m_organisations;
    QHash<QString, int> m_byName;
    QSet<QString> m_usccs;
    std::vector<int> m_dataOwners;
    std::vector<std::vector<int>> m_cityProviders;
    std::vector<std::vector<int>> m_companyProviders;
    std::vector<std::vector<int>> m_townshipProviders;
    std::vector<int> m_countyProviders;
};

} // namespace dew::models
