// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationstate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dew::models {

struct RequestedResource
{
    QString code; // resource code, "101001/000123"
    QString name;
    QString grade; // EnumKind::Grade code: core, important, general1..4
};

// A file filed with the application; its content is identified by its SHA-256.
struct Material
{
    QString kind; // EnumKind::MaterialKind code
    QString fileName;
    QString sha256; // lower-case hex of the file's bytes
    qint64 size = 0;
};

// What the credit module knows of the applicant: whether it has a serious bad record whose
// publication window covers today. Until credit records exist nothing is known, and the
// qualification check says that it could not be made.
enum class CreditStanding { NotAvailable, Clear, SeriousBadRecord };

// Everything the workflow rules read about one application (DESIGN.md §3, §6).
struct ApplicationFacts
{
    QString id;
    ApplicationState state = ApplicationState::Draft;
    QDateTime stateSince;    // when the application entered its state: stage deadlines count from it
    QString filedBy;         // user id of whoever filed it; they never review it
    QStringList submittedBy; // who submitted, supplemented or asked for a change: they never review it either
    QString ownerOrg;        // the filing officer's organisation
    QString applicantUscc;
    QString mode;        // EnumKind::ApplicationMode code
    QString feeCategory; // EnumKind::FeeCategory code
    qint64 feeYuanPerYear = 0;
    QDate termStart;
    QDate termEnd;
    QList<RequestedResource> resources;
    QList<Material> materials;
    // Reviewers who passed the current compliance round; important data needs two distinct ones.
    QStringList complianceApprovals;
    // Set by a change request of an active agreement, cleared when the application is active again.
    bool changeUnderReview = false;
    // An operation agreement is on record: only then is it signed. In a change round the agreement
    // in force counts: it is amended before signing if the change needs it, or signed as it stands.
    bool agreementRecorded = false;
    CreditStanding credit = CreditStanding::NotAvailable;

    bool requestsGrade(const QString &grade) const; // an EnumKind::Grade code
    qsizetype distinctComplianceApprovals() const;
};

} // namespace dew::models
