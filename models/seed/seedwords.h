// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

// The vocabulary of the demo city: Hohhot's bodies, the topics of its data and the words that
// names, summaries and data items are composed from. Plain UTF-8 tables, so that the generator
// can combine them into thousands of distinct, plausible records.
namespace dew::models::seedwords {

using Words = std::span<const char *const>;

// One data item (信息项) that resources of several topics share.
struct FieldWord
{
    const char *name;
    const char *dataType; // EnumKind::DataType code
    int length;           // 0: no length (dates, binaries)
    const char *description;
    bool sensitive; // personal or otherwise protected: shared on conditions only
};

// A subject area of the catalogue (人口, 教育 …) and what its resources and systems are made of.
struct Topic
{
    const char *key;        // referred to by CityOrganisation::topics
    const char *label;      // Chinese, as in summaries
    const char *baseFamily; // EnumKind::BaseFamily code; nullptr when the topic has no base library
    const char *theme;      // EnumKind::Theme code; nullptr when there is no theme library
    int weight;             // relative share of all resources
    Words subjects;         // 常住人口, 中小学校 …
    Words facets;           // 基本信息, 登记信息 …
    Words keyFields;        // data items every resource of the topic leads with
    Words fields;           // further data items to choose from
    Words purposes;         // what the data serves, for summaries
    Words systemDomains;    // the business an information system of this topic supports
};

// A city-level body or company with a fixed name (counties and townships are composed).
struct CityOrganisation
{
    const char *name;
    const char *kind;   // EnumKind::OrgKind code
    const char *region; // region code
    const char *topics; // comma-separated Topic::key list: the data it provides
};

// A well-known system that every city has, owned by a named organisation.
struct SignatureSystem
{
    const char *name; // without the "呼和浩特市" prefix
    const char *owner;
    const char *topic;
};

std::span<const Topic> topics();
std::span<const FieldWord> fieldWords();
const FieldWord *fieldWord(const char *name); // nullptr when the dictionary lacks it

std::span<const CityOrganisation> cityOrganisations();
// Default-scale township offices (nine-digit codes); larger cities get one in every township.
Words demoTownships();
const char *townshipTopics(); // what a township office provides, as CityOrganisation::topics
Words enterpriseBrands();     // 字号 of invented companies
Words enterpriseTrades();

std::span<const SignatureSystem> signatureSystems();
Words systemSuffixes();
Words systemSummaries(); // %1 area, %2 system (without the place), %3 owner, %4 purpose

Words specialTopics();     // 专题库
Words resourceSummaries(); // %1 area, %2 subject, %3 facet, %4 items, %5 owner, %6 purpose
Words shareConditions();
Words noShareReasons();
Words openConditions();

Words surnames();
Words givenNames();
Words mongolianNames(); // given without a surname, as many Hohhot residents are

} // namespace dew::models::seedwords
