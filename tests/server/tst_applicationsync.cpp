// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Authorization applications through a real dew-server on loopback (DESIGN.md §5, §6): officers
// file, reviewers decide on their own desktops, offline if need be, and the server executes every
// command again against the state it holds.
#include "faultproxy.h"
#include "serverharness.h"
#include "store/applicationdesk.h"
#include "store/outbox.h"
#include "sync/conflictresolver.h"
#include "workflow/applicationrecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace dew;
using models::ApplicationAction;
using models::ApplicationState;
using models::Entity;

namespace {

using A = ApplicationAction;
using S = ApplicationState;

int count(models::Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// The administrator's rule table, with the resources the tests request on the positive list.
void publishRules(test::TestServer &server, const QStringList &positiveList)
{
    test::TestClient admin(server.url(), server.admin);
    QVERIFY2(admin.loggedIn(), qPrintable(admin.loginError()));
    models::ApplicationRules rules = models::ApplicationRules::defaults();
    rules.positiveList = positiveList;
    models::Record record;
    record.values = {{QStringLiteral("code"), QString::fromLatin1(models::applicationRulesCode)},
                     {QStringLiteral("name"), QStringLiteral("授权运营规则")},
                     {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(rules.toJson()).toJson())}};
    const models::WriteResult created = admin.records(Entity::WorkflowRule).create(admin.actor(), record);
    QVERIFY2(created.ok(), qPrintable(models::describe(Entity::WorkflowRule, created.errors)));
    test::verifySynced(admin.sync());
    // Rules are reference data: every desktop holds them, the administrator's too.
    QString error;
    const auto serverDigests = admin.client().serverDigests(&error);
    QVERIFY2(serverDigests, qPrintable(error));
    QCOMPARE(admin.client().localDigests(), *serverDigests);
    QCOMPARE(serverDigests->value(QStringLiteral("workflow_rule")).count, 1);
}

// A resource of the officer's organisation with a grade; its code.
QString gradedResource(test::TestClient &officer, int number, const QString &org, const QString &grade)
{
    if (!officer.sync().ok) { // the organisations first
        return {};
    }
    const QString id = test::createResource(officer, number, org);
    const models::WriteResult graded =
        officer.records(Entity::DataResource).update(officer.actor(), id, {{QStringLiteral("grade"), grade}});
    return graded.ok() ? test::resourceCode(number) : QString();
}

// An application with every required material, filed by this desktop's user; its id.
QString fileApplication(test::TestClient &filer, const QString &code, const QString &resourceCode, const QString &org)
{
    const models::Record application = test::applicationRecord(code, resourceCode, org);
    const models::WriteResult filed = filer.records(Entity::Application).create(filer.actor(), application);
    if (!filed.ok()) {
        qWarning() << models::describe(Entity::Application, filed.errors);
        return {};
    }
    for (const QString &kind : models::Enumeration::of(models::EnumKind::MaterialKind).codes()) {
        models::Record material;
        const QByteArray content = QString(code + kind).toUtf8();
        material.values = {{QStringLiteral("application_id"), filed.id},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("file_name"), QString(kind + QStringLiteral(".pdf"))},
                           {QStringLiteral("sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                           {QStringLiteral("size"), QVariant::fromValue(content.size())}};
        const models::WriteResult attached = filer.records(Entity::ApplicationMaterial).create(filer.actor(), material);
        if (!attached.ok()) {
            qWarning() << models::describe(Entity::ApplicationMaterial, attached.errors);
            return {};
        }
    }
    return filed.id;
}

// Takes an action on this desktop's copy, as the Reviews page does: empty on success.
QString act(test::TestClient &client, const QString &id, ApplicationAction action, bool overrideCredit = false)
{
    models::ApplicationDesk desk(client.workspace());
    const std::optional<models::ApplicationFacts> facts = desk.facts(id);
    if (!facts) {
        return QStringLiteral("no such application");
    }
    models::ApplicationCommand command;
    command.applicationId = id;
    command.expectedState = facts->state;
    command.request = {action, QStringLiteral("意见：%1").arg(models::applicationActionCode(action)), overrideCredit};
    const models::WriteResult result = desk.perform(client.actor(), command);
    return result.ok() ? QString() : models::describe(Entity::Application, result.errors);
}

// The start most tests share: a resource of organisation A with this grade, on the positive list,
// and an application for it that `filer` files; its id, or empty on failure.
QString filedApplication(test::TestServer &server, test::TestClient &officer, test::TestClient &filer, int number,
                         const QString &grade)
{
    const QString resource = gradedResource(officer, number, server.orgA, grade);
    if (resource.isEmpty() || !officer.sync().ok || !filer.sync().ok) {
        return {};
    }
    publishRules(server, {resource});
    const QString code = QStringLiteral("SQ-2026-%1").arg(number, 3, 10, QLatin1Char('0'));
    const QString id = fileApplication(filer, code, resource, server.orgA);
    return QTest::currentTestFailed() ? QString() : id;
}

// The same, submitted by the filer and synced.
QString submittedApplication(test::TestServer &server, test::TestClient &officer, test::TestClient &filer, int number,
                             const QString &grade)
{
    const QString id = filedApplication(server, officer, filer, number, grade);
    if (id.isEmpty() || !act(filer, id, ApplicationAction::Submit).isEmpty() || !filer.sync().ok) {
        return {};
    }
    return id;
}

// Queues a change of the application's state as a desktop that skipped its own checks would (an
// old version, a forged request), for the server to judge.
bool queueUnchecked(test::TestClient &client, const QString &id, const QString &op, const QString &from,
                    const QString &to, const QJsonObject &command)
{
    const QString state = QStringLiteral("state");
    return models::Outbox(client.workspace().database())
        .append({0,
                 {},
                 QStringLiteral("authorization_application"),
                 id,
                 op,
                 QJsonObject{{state, QJsonObject{{QStringLiteral("old"), from}, {QStringLiteral("new"), to}}}},
                 0,
                 op == QLatin1String("transition") ? from : QString(),
                 client.actor().userId,
                 QStringLiteral("2026-11-28T00:00:00.000Z"),
                 {},
                 command},
                nullptr);
}

// Settles the desktop's one open conflict the only way a state conflict settles: by keeping the
// decision in force. Empty on success.
QString keepTheDecisionInForce(test::TestClient &client)
{
    const QList<models::sync::OpenConflict> open = models::sync::openConflicts(client.workspace());
    if (open.size() != 1) {
        return QStringLiteral("%1 open conflicts, not one").arg(open.size());
    }
    return models::sync::resolveConflict(client.workspace(), client.actor(), open.first().id, open.first().serverValue);
}

ApplicationState stateOn(test::TestClient &client, const QString &id)
{
    const std::optional<models::ApplicationFacts> facts = models::ApplicationDesk(client.workspace()).facts(id);
    return facts ? facts->state : ApplicationState::Draft;
}

} // namespace

class ApplicationSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void anApplicationTravelsFromDraftToArchived();
    void twoReviewersMovingOneApplicationMeetInAConflict();
    void aDecisionOfAnEarlierRoundConflicts();
    void aDecisionAfterAFailedPullIsNotStale();
    void anOfflineChainAfterAStaleStepTakesNoEffect();
    void theServerRefusesSelfApproval();
    void coreDataIsRejectedByRule();
    void importantDataNeedsTwoDistinctReviewers();
    void theStateIsNeverEditedDirectly();
    void anotherOrganisationNeitherSeesNorMovesIt();
    void aReviewerWhoSubmittedItDoesNotReviewIt();
};

void ApplicationSyncTest::anApplicationTravelsFromDraftToArchived()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = submittedApplication(server, officer, officer, 1, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());

    const QList<std::pair<ApplicationAction, ApplicationState>> path{
        {A::Accept, S::Accepted},
        {A::BeginReview, S::QualificationReview},
        {A::PassQualification, S::ComplianceReview}, // on the reviewer's word: credit is not yet known
        {A::PassCompliance, S::ExpertReview},
        {A::PassExpertReview, S::Decision},
        {A::RecordDecision, S::Publicity},
        {A::ClosePublicity, S::Approved},
        {A::PrepareAgreement, S::Agreement},
        {A::SignAgreement, S::Active},
        {A::Exit, S::Exited},
        {A::Archive, S::Archived},
    };
    test::verifySynced(reviewer.sync());
    QString agreementId;
    for (const auto &[action, expected] : path) {
        const QString step = models::applicationActionCode(action);
        QVERIFY2(models::ApplicationDesk(reviewer.workspace()).allowedActions(reviewer.actor(), id).contains(action),
                 qPrintable(step));
        QCOMPARE(act(reviewer, id, action, action == A::PassQualification), QString());
        QCOMPARE(stateOn(reviewer, id), expected); // at once, offline
        const models::sync::SyncReport report = reviewer.sync();
        test::verifySynced(report);
        QVERIFY2(report.rejected == 0 && report.conflicts == 0, qPrintable(step));
        QCOMPARE(stateOn(reviewer, id), expected);
        if (expected == S::Approved) {
            models::Record agreement;
            agreement.values = {{QStringLiteral("application_id"), id},
                                {QStringLiteral("agreement_no"), QStringLiteral("呼数授协〔2026〕1号")},
                                {QStringLiteral("term_start"), QStringLiteral("2027-01-01")},
                                {QStringLiteral("term_end"), QStringLiteral("2028-12-31")}};
            QVERIFY(!officer.records(Entity::OperationAgreement).create(officer.actor(), agreement).ok());
            agreementId = reviewer.records(Entity::OperationAgreement).create(reviewer.actor(), agreement).id;
            QVERIFY(!agreementId.isEmpty());
        }
        if (expected == S::Active) {
            // The agreement in force changes only through a change request.
            QVERIFY(!reviewer.records(Entity::OperationAgreement)
                         .update(reviewer.actor(), agreementId, {{QStringLiteral("fee_yuan"), 1000}})
                         .ok());
        }
    }
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::Archived);
    QVERIFY(officer.records(Entity::OperationAgreement).find(agreementId)); // the filer holds its agreement
    // The officer's desktop holds the whole timeline, each step with its reviewer and opinion.
    const QList<models::ReviewRecord> timeline = models::ApplicationDesk(officer.workspace()).reviewRecords(id);
    QCOMPARE(timeline.size(), path.size() + 1);
    QCOMPARE(timeline.first().action, A::Submit);
    QCOMPARE(timeline.first().actorId, server.officerA.id);
    for (qsizetype i = 0; i < path.size(); ++i) {
        QCOMPARE(timeline.at(i + 1).action, path.at(i).first);
        QCOMPARE(timeline.at(i + 1).result, path.at(i).second);
        QCOMPARE(timeline.at(i + 1).actorId, server.reviewer.id);
        QVERIFY(!timeline.at(i + 1).opinion.isEmpty());
    }
    QVERIFY(timeline.at(3).creditOverride);
    QCOMPARE(officer.client().localDigests(), reviewer.client().localDigests());
}

void ApplicationSyncTest::twoReviewersMovingOneApplicationMeetInAConflict()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient first(server.url(), server.reviewer);
    test::TestClient second(server.url(), server.reviewer2);
    const QString id = submittedApplication(server, officer, officer, 2, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(first.sync());
    test::verifySynced(second.sync());

    // Both decide offline on the same submitted copy; the first to sync is in force.
    QCOMPARE(act(first, id, A::Accept), QString());
    QCOMPARE(act(second, id, A::Return), QString());
    test::verifySynced(first.sync());
    const models::sync::SyncReport late = second.sync();
    test::verifySynced(late);
    QCOMPARE(late.conflicts, 1);
    QCOMPARE(late.rejected, 0);
    QCOMPARE(stateOn(second, id), S::Accepted); // the late desktop reads the decision in force
    test::verifySynced(first.sync());
    for (test::TestClient *reviewer : {&first, &second}) {
        QSqlQuery query(reviewer->workspace().database());
        QVERIFY(query.exec(QStringLiteral("SELECT field, server_value, competing FROM sync_conflict")));
        QVERIFY2(query.next(), "both reviewers see the conflict");
        QCOMPARE(query.value(0).toString(), QStringLiteral("state"));
        QCOMPARE(models::sync::decodeJsonValue(query.value(1).toString()).toString(), QStringLiteral("accepted"));
        QVERIFY(query.value(2).toString().contains(QLatin1String("returned")));
        QVERIFY(!query.next());
    }
    // Never two decisions in force: one accept on the timeline, no return.
    const QList<models::ReviewRecord> timeline = models::ApplicationDesk(first.workspace()).reviewRecords(id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.last().action, A::Accept);
    QCOMPARE(timeline.last().actorId, server.reviewer.id);
    // The late decision's opinion is kept with it, and keeping the decision in force settles it.
    const QList<models::sync::OpenConflict> open = models::sync::openConflicts(second.workspace());
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first()
                .competing.at(0)
                .toObject()
                .value(QStringLiteral("note"))
                .toString()
                .contains(QStringLiteral("意见：return")));
    QCOMPARE(keepTheDecisionInForce(second), QString());
    const models::sync::SyncReport settled = second.sync();
    test::verifySynced(settled);
    QCOMPARE(settled.rejected, 0);
    test::verifySynced(first.sync());
    QCOMPARE(count(first.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    QCOMPARE(count(second.workspace(), QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    QCOMPARE(stateOn(second, id), S::Accepted);
}

void ApplicationSyncTest::aDecisionOfAnEarlierRoundConflicts()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient late(server.url(), server.reviewer);
    test::TestClient other(server.url(), server.reviewer2);
    const QString id = submittedApplication(server, officer, officer, 9, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(late.sync());
    test::verifySynced(other.sync());

    // One reviewer accepts offline; meanwhile the other returns it, and the officer supplements
    // it: it is "submitted" again, in a round the offline copy never saw.
    QCOMPARE(act(late, id, A::Accept), QString());
    QCOMPARE(act(other, id, A::Return), QString());
    test::verifySynced(other.sync());
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::Returned);
    QCOMPARE(act(officer, id, A::Supplement), QString());
    test::verifySynced(officer.sync());

    const models::sync::SyncReport report = late.sync();
    test::verifySynced(report);
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(stateOn(late, id), S::Submitted);
    // The supplemented application waits for a decision on what it is now: no accept in force.
    const QList<models::ReviewRecord> timeline = models::ApplicationDesk(late.workspace()).reviewRecords(id);
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.last().action, A::Supplement);
    // The conflict says why the accept did not take effect.
    const QString note = models::sync::openConflicts(late.workspace())
                             .value(0)
                             .competing.at(0)
                             .toObject()
                             .value(QStringLiteral("note"))
                             .toString();
    QVERIFY2(note.contains(QLatin1String("come back")), qPrintable(note));

    // Settled by keeping what is in force; then a chain of offline steps on the new round lands whole.
    QCOMPARE(keepTheDecisionInForce(late), QString());
    QCOMPARE(act(late, id, A::Accept), QString());
    QCOMPARE(act(late, id, A::BeginReview), QString());
    const models::sync::SyncReport chain = late.sync();
    test::verifySynced(chain);
    QCOMPARE(chain.rejected, 0);
    QCOMPARE(chain.conflicts, 0);
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::QualificationReview);
}

void ApplicationSyncTest::aDecisionAfterAFailedPullIsNotStale()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    const QString id = submittedApplication(server, officer, officer, 10, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::FaultProxy network(QUrl(server.url()).port(), 1, 0.0);
    const int port = network.start();
    test::TestClient reviewer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), server.reviewer);
    QVERIFY2(reviewer.loggedIn(), qPrintable(reviewer.loginError()));
    test::verifySynced(reviewer.sync());

    // The accept reaches dew-server, which writes when the application entered its new state;
    // the network fails before this desktop reads that back.
    QCOMPARE(act(reviewer, id, A::Accept), QString());
    network.losePaths({"/v1/record", "/v1/pull"});
    const models::sync::SyncReport cut = reviewer.sync();
    QVERIFY(!cut.ok);
    QCOMPARE(cut.pushed, 1);
    // The next step, taken offline on that copy, is no stale decision once the network is back.
    QCOMPARE(act(reviewer, id, A::BeginReview), QString());
    network.losePaths({});
    const models::sync::SyncReport back = reviewer.sync();
    test::verifySynced(back);
    QCOMPARE(back.conflicts, 0);
    QCOMPARE(back.rejected, 0);
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::QualificationReview);
}

void ApplicationSyncTest::anOfflineChainAfterAStaleStepTakesNoEffect()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient late(server.url(), server.reviewer);
    test::TestClient other(server.url(), server.reviewer2);
    const QString id = submittedApplication(server, officer, officer, 11, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(late.sync());
    test::verifySynced(other.sync());

    // Offline, one reviewer takes three steps on the first round's copy.
    for (ApplicationAction action : {A::Accept, A::BeginReview, A::FailQualification}) {
        QCOMPARE(act(late, id, action), QString());
    }
    // Meanwhile the application is returned, supplemented, and accepted again by the other.
    QCOMPARE(act(other, id, A::Return), QString());
    test::verifySynced(other.sync());
    test::verifySynced(officer.sync());
    QCOMPARE(act(officer, id, A::Supplement), QString());
    test::verifySynced(officer.sync());
    test::verifySynced(other.sync());
    QCOMPARE(act(other, id, A::Accept), QString());
    test::verifySynced(other.sync());

    // The first step is stale, and so are the steps that followed it: no rejection in force.
    const models::sync::SyncReport report = late.sync();
    test::verifySynced(report);
    QCOMPARE(report.conflicts, 3);
    QCOMPARE(report.rejected, 0);
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::Accepted);
    const QList<models::ReviewRecord> timeline = models::ApplicationDesk(officer.workspace()).reviewRecords(id);
    QCOMPARE(timeline.last().action, A::Accept);
    QCOMPARE(timeline.last().actorId, server.reviewer2.id);
    QCOMPARE(models::sync::openConflicts(late.workspace()).size(), 1); // one conflict on the state, three values
}

void ApplicationSyncTest::theServerRefusesSelfApproval()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient reviewer(server.url(), server.reviewer);
    test::TestClient officer(server.url(), server.officerA);
    // A reviewer may file for an applicant, and then never reviews that application.
    const QString id = submittedApplication(server, officer, reviewer, 3, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    QVERIFY(!act(reviewer, id, A::Accept).isEmpty()); // the desktop does not offer it

    // A desktop that queued it anyway (an old version, a forged request) is refused by the server.
    models::ApplicationCommand command;
    command.applicationId = id;
    command.expectedState = S::Submitted;
    command.request = {A::Accept, QStringLiteral("自己受理"), false};
    QVERIFY(queueUnchecked(reviewer, id, QStringLiteral("transition"), QStringLiteral("submitted"),
                           QStringLiteral("accepted"), command.toJson()));
    const models::sync::SyncReport report = reviewer.sync();
    test::verifySynced(report);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(stateOn(reviewer, id), S::Submitted);
    QSqlQuery query(reviewer.workspace().database());
    QVERIFY(query.exec(QStringLiteral("SELECT reason FROM sync_issue")) && query.next());
    QVERIFY2(query.value(0).toString().contains(QLatin1String("filed")), qPrintable(query.value(0).toString()));
}

void ApplicationSyncTest::coreDataIsRejectedByRule()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = submittedApplication(server, officer, officer, 4, QStringLiteral("core"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(reviewer.sync());
    for (ApplicationAction action : {A::Accept, A::BeginReview, A::PassQualification}) {
        QCOMPARE(act(reviewer, id, action, true), QString());
    }
    QCOMPARE(stateOn(reviewer, id), S::Rejected); // offline too, as the server will decide
    test::verifySynced(reviewer.sync());
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::Rejected);
    const models::ReviewRecord last = models::ApplicationDesk(officer.workspace()).reviewRecords(id).last();
    QCOMPARE(last.action, A::FailCompliance);
    QCOMPARE(last.actorId, models::automaticRuleActor().userId);
    QVERIFY2(last.opinion.contains(QStringLiteral("数据安全法")), qPrintable(last.opinion));
}

void ApplicationSyncTest::importantDataNeedsTwoDistinctReviewers()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient first(server.url(), server.reviewer);
    test::TestClient second(server.url(), server.reviewer2);
    const QString id = submittedApplication(server, officer, officer, 5, QStringLiteral("important"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(first.sync());
    for (ApplicationAction action : {A::Accept, A::BeginReview, A::PassQualification, A::PassCompliance}) {
        QCOMPARE(act(first, id, action, true), QString());
    }
    test::verifySynced(first.sync());
    QCOMPARE(stateOn(first, id), S::ComplianceReview); // one approval recorded, one to go
    QVERIFY(!act(first, id, A::PassCompliance).isEmpty());
    // The same reviewer's second approval, forged past the desktop, is refused by the server.
    models::ApplicationCommand again;
    again.applicationId = id;
    again.expectedState = S::ComplianceReview;
    again.request = {A::PassCompliance, QStringLiteral("再次同意"), false};
    QVERIFY(queueUnchecked(first, id, QStringLiteral("transition"), QStringLiteral("compliance_review"),
                           QStringLiteral("expert_review"), again.toJson()));
    const models::sync::SyncReport forged = first.sync();
    test::verifySynced(forged);
    QCOMPARE(forged.rejected, 1);
    QCOMPARE(stateOn(first, id), S::ComplianceReview);
    test::verifySynced(second.sync());
    QCOMPARE(act(second, id, A::PassCompliance), QString());
    const models::sync::SyncReport report = second.sync();
    test::verifySynced(report);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(stateOn(second, id), S::ExpertReview);
}

void ApplicationSyncTest::theStateIsNeverEditedDirectly()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    const QString id = filedApplication(server, officer, officer, 6, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(officer.sync());
    // The desktop refuses it, and a forged update is refused by the server.
    QVERIFY(!officer.records(Entity::Application)
                 .update(officer.actor(), id, {{QStringLiteral("state"), QStringLiteral("approved")}})
                 .ok());
    QVERIFY(
        queueUnchecked(officer, id, QStringLiteral("update"), QStringLiteral("draft"), QStringLiteral("approved"), {}));
    const models::sync::SyncReport report = officer.sync();
    test::verifySynced(report);
    QCOMPARE(report.rejected, 1);
    test::TestClient reviewer(server.url(), server.reviewer);
    test::verifySynced(reviewer.sync());
    QCOMPARE(stateOn(reviewer, id), S::Draft);
    // Content stays the filer's while it is a draft, and is locked once it is submitted.
    QVERIFY(officer.records(Entity::Application)
                .update(officer.actor(), id, {{QStringLiteral("purpose"), QStringLiteral("改写用途")}})
                .ok());
    QCOMPARE(act(officer, id, A::Submit), QString());
    QVERIFY(!officer.records(Entity::Application)
                 .update(officer.actor(), id, {{QStringLiteral("purpose"), QStringLiteral("再改")}})
                 .ok());
    test::verifySynced(officer.sync());
    QCOMPARE(count(officer.workspace(), QStringLiteral("SELECT count(*) FROM sync_issue")), 1);
}

void ApplicationSyncTest::anotherOrganisationNeitherSeesNorMovesIt()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient stranger(server.url(), server.officerB);
    const QString id = filedApplication(server, officer, officer, 7, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(officer.sync());
    test::verifySynced(stranger.sync());
    QCOMPARE(count(stranger.workspace(), QStringLiteral("SELECT count(*) FROM authorization_application")), 0);
    QCOMPARE(count(stranger.workspace(), QStringLiteral("SELECT count(*) FROM application_material")), 0);
    models::ApplicationCommand submit;
    submit.applicationId = id;
    submit.expectedState = S::Draft;
    submit.request = {A::Submit, {}, false};
    QVERIFY(queueUnchecked(stranger, id, QStringLiteral("transition"), QStringLiteral("draft"),
                           QStringLiteral("submitted"), submit.toJson()));
    QVERIFY(
        queueUnchecked(stranger, id, QStringLiteral("update"), QStringLiteral("draft"), QStringLiteral("draft"), {}));
    const models::sync::SyncReport report = stranger.sync();
    test::verifySynced(report);
    QCOMPARE(report.rejected, 2);
    test::verifySynced(officer.sync());
    QCOMPARE(stateOn(officer, id), S::Draft);
}

void ApplicationSyncTest::aReviewerWhoSubmittedItDoesNotReviewIt()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    test::TestClient officer(server.url(), server.officerA);
    test::TestClient reviewer(server.url(), server.reviewer);
    const QString id = filedApplication(server, officer, officer, 8, QStringLiteral("general2"));
    QVERIFY(!id.isEmpty());
    test::verifySynced(officer.sync());
    test::verifySynced(reviewer.sync());
    QCOMPARE(act(reviewer, id, A::Submit), QString()); // filing for the applicant is allowed
    QVERIFY(!act(reviewer, id, A::Accept).isEmpty());  // and then someone else accepts it
    test::verifySynced(reviewer.sync());
    models::ApplicationCommand accept;
    accept.applicationId = id;
    accept.expectedState = S::Submitted;
    accept.request = {A::Accept, QStringLiteral("受理"), false};
    QVERIFY(queueUnchecked(reviewer, id, QStringLiteral("transition"), QStringLiteral("submitted"),
                           QStringLiteral("accepted"), accept.toJson()));
    const models::sync::SyncReport report = reviewer.sync();
    test::verifySynced(report);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(stateOn(reviewer, id), S::Submitted);
}

QTEST_GUILESS_MAIN(ApplicationSyncTest)
#include "tst_applicationsync.moc"
