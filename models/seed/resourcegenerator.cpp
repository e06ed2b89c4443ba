// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcegenerator.h"

#include "domain/enumerations.h"
#include "domain/resourcecode.h"
#include "seedtext.h"
#include "seedtime.h"

#include <array>
#include <numeric>

namespace dew::models {
namespace {

const seedwords::FieldWord *resolve(const char *name)
{
    const seedwords::FieldWord *word = seedwords::fieldWord(name);
    if (!word) {
        qFatal("demo city: data item %s is not in the dictionary", name);
    }
    return word;
}

std::vector<const seedwords::FieldWord *> resolveAll(seedwords::Words names)
{
    std::vector<const seedwords::FieldWord *> words;
    for (const char *name : names) {
        words.push_back(resolve(name));
    }
    return words;
}

QString digits(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// General levels 1–4 rise in sensitivity; important and core data are above all of them.
int gradeRank(const QString &grade)
{
    static const char *const order[] = {"general1", "general2", "general3", "general4", "important", "core"};
    for (int i = 0; i < 6; ++i) {
        if (grade == QLatin1String(order[i])) {
            return i;
        }
    }
    return 0;
}

// The codes items are stored with, as literals that outlive every statement.
const char *literalOf(const QString &code)
{
    static const char *const codes[] = {"unconditional", "conditional", "none",     "core",    "important",
                                        "general1",      "general2",    "general3", "general4"};
    for (const char *literal : codes) {
        if (code == QLatin1String(literal)) {
            return literal;
        }
    }
    return nullptr;
}

const QString unconditional = QStringLiteral("unconditional");
const QString conditional = QStringLiteral("conditional");
const QString none = QStringLiteral("none");

} // namespace

ResourceGenerator::ResourceGenerator(const CityPlan &plan, SeedRandom &random, SeedIds &ids)
    : m_plan(plan), m_random(random), m_ids(ids), m_updateTime(resolve("数据更新时间"))
{
    const QStringList families = Enumeration::of(EnumKind::BaseFamily).codes();
    const QStringList themes = Enumeration::of(EnumKind::Theme).codes();
    for (const seedwords::Topic &topic : seedwords::topics()) {
        m_topicWeights.push_back(topic.weight);
        m_baseFamilyIndex.push_back(topic.baseFamily ? int(families.indexOf(QLatin1String(topic.baseFamily))) : -1);
        m_themeIndex.push_back(topic.theme ? int(themes.indexOf(QLatin1String(topic.theme))) : -1);
        m_keyFields.push_back(resolveAll(topic.keyFields));
        m_fields.push_back(resolveAll(topic.fields));
        if ((topic.baseFamily && m_baseFamilyIndex.back() < 0) || (topic.theme && m_themeIndex.back() < 0) ||
            m_fields.back().size() > 32) {
            qFatal("demo city: topic %s does not match the enumerations", topic.key);
        }
    }
}

void ResourceGenerator::addSourceSystem(const SystemRow &system)
{
    if (!system.retired) {
        m_systemsByOwnerTopic[qint64(system.ownerIndex) * 1000 + system.topic].push_back(system.id);
        m_systemsByOwner[system.ownerIndex].push_back(system.id);
    }
}

int ResourceGenerator::pickOwner(size_t topic)
{
    // Most of a catalogue comes from the city's departments, a third from banners, counties and
    // districts, a little from townships and state-owned companies.
    const quint64 roll = m_random.below(100);
    const std::vector<int> *pool = roll < 58   ? &m_plan.cityProviders(topic)
                                   : roll < 90 ? &m_plan.countyProviders()
                                   : roll < 96 ? &m_plan.townshipProviders(topic)
                                               : &m_plan.companyProviders(topic);
    if (pool->empty()) {
        pool = &m_plan.cityProviders(topic);
    }
    if (pool->empty()) {
        pool = &m_plan.countyProviders();
    }
    return (*pool)[m_random.below(pool->size())];
}

ResourceGenerator::Kind ResourceGenerator::pickKind(size_t topic, size_t subject)
{
    // Classification: the catalogue kind's digit, a two-digit item, a three-digit category.
    if (m_random.percent(6)) {
        const quint64 special = m_random.below(seedwords::specialTopics().size());
        return {QStringLiteral("special"),
                QStringLiteral("4") + digits(qint64(special) + 1, 2) + digits(qint64(topic * 20 + subject) + 1, 3)};
    }
    if (m_baseFamilyIndex[topic] >= 0 && m_random.percent(45)) {
        return {QStringLiteral("base"),
                QStringLiteral("1") + digits(m_baseFamilyIndex[topic] + 1, 2) + digits(qint64(subject) + 1, 3)};
    }
    if (m_themeIndex[topic] >= 0 && m_random.percent(55)) {
        return {QStringLiteral("theme"),
                QStringLiteral("2") + digits(m_themeIndex[topic] + 1, 2) + digits(qint64(subject) + 1, 3)};
    }
    return {QStringLiteral("department"),
            QStringLiteral("3") + digits(qint64(topic) + 1, 2) + digits(qint64(subject) + 1, 3)};
}

QString ResourceGenerator::nextCode(const QString &classification)
{
    // Six digits number 999,999 resources of a category; sub-category digits keep larger
    // catalogues unique.
    const int sequence = ++m_sequences[classification];
    const int block = (sequence - 1) / 999999;
    return resourcecode::compose(block == 0 ? classification : classification + digits(block, 2),
                                 (sequence - 1) % 999999 + 1);
}

ResourceRow ResourceGenerator::next()
{
    const std::span<const seedwords::Topic> topics = seedwords::topics();
    const size_t topicIndex = m_random.weighted(m_topicWeights);
    const seedwords::Topic &topic = topics[topicIndex];
    const size_t subjectIndex = m_random.below(topic.subjects.size());
    const QString subject = QString::fromUtf8(topic.subjects[subjectIndex]);
    const QString facet = QString::fromUtf8(m_random.pick(topic.facets));

    ResourceRow row;
    row.ownerIndex = pickOwner(topicIndex);
    const SeedOrganisation &owner = m_plan.organisations()[size_t(row.ownerIndex)];
    row.id = m_ids.next();
    row.ownerOrg = owner.id;
    const Kind kind = pickKind(topicIndex, subjectIndex);
    row.catalogueKind = kind.catalogueKind;
    row.code = nextCode(kind.classification);
    if (row.catalogueKind == QLatin1String("base")) {
        row.baseFamily = QString::fromLatin1(topic.baseFamily);
    }
    if (topic.theme) {
        row.theme = QString::fromLatin1(topic.theme);
    }
    // The city's departments name the city now and then; lower levels always name their area.
    const bool city = owner.regionLevel == QLatin1String("city");
    row.name = (!city || m_random.percent(25) ? owner.regionName : QString()) + subject + facet;

    static const char *const formats[] = {"file",   "spreadsheet",     "database", "image",
                                          "stream", "self_describing", "api"};
    static const int formatWeights[] = {10, 15, 40, 5, 2, 8, 20};
    static const int geoFormatWeights[] = {10, 10, 30, 30, 2, 8, 10};
    row.format = QString::fromLatin1(
        formats[m_random.weighted(qstrcmp(topic.key, "geo") == 0 ? geoFormatWeights : formatWeights)]);
    static const char *const cycles[] = {"realtime",  "daily",       "weekly", "monthly",
                                         "quarterly", "half_yearly", "yearly", "irregular"};
    static const int cycleWeights[] = {8, 20, 6, 20, 12, 4, 18, 12};
    row.updateCycle = QString::fromLatin1(cycles[m_random.weighted(cycleWeights)]);
    setSharing(row);
    addItems(row, topicIndex);

    QStringList lead;
    for (size_t i = 0; i < row.items.size() && i < 3; ++i) {
        lead << QString::fromUtf8(row.items[i].word->name);
    }
    row.summary = seedtext::fill(m_random.pick(seedwords::resourceSummaries()),
                                 {owner.area, subject, facet, lead.join(QStringLiteral("、")), owner.name,
                                  QString::fromUtf8(m_random.pick(topic.purposes))});
    setSize(row);
    setLifecycle(row);
    if (m_random.percent(90)) { // the rest is kept by hand, without a system
        row.sourceSystem = sourceSystemOf(row.ownerIndex, topicIndex);
    }
    return row;
}

void ResourceGenerator::setSharing(ResourceRow &row)
{
    static const char *const grades[] = {"core", "important", "general1", "general2", "general3", "general4"};
    static const int gradeWeights[] = {5, 45, 250, 350, 250, 100};
    row.grade = QString::fromLatin1(grades[m_random.weighted(gradeWeights)]);
    row.classified = m_random.perMille(2);
    const bool important = row.grade == QLatin1String("important");
    if (row.classified || row.grade == QLatin1String("core")) {
        row.shareType = none;
        row.noShareReason = row.classified ? QStringLiteral("涉及国家秘密") : QString();
    } else if (important) {
        row.shareType = m_random.percent(70) ? conditional : none;
    } else {
        static const int shareWeights[] = {45, 45, 10};
        row.shareType = std::array{unconditional, conditional, none}[m_random.weighted(shareWeights)];
    }
    if (row.shareType == conditional) {
        row.shareCondition = QString::fromUtf8(m_random.pick(seedwords::shareConditions()));
    } else if (row.shareType == none && row.noShareReason.isNull()) {
        row.noShareReason = QString::fromUtf8(m_random.pick(seedwords::noShareReasons()));
    }
    // What is not shared among departments is not opened to the public either.
    if (row.shareType == none || important || row.grade == QLatin1String("core")) {
        row.openType = none;
    } else if (row.shareType == unconditional) {
        static const int openWeights[] = {30, 30, 40};
        row.openType = std::array{unconditional, conditional, none}[m_random.weighted(openWeights)];
    } else {
        row.openType = m_random.percent(40) ? conditional : none;
    }
    if (row.openType == conditional) {
        row.openCondition = QString::fromUtf8(m_random.pick(seedwords::openConditions()));
    }
}

void ResourceGenerator::addItems(ResourceRow &row, size_t topic)
{
    const std::vector<const seedwords::FieldWord *> &pool = m_fields[topic];
    const auto target = size_t(m_random.between(2, 8));
    std::vector<const seedwords::FieldWord *> chosen;
    for (const seedwords::FieldWord *key : m_keyFields[topic]) {
        if (chosen.size() < target) {
            chosen.push_back(key);
        }
    }
    std::array<size_t, 32> order{};
    std::iota(order.begin(), order.begin() + qsizetype(pool.size()), size_t(0));
    for (size_t i = 0; chosen.size() < target && i < pool.size(); ++i) {
        std::swap(order[i], order[i + m_random.below(pool.size() - i)]);
        chosen.push_back(pool[order[i]]);
    }
    if (chosen.size() < 8 && m_random.percent(15)) {
        chosen.push_back(m_updateTime);
    }
    const int resourceRank = gradeRank(row.grade);
    for (const seedwords::FieldWord *word : chosen) {
        ItemRow item;
        item.id = m_ids.next();
        item.word = word;
        if (word->sensitive) {
            // Personal data is shared on conditions at most, never opened, and graded 3 or above.
            item.shareType = row.shareType == none ? "none" : "conditional";
            item.openType = "none";
            item.grade = resourceRank < 2 ? "general3" : literalOf(row.grade);
        } else {
            item.shareType = literalOf(row.shareType);
            item.openType = literalOf(row.openType);
            item.grade = literalOf(row.grade);
        }
        row.items.push_back(std::move(item));
    }
}

void ResourceGenerator::setSize(ResourceRow &row)
{
    const bool media = row.format == QLatin1String("image") || row.format == QLatin1String("stream");
    const auto magnitude = int(m_random.between(2, media ? 4 : 6));
    qint64 power = 1;
    for (int i = 0; i < magnitude; ++i) {
        power *= 10;
    }
    row.recordCount = m_random.between(1, 9) * power + qint64(m_random.below(quint64(power)));
    const qint64 bytesPerRecord = row.format == QLatin1String("stream")  ? 5000000
                                  : row.format == QLatin1String("image") ? 300000
                                  : row.format == QLatin1String("file")  ? 50000
                                                                         : m_random.between(200, 2000);
    row.storageGb = double(std::max<qint64>(1, row.recordCount * bytesPerRecord / 10000000)) / 100.0;
}

void ResourceGenerator::setLifecycle(ResourceRow &row)
{
    static const char *const lifecycles[] = {"published", "pending_review", "draft", "withdrawn"};
    static const int lifecycleWeights[] = {70, 10, 12, 8};
    row.lifecycle = QString::fromLatin1(lifecycles[m_random.weighted(lifecycleWeights)]);
    const qint64 last = seedtime::dayNumber(2025, 12, 31);
    const qint64 created = m_random.between(seedtime::dayNumber(2019, 1, 1), seedtime::dayNumber(2025, 9, 30));
    qint64 updated = 0;
    if (row.lifecycle == QLatin1String("published") || row.lifecycle == QLatin1String("withdrawn")) {
        const qint64 published = std::min(created + m_random.between(1, 90), last);
        row.publishDate = seedtime::isoDate(published);
        updated = std::min(published + m_random.between(0, 120), last);
        row.reportedUp = row.lifecycle == QLatin1String("published") && m_random.percent(40);
        row.retired = m_random.percent(4);
    } else {
        updated = std::min(created + m_random.between(0, 200), last);
    }
    const seedtime::Stamps stamps = seedtime::officeHourStamps(created, updated, m_random.next());
    row.createdAt = stamps.created;
    row.updatedAt = stamps.updated;
}

QString ResourceGenerator::sourceSystemOf(int owner, size_t topic)
{
    const auto byTopic = m_systemsByOwnerTopic.constFind(qint64(owner) * 1000 + qint64(topic));
    if (byTopic != m_systemsByOwnerTopic.cend()) {
        return byTopic->at(m_random.below(byTopic->size()));
    }
    const auto any = m_systemsByOwner.constFind(owner);
    if (any != m_systemsByOwner.cend()) {
        return any->at(m_random.below(any->size()));
    }
    return {};
}

} // namespace dew::models
