// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/applicationcommand.h"
#include "workflow/applicationfacts.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dew::models {

// One reviewer's step in the review round that led to the decision.
struct DecisionLetterReviewer
{
    QString name;
    QString stage;  // the stage's label, in the UI's language
    QString action; // what they did there, in the UI's language
    QString opinion;
    QDateTime time; // UTC
};

// The decision letter (决定书) of an authorization-operation application, laid out as an official
// document (GB/T 9704, DESIGN.md §6). Every text is ready to print, in the UI's language.
struct DecisionLetter
{
    QString issuingAuthority; // 发文机关
    QString documentNumber;   // 发文字号
    QString title;
    QString addressee; // 主送机关: the applicant
    QString applicationCode;
    QString decision;                        // empty when no review record decided anything yet
    QStringList reasons;                     // the opinions of the review round, in order
    QList<DecisionLetterReviewer> reviewers; // who acted in that round, in order
    QString recordHash;                      // decisionRecordHash() of what the letter was made from
    QDate date;                              // 成文日期
};

// The letter for the last decisive review record (not accepted, returned, failed at a stage,
// decided against, approved, revoked): its reasons and reviewers are those of the review round
// that record ended, which starts after the filer's last submission.
DecisionLetter decisionLetterFor(const ApplicationFacts &facts, const QList<ReviewRecord> &records,
                                 const QString &applicantName, const QString &issuingAuthority,
                                 const QString &documentNumber, QDate date);

// SHA-256 (lower-case hex) over what a letter was made from — the application's id and state
// when the letter was made, and the timeline — so that a printed letter can be checked against
// them later. See decisionletter.cpp for the canonical form.
QString decisionRecordHash(const ApplicationFacts &facts, const QList<ReviewRecord> &records);

// Prints the letter to a PDF on A4 with WenQuanYi Micro Hei, whose text layer extracts exactly
// (TOOLCHAIN.md). Needs a QGuiApplication (fonts); writes nothing and says why when it fails.
bool writeDecisionLetterPdf(const DecisionLetter &letter, const QString &path, QString *error = nullptr);

} // namespace dew::models
