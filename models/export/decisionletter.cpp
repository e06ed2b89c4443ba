// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionletter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace dew::models {
namespace {

using A = ApplicationAction;

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::DecisionLetter", source);
}

// The letter's decision in words, for the records that decide an application; nullopt for the rest.
std::optional<QString> decisionOf(const ReviewRecord &record)
{
    switch (record.action) {
    case A::NotAccept:
        return text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "The application is not accepted."));
    case A::Return:
        return text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                      "The application is returned for supplement; please supplement the "
                                      "materials and submit it again."));
    case A::FailQualification:
    case A::FailCompliance:
    case A::FailExpertReview:
    case A::DecideAgainst:
        if (record.result == ApplicationState::Active) { // a change of an agreement in force was refused
            return text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                          "The requested change is not approved; the agreement in force remains."));
        }
        return text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "The application is rejected."));
    case A::RecordDecision:
        return text(
            QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "The application is approved, subject to public notice."));
    case A::ClosePublicity:
        return text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "The application is approved."));
    case A::Revoke:
        return text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter", "The authorization is revoked."));
    default:
        return std::nullopt;
    }
}

// Submitting, resubmitting and requesting a change start a new review round.
bool startsRound(A action)
{
    return action == A::Submit || action == A::Supplement || action == A::RequestChange;
}

} // namespace

// The canonical form: the UTF-8 bytes of the compact JSON document
//   {"application":{"id":<facts.id>,"state":<state code>},"records":[<ReviewRecord::toJson()>, ...]}
// with the records in the order given (the timeline's), object keys in ascending order, no
// whitespace, non-ASCII characters unescaped — what QJsonDocument::Compact writes, and Python's
// json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False) too.
QString decisionRecordHash(const ApplicationFacts &facts, const QList<ReviewRecord> &records)
{
    QJsonArray recordArray;
    for (const ReviewRecord &record : records) {
        recordArray.append(record.toJson());
    }
    const QJsonObject document{
        {QStringLiteral("application"),
         QJsonObject{{QStringLiteral("id"), facts.id}, {QStringLiteral("state"), applicationStateCode(facts.state)}}},
        {QStringLiteral("records"), recordArray}};
    const QByteArray canonical = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

DecisionLetter decisionLetterFor(const ApplicationFacts &facts, const QList<ReviewRecord> &records,
                                 const QString &applicantName, const QString &issuingAuthority,
                                 const QString &documentNumber, QDate date)
{
    DecisionLetter letter;
    letter.issuingAuthority = issuingAuthority;
    letter.documentNumber = documentNumber;
    letter.addressee = applicantName;
    letter.applicationCode = facts.id;
    // Titled by the applicant, as official documents are (关于…的决定); the code is in the body.
    letter.title = text(QT_TRANSLATE_NOOP("dew::models::DecisionLetter",
                                          "Decision on the authorization-operation application of %1"))
                       .arg(applicantName);
    letter.recordHash = decisionRecordHash(facts, records);
    letter.date = date;

    qsizetype decisive = -1;
    for (qsizetype i = records.size() - 1; i >= 0 && decisive < 0; --i) {
        if (decisionOf(records.at(i))) {
            decisive = i;
        }
    }
    if (decisive < 0) {
        return letter;
    }
    const ReviewRecord &decidingRecord = records.at(decisive);
    letter.decision = *decisionOf(decidingRecord);
    qsizetype roundStart = decisive;
    while (roundStart > 0 && !startsRound(records.at(roundStart - 1).action)) {
        --roundStart;
    }
    // An adverse decision gives the adverse opinions as its reasons (an approval at an earlier
    // stage is no reason to reject), an approval the others (an objection it overruled is none).
    const bool adverse = requiresOpinion(decidingRecord.action);
    for (qsizetype i = roundStart; i <= decisive; ++i) {
        const ReviewRecord &record = records.at(i);
        if (isFilerAction(record.action)) {
            continue;
        }
        letter.reviewers.append({record.actorName, applicationStateLabel(record.stage),
                                 applicationActionLabel(record.action), record.opinion, record.at});
        if (!record.opinion.isEmpty() && requiresOpinion(record.action) == adverse) {
            letter.reasons.append(record.opinion);
        }
    }
    return letter;
}

} // namespace dew::models
