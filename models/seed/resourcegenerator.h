// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

namespace dew::models {

// The data resources (数据清单) of the demo city and their data items: a topic, a provider
// that provides it, a classification that matches the catalogue kind, the conditional fields
// that the sharing and opening types call for, and a source system of the same provider.
class ResourceGenerator
{
public:
    ResourceGenerator(const CityPlan &plan, SeedRandom &random, SeedIds &ids);

    // A system that is not retired can be the source of its owner's resources.
    void addSourceSystem(const SystemRow &system);
    ResourceRow next();

private:
    struct Kind
    {
        QString catalogueKind;
        QString classification;
    };

    int pickOwner(size_t topic);
    Kind pickKind(size_t topic, size_t subject);
    QString nextCode(const QString &classification);
    void addItems(ResourceRow &row, size_t topic);
    void setSharing(ResourceRow &row);
    void setSize(ResourceRow &row);
    void setLifecycle(ResourceRow &row);
    QString sourceSystemOf(int owner, size_t topic);

    const CityPlan &m_plan;
    SeedRandom &m_random;
    SeedIds &m_ids;
    std::vector<int> m_topicWeights;
    std::vector<int> m_baseFamilyIndex; // per topic; -1 without a base library
    std::vector<int> m_themeIndex;      // per topic; -1 without a theme library
    std::vector<std::vector<const seedwords::FieldWord *>> m_keyFields;
    std::vector<std::vector<const seedwords::FieldWord *>> m_fields;
    const seedwords::FieldWord *m_updateTime = nullptr;
    QHash<QString, int> m_sequences; // per classification code
    QHash<qint64, std::vector<QString>> m_systemsByOwnerTopic;
    QHash<int, std::vector<QString>> m_systemsByOwner;
};

} // namespace dew::models
