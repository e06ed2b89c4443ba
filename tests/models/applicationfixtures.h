// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "workflow/applicationfacts.h"
#include "workflow/applicationmaterials.h"
#include "workflow/applicationrules.h"

#include <QCryptographicHash>
#include <QTimeZone>

// An application that meets every automatic rule, filed by an officer of org-a, and the people
// who act on it: the workflow and compliance tests change one thing at a time from here.
namespace applicationfixture {

inline const dew::models::Actor officer{QStringLiteral("u-officer"), QStringLiteral("填报员"),
                                        dew::models::Role::Officer, QStringLiteral("org-a")};
inline const dew::models::Actor otherOfficer{QStringLiteral("u-officer-b"), QStringLiteral("填报员乙"),
                                             dew::models::Role::Officer, QStringLiteral("org-b")};
inline const dew::models::Actor reviewer{QStringLiteral("u-rev-1"), QStringLiteral("审核员甲"),
                                         dew::models::Role::Reviewer, QStringLiteral("org-bureau")};
inline const dew::models::Actor secondReviewer{QStringLiteral("u-rev-2"), QStringLiteral("审核员乙"),
                                               dew::models::Role::Reviewer, QStringLiteral("org-bureau")};
inline const dew::models::Actor supervisor{QStringLiteral("u-sup"), QStringLiteral("监管"),
                                           dew::models::Role::Supervisor, QStringLiteral("org-bureau")};
inline const dew::models::Actor admin{
    QStringLiteral("u-admin"), QStringLiteral("管理员"), dew::models::Role::Admin, {}};

inline dew::models::ApplicationRules rules()
{
    dew::models::ApplicationRules rules = dew::models::ApplicationRules::defaults();
    rules.positiveList = {QStringLiteral("101"), QStringLiteral("201002/000007")};
    rules.negativeList = {QStringLiteral("1019"), QStringLiteral("201002/000009")};
    return rules;
}

inline dew::models::ApplicationFacts application(dew::models::ApplicationState state)
{
    dew::models::ApplicationFacts facts;
    facts.id = QStringLiteral("app-1");
    facts.state = state;
    facts.stateSince = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600));
    facts.filedBy = officer.userId;
    facts.ownerOrg = officer.orgId;
    facts.applicantUscc = QStringLiteral("91350100M000100Y43");
    facts.mode = QStringLiteral("scenario");
    facts.feeCategory = QStringLiteral("industry");
    facts.feeYuanPerYear = 150'000;
    facts.termStart = QDate(2026, 4, 1);
    facts.termEnd = QDate(2029, 3, 31);
    facts.resources = {{QStringLiteral("101001/000123"), QStringLiteral("人口基础信息"), QStringLiteral("general2")},
                       {QStringLiteral("201002/000007"), QStringLiteral("公交线路"), QStringLiteral("general1")}};
    for (const QString &kind : dew::models::requiredMaterialKinds()) {
        const QByteArray content = kind.toUtf8();
        facts.materials.append(
            {kind, kind + QStringLiteral(".pdf"),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
             content.size()});
    }
    facts.credit = dew::models::CreditStanding::Clear;
    facts.agreementRecorded = true;
    return facts;
}

} // namespace applicationfixture
