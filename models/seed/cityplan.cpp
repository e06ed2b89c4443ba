// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityplan.h"

#include "domain/divisions.h"
#include "domain/uscc.h"

#include <algorithm>
#include <cstring>

namespace dew::models {
namespace {

const QString cityCode = QStringLiteral("150100");
const QString etdzCode = QStringLiteral("150172");
// 和林格尔新区 has no statistical code: it carries a local one (Divisions::isLocalZoneCode).
const QString newAreaCode = QStringLiteral("150100Z01");

// GB 32100 uses GB 11714's organisation code as characters 9–17; its own check digit is the
// ninth character (weights 3,7,9,10,5,8,4,2; 10 is written X).
QChar organisationCodeCheck(const QString &body8)
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        const int value = c.isDigit() ? c.digitValue() : 10 + (c.unicode() - 'A');
        sum += value * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10   ? QLatin1Char('X')
           : check == 11 ? QLatin1Char('0')
                         : QChar(QLatin1Char(static_cast<char>('0' + check)));
}

// The township body's name as it is written: 街道 have an office (办事处), towns and
// sumus a government; parks and service centres their management committee.
QString townshipOfficeName(const QString &countyName, const QString &township)
{
    QString name = township;
    if (township.endsWith(QStringLiteral("街道"))) {
        name += QStringLiteral("办事处");
    } else if (township.endsWith(QStringLiteral("镇")) || township.endsWith(QStringLiteral("乡")) ||
               township.endsWith(QStringLiteral("苏木"))) {
        name += QStringLiteral("人民政府");
    } else if (!township.endsWith(QStringLiteral("中心"))) {
        name += QStringLiteral("管理委员会");
    }
    // Two counties have a 城关镇: official names carry the county.
    const bool carriesPlace = township.startsWith(QStringLiteral("内蒙古")) ||
                              township.startsWith(QStringLiteral("呼和浩特")) || township.startsWith(countyName);
    return carriesPlace ? name : countyName + name;
}

} // namespace

CityPlan::CityPlan(qint64 scale, SeedRandom &random, SeedIds &ids)
    : m_cityProviders(seedwords::topics().size()), m_companyProviders(seedwords::topics().size()),
      m_townshipProviders(seedwords::topics().size())
{
    addRegions(ids);
    for (const seedwords::CityOrganisation &org : seedwords::cityOrganisations()) {
        addOrganisation(QString::fromUtf8(org.name), QString::fromUtf8(org.kind), QString::fromUtf8(org.region),
                        QString::fromUtf8(org.topics), random, ids);
    }
    const Divisions &divisions = Divisions::instance();
    for (const QString &county : divisions.childrenOf(cityCode)) {
        if (county != etdzCode) { // the zone's management committee is in the table
            const QString name = divisions.nameOf(county);
            addOrganisation(name + QStringLiteral("人民政府办公室"), QStringLiteral("government"), county, {}, random,
                            ids);
            addOrganisation(name + QStringLiteral("数据局"), QStringLiteral("government"), county, {}, random, ids);
        }
    }
    if (scale >= allTownshipsScale) {
        for (const QString &county : divisions.childrenOf(cityCode)) {
            for (const QString &township : divisions.childrenOf(county)) {
                addTownshipOffice(township, random, ids);
            }
        }
    } else {
        for (const char *township : seedwords::demoTownships()) {
            addTownshipOffice(QString::fromLatin1(township), random, ids);
        }
    }
    // Bigger cities have more companies applying to operate public data.
    addEnterprises(std::clamp<qint64>((scale - 3000) / 2500, 0, 512), random, ids);
}

void CityPlan::addRegions(SeedIds &ids)
{
    const Divisions &divisions = Divisions::instance();
    const auto add = [&](const QString &code, const QString &name, const char *level, const QString &parent) {
        m_regionIndex.insert(code, int(m_regions.size()));
        m_regions.push_back({ids.next(), code, name, QString::fromLatin1(level), parent});
    };
    add(cityCode, divisions.nameOf(cityCode), "city", QStringLiteral("150000"));
    const QStringList counties = divisions.childrenOf(cityCode);
    for (const QString &county : counties) {
        add(county, divisions.nameOf(county), county == etdzCode ? "zone" : "county", cityCode);
    }
    add(newAreaCode, QStringLiteral("和林格尔新区"), "zone", cityCode);
    for (const QString &county : counties) {
        for (const QString &township : divisions.childrenOf(county)) {
            add(township, divisions.nameOf(township), "township", county);
        }
    }
}

void CityPlan::addOrganisation(const QString &name, const QString &kind, const QString &regionCode,
                               const QString &topics, SeedRandom &random, SeedIds &ids)
{
    const int regionIndex = m_regionIndex.value(regionCode, -1);
    if (regionIndex < 0 || m_byName.contains(name)) {
        qFatal("demo city: organisation %s has an unknown region or a duplicate name", qPrintable(name));
    }
    const SeedRegion &region = m_regions[size_t(regionIndex)];
    SeedOrganisation org;
    org.id = ids.next();
    org.uscc = makeUscc(kind, regionCode, random);
    org.name = name;
    org.regionCode = regionCode;
    org.kind = kind;
    org.regionLevel = region.level;
    const bool city = region.level == QLatin1String("city");
    org.regionName = region.name;
    org.area = city ? QStringLiteral("全市") : region.name;
    const std::span<const seedwords::Topic> all = seedwords::topics();
    for (const QString &key : topics.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        size_t topic = 0;
        while (topic < all.size() && key != QLatin1String(all[topic].key)) {
            ++topic;
        }
        if (topic == all.size()) {
            qFatal("demo city: unknown topic %s", qPrintable(key));
        }
        org.topics.push_back(int(topic));
    }

    const int index = int(m_organisations.size());
    m_byName.insert(name, index);
    if (kind == QLatin1String("soe") || kind == QLatin1String("enterprise")) {
        for (const int topic : org.topics) {
            m_companyProviders[size_t(topic)].push_back(index);
        }
        if (!org.topics.empty()) {
            m_dataOwners.push_back(index);
        }
    } else {
        if (city) {
            for (const int topic : org.topics) {
                m_cityProviders[size_t(topic)].push_back(index);
            }
        } else if (region.level == QLatin1String("township")) {
            for (const int topic : org.topics) {
                m_townshipProviders[size_t(topic)].push_back(index);
            }
        } else {
            m_countyProviders.push_back(index);
        }
        m_dataOwners.push_back(index);
    }
    m_organisations.push_back(std::move(org));
}

void CityPlan::addTownshipOffice(const QString &townshipCode, SeedRandom &random, SeedIds &ids)
{
    const Divisions &divisions = Divisions::instance();
    const QString name = townshipOfficeName(divisions.nameOf(townshipCode.left(6)), divisions.nameOf(townshipCode));
    addOrganisation(name, QStringLiteral("government"), townshipCode, QString::fromLatin1(seedwords::townshipTopics()),
                    random, ids);
}

void CityPlan::addEnterprises(qint64 count, SeedRandom &random, SeedIds &ids)
{
    const seedwords::Words brands = seedwords::enterpriseBrands();
    const seedwords::Words trades = seedwords::enterpriseTrades();
    const QStringList counties = Divisions::instance().childrenOf(cityCode);
    const qint64 possible = qint64(brands.size() * trades.size() * 4);
    for (qint64 i = 0; i < count && i < possible; ++i) {
        // Mixed radix over the word lists: every index gives a different name.
        const auto brand = size_t(i) % brands.size();
        const auto trade = size_t(i) / brands.size() % trades.size();
        const qint64 form = i / qint64(brands.size() * trades.size());
        const QString name = (form % 2 == 0 ? QStringLiteral("内蒙古") : QStringLiteral("呼和浩特")) +
                             QString::fromUtf8(brands[brand]) + QString::fromUtf8(trades[trade]) +
                             (form / 2 == 0 ? QStringLiteral("有限公司") : QStringLiteral("股份有限公司"));
        if (!m_byName.contains(name)) {
            const QString region = counties.at(qsizetype(random.below(quint64(counties.size()))));
            addOrganisation(name, QStringLiteral("enterprise"), region, {}, random, ids);
        }
    }
}

QString CityPlan::makeUscc(const QString &kind, const QString &regionCode, SeedRandom &random)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // Registration authority and type (GB 32100 table 1): 11 organ of state, 12 public
    // institution, 91 enterprise (state-owned or not), 93 other.
    const QString prefix = kind == QLatin1String("government")    ? QStringLiteral("11")
                           : kind == QLatin1String("institution") ? QStringLiteral("12")
                           : kind == QLatin1String("other")       ? QStringLiteral("93")
                                                                  : QStringLiteral("91");
    // The region part is six digits: a township body registers with its county, and the new
    // area, whose code is local, with the city.
    const QString region = regionCode.left(6);
    for (;;) {
        QString body8;
        if (prefix == QLatin1String("91")) {
            body8 = QStringLiteral("MA"); // organisation codes issued since 2015
            for (int i = 0; i < 6; ++i) {
                body8 += QLatin1Char(alphabet[random.below(std::strlen(alphabet))]);
            }
        } else {
            body8 = (prefix == QLatin1String("12") ? QStringLiteral("4") : QStringLiteral("0")) +
                    QStringLiteral("%1").arg(random.below(10000000), 7, 10, QLatin1Char('0'));
        }
        const QString body17 = prefix + region + body8 + organisationCodeCheck(body8);
        const QString code = body17 + uscc::checkCharacter(body17).value_or(QLatin1Char('0'));
        if (!m_usccs.contains(code)) {
            m_usccs.insert(code);
            return code;
        }
    }
}

} // namespace dew::models
