// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/uuid7.h"
#include "seedwords.h"

#include <QString>

#include <vector>

// The rows of the demo city as the generators make them and the writer stores them.
namespace dew::models {

// Record ids in the order records are made: the same scale gives the same ids.
class SeedIds
{
public:
    explicit SeedIds(qint64 baseMsecs) : m_base(baseMsecs) {}
    QString next() { return uuidV7From(m_base, m_counter++); }

private:
    qint64 m_base;
    quint64 m_counter = 0;
};

struct SeedRegion
{
    QString id;
    QString code;
    QString name;
    QString level; // EnumKind::RegionLevel code
    QString parentCode;
};

struct SeedOrganisation
{
    QString id;
    QString uscc;
    QString name;
    QString regionCode;
    QString kind;            // EnumKind::OrgKind code
    QString regionLevel;     // of its region: what it may build (city, county, township, zone)
    QString regionName;      // 呼和浩特市, 新城区, 金河镇 …: put before the names of what it keeps
    QString area;            // as summaries name it: 全市 for the city's bodies, else the region's name
    std::vector<int> topics; // indices into seedwords::topics(); empty: any topic of its area
};

struct SystemRow
{
    QString id;
    QString createdAt;
    QString updatedAt;
    QString ownerOrg;
    QString code;
    QString name;
    QString buildLevel;
    QString status;
    QString deployment;
    QString mlpsLevel;
    QString goLive;
    QString contact;
    QString phone;
    QString summary;
    QString lifecycle;
    bool retired = false;
    int ownerIndex = -1; // into CityPlan::organisations(); not stored
    int topic = -1;      // into seedwords::topics(); not stored
};

struct ItemRow
{
    QString id;
    const seedwords::FieldWord *word = nullptr;
    const char *shareType = nullptr; // enumeration codes, as literals: items outnumber resources
    const char *openType = nullptr;
    const char *grade = nullptr;
};

struct ResourceRow
{
    QString id;
    QString createdAt;
    QString updatedAt;
    QString ownerOrg;
    QString code;
    QString name;
    QString summary;
    QString catalogueKind;
    QString baseFamily; // null when not a base-library resource
    QString theme;
    QString format;
    QString updateCycle;
    QString shareType;
    QString shareCondition;
    QString noShareReason;
    QString openType;
    QString openCondition;
    QString grade;
    bool classified = false;
    QString sourceSystem;
    qint64 recordCount = 0;
    double storageGb = 0;
    QString publishDate;
    bool reportedUp = false;
    QString lifecycle;
    bool retired = false;
    std::vector<ItemRow> items;
    int ownerIndex = -1; // not stored
};

} // namespace dew::models
