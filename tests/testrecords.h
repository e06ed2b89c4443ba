// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"

#include <QString>

// Records every test suite makes, valid for the validator.
namespace dew::test {

// A base-library data resource of an organisation.
inline models::Record resourceRecord(const QString &code, const QString &name, const QString &org)
{
    models::Record r;
    r.values = {{QStringLiteral("code"), code},
                {QStringLiteral("name"), name},
                {QStringLiteral("owner_org"), org},
                {QStringLiteral("summary"), QStringLiteral("全市常住人口的基本信息")},
                {QStringLiteral("catalogue_kind"), QStringLiteral("base")},
                {QStringLiteral("base_family"), QStringLiteral("population")},
                {QStringLiteral("format"), QStringLiteral("database")},
                {QStringLiteral("update_cycle"), QStringLiteral("daily")},
                {QStringLiteral("share_type"), QStringLiteral("unconditional")},
                {QStringLiteral("open_type"), QStringLiteral("none")},
                {QStringLiteral("grade"), QStringLiteral("general2")}};
    return r;
}

// The resource code of the n-th test resource: 101001/00000n.
// An application for public-welfare use of these resources (codes one per line), filed by org.
inline models::Record applicationRecord(const QString &code, const QString &resourceCodes, const QString &org)
{
    models::Record r;
    r.values = {{QStringLiteral("code"), code},
                {QStringLiteral("scenario"), QStringLiteral("普惠金融信用评估")},
                {QStringLiteral("applicant_name"), QStringLiteral("内蒙古数智科技有限公司")},
                {QStringLiteral("applicant_uscc"), QStringLiteral("91350100M000100Y43")},
                {QStringLiteral("mode"), QStringLiteral("scenario")},
                {QStringLiteral("resource_codes"), resourceCodes},
                {QStringLiteral("purpose"), QStringLiteral("为小微企业信贷提供信用评估")},
                {QStringLiteral("fee_category"), QStringLiteral("public_welfare")},
                {QStringLiteral("fee_yuan"), 0},
                {QStringLiteral("term_start"), QStringLiteral("2027-01-01")},
                {QStringLiteral("term_end"), QStringLiteral("2028-12-31")},
                {QStringLiteral("owner_org"), org}};
    return r;
}

inline QString resourceCode(int number)
{
    return QStringLiteral("101001/%1").arg(number, 6, 10, QLatin1Char('0'));
}

} // namespace dew::test
