// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemgenerator.h"

#include "seedtext.h"
#include "seedtime.h"

#include <cmath>
#include <cstring>

namespace dew::models {
namespace {

int topicIndex(const char *key)
{
    const std::span<const seedwords::Topic> topics = seedwords::topics();
    for (size_t i = 0; i < topics.size(); ++i) {
        if (std::strcmp(topics[i].key, key) == 0) {
            return int(i);
        }
    }
    qFatal("demo city: unknown topic %s", key);
}

// 疫苗接种管理 + 综合管理平台 would say 管理 twice, 充电设施监管 + 管理系统 almost so. The plain
// 系统 and 平台 repeat nothing, so a draw always ends.
bool repeatsWord(const QString &domain, const QString &suffix)
{
    for (const char *word : {"管", "服务", "信息", "综合"}) {
        const QString text = QString::fromUtf8(word);
        if (domain.contains(text) && suffix.contains(text)) {
            return true;
        }
    }
    return false;
}

QString buildLevelOf(const QString &regionLevel)
{
    // Functional zones build at the level of a county.
    return regionLevel == QLatin1String("zone") ? QStringLiteral("county") : regionLevel;
}

} // namespace

SystemGenerator::SystemGenerator(const CityPlan &plan, SeedRandom &random, SeedIds &ids)
    : m_plan(plan), m_random(random), m_ids(ids)
{
    for (const int owner : plan.dataOwners()) {
        const QString &level = plan.organisations()[size_t(owner)].regionLevel;
        const int tickets = level == QLatin1String("city") ? 3 : level == QLatin1String("township") ? 1 : 2;
        m_ownerTickets.insert(m_ownerTickets.end(), size_t(tickets), owner);
    }
    for (const seedwords::Topic &topic : seedwords::topics()) {
        m_topicWeights.push_back(topic.weight);
    }
}

qint64 SystemGenerator::countFor(qint64 resources)
{
    return std::max<qint64>(60, std::llround(300.0 * std::sqrt(double(resources) / 3000.0)));
}

int SystemGenerator::pickOwner()
{
    return m_ownerTickets[m_random.below(m_ownerTickets.size())];
}

QString SystemGenerator::uniqueName(const QString &name)
{
    const int count = ++m_nameCounts[name];
    return count == 1 ? name : name + seedtext::phaseSuffix(count);
}

SystemRow SystemGenerator::next()
{
    const std::span<const seedwords::SignatureSystem> signatures = seedwords::signatureSystems();
    const auto index = size_t(m_made++);
    SystemRow row;
    QString domain;
    if (index < signatures.size()) {
        row.ownerIndex = m_plan.organisationNamed(QString::fromUtf8(signatures[index].owner));
        if (row.ownerIndex < 0) {
            qFatal("demo city: no owner for system %s", signatures[index].name);
        }
        row.topic = topicIndex(signatures[index].topic);
        domain = QString::fromUtf8(signatures[index].name);
    } else {
        const size_t owner = index - signatures.size();
        row.ownerIndex = owner < m_plan.dataOwners().size() ? m_plan.dataOwners()[owner] : pickOwner();
        const std::vector<int> &topics = m_plan.organisations()[size_t(row.ownerIndex)].topics;
        row.topic = topics.empty() ? int(m_random.weighted(m_topicWeights)) : topics[m_random.below(topics.size())];
        const seedwords::Topic &topic = seedwords::topics()[size_t(row.topic)];
        domain = QString::fromUtf8(m_random.pick(topic.systemDomains));
        QString suffix;
        do {
            suffix = QString::fromUtf8(m_random.pick(seedwords::systemSuffixes()));
        } while (repeatsWord(domain, suffix));
        domain += suffix;
    }
    const SeedOrganisation &owner = m_plan.organisations()[size_t(row.ownerIndex)];
    const seedwords::Topic &topic = seedwords::topics()[size_t(row.topic)];

    row.id = m_ids.next();
    row.ownerOrg = owner.id;
    row.name = uniqueName(owner.regionName + domain);
    const int sequence = ++m_codeSequences[owner.regionCode];
    row.code = QStringLiteral("XT-") + owner.regionCode + QStringLiteral("-%1").arg(sequence, 4, 10, QLatin1Char('0'));
    row.buildLevel = buildLevelOf(owner.regionLevel);

    static const char *const statuses[] = {"running", "building", "planned", "retired", "merged"};
    static const int statusWeights[] = {74, 8, 5, 8, 5};
    row.status = QString::fromLatin1(statuses[m_random.weighted(statusWeights)]);
    row.retired = row.status == QLatin1String("retired") || row.status == QLatin1String("merged");
    static const char *const deployments[] = {"gov_cloud", "own_room", "other"};
    static const int deploymentWeights[] = {65, 25, 10};
    row.deployment = QString::fromLatin1(deployments[m_random.weighted(deploymentWeights)]);
    // A city's systems are graded 2 or 3 (等保); level 5 is for national systems only.
    static const char *const mlps[] = {"1", "2", "3", "4"};
    static const int mlpsWeights[] = {3, 55, 40, 2};
    row.mlpsLevel = QString::fromLatin1(mlps[m_random.weighted(mlpsWeights)]);
    const bool inService = row.status != QLatin1String("planned") && row.status != QLatin1String("building");
    row.goLive =
        inService
            ? seedtime::isoDate(m_random.between(seedtime::dayNumber(2008, 1, 1), seedtime::dayNumber(2025, 6, 30)))
            : seedtime::isoDate(m_random.between(seedtime::dayNumber(2026, 3, 1), seedtime::dayNumber(2026, 12, 31)));
    row.contact = seedtext::personName(m_random);
    row.phone = seedtext::landline(m_random);
    row.summary = seedtext::fill(m_random.pick(seedwords::systemSummaries()),
                                 {owner.area, domain, owner.name, QString::fromUtf8(m_random.pick(topic.purposes))});
    static const char *const lifecycles[] = {"published", "pending_review", "draft", "withdrawn"};
    static const int lifecycleWeights[] = {80, 8, 7, 5};
    row.lifecycle = QString::fromLatin1(lifecycles[m_random.weighted(lifecycleWeights)]);

    const qint64 created = m_random.between(seedtime::dayNumber(2019, 3, 1), seedtime::dayNumber(2025, 6, 30));
    const qint64 updated = std::min(created + m_random.between(0, 365), seedtime::dayNumber(2025, 12, 15));
    const seedtime::Stamps stamps = seedtime::officeHourStamps(created, updated, m_random.next());
    row.createdAt = stamps.created;
    row.updatedAt = stamps.updated;
    return row;
}

} // namespace dew::models
