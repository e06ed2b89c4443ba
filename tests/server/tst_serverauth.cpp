// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts and authorisation at the HTTP boundary of a real dew-server: tokens, lockout, and
// every role against every action (issue 4, points 2 and 5f).
#include "domain/clock.h"
#include "domain/uuid7.h"
#include "serverharness.h"
#include "store/serverschema.h"

#include <QJsonArray>

using namespace dew;
using models::sync::HttpClient;
using models::sync::HttpReply;

namespace {

QString login(HttpClient &http, const QString &user, const QString &password, HttpReply *reply = nullptr)
{
    const HttpReply answer = http.post(QStringLiteral("/v1/login"),
                                       {{QStringLiteral("login"), user}, {QStringLiteral("password"), password}}, {});
    if (reply) {
        *reply = answer;
    }
    return answer.json.value(QLatin1String("access_token")).toString();
}

QJsonObject pushOne(const models::sync::Mutation &mutation)
{
    return {{QStringLiteral("client_id"), QStringLiteral("auth-test")},
            {QStringLiteral("mutations"), QJsonArray{mutation.toJson()}}};
}

} // namespace

class ServerAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void loginGivesTokensThatRotate();
    void badTokensGet401AndChangeNothing();
    void repeatedFailuresLockTheAccount();
    void onlyAdministratorsManageUsers();
    void everyRoleAgainstEveryAction_data();
    void everyRoleAgainstEveryAction();
};

void ServerAuthTest::loginGivesTokensThatRotate()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    HttpClient http(server.url());
    HttpReply reply;
    const QString access = login(http, QStringLiteral("officer-a"), test::password, &reply);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("user")).toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("officer"));
    QCOMPARE(http.get(QStringLiteral("/v1/me"), {}, access).status, 200);
    const QString refresh = reply.json.value(QLatin1String("refresh_token")).toString();
    const HttpReply rotated =
        http.post(QStringLiteral("/v1/refresh"), {{QStringLiteral("refresh_token"), refresh}}, {});
    QCOMPARE(rotated.status, 200);
    const QString newRefresh = rotated.json.value(QLatin1String("refresh_token")).toString();
    QVERIFY(newRefresh != refresh);
    const auto refreshWith = [&](const QString &token) {
        return http.post(QStringLiteral("/v1/refresh"), {{QStringLiteral("refresh_token"), token}}, {});
    };
    // Presented again at once, while its replacement is unused, it is a client whose answer was
    // lost: it gets a new pair, and the replacement it never received stops working.
    const HttpReply retried = refreshWith(refresh);
    QCOMPARE(retried.status, 200);
    QCOMPARE(refreshWith(newRefresh).status, 401);
    const QString current = retried.json.value(QLatin1String("refresh_token")).toString();
    const HttpReply next = refreshWith(current);
    QCOMPARE(next.status, 200);
    // Once its replacement has been used, the old token presented again means it was copied:
    // the whole family of tokens ends, the newest included.
    QCOMPARE(refreshWith(current).status, 200); // the newest replacement is still unused: a retry
    const HttpReply newest = refreshWith(next.json.value(QLatin1String("refresh_token")).toString());
    QCOMPARE(newest.status, 401); // withdrawn by that retry
    QCOMPARE(refreshWith(refresh).status, 401);
    const HttpReply afterTheft = refreshWith(current);
    QCOMPARE(afterTheft.status, 401);
    QCOMPARE(
        http.get(QStringLiteral("/v1/me"), {}, retried.json.value(QLatin1String("access_token")).toString()).status,
        401);
    // A minute later, a used token presented again is never a retry.
    const QString fresh = login(http, QStringLiteral("officer-a"), test::password, &reply);
    Q_UNUSED(fresh);
    const QString lateToken = reply.json.value(QLatin1String("refresh_token")).toString();
    QCOMPARE(refreshWith(lateToken).status, 200);
    models::Clock::set([] { return QDateTime::currentDateTimeUtc().addSecs(90); });
    QCOMPARE(refreshWith(lateToken).status, 401);
    models::Clock::set(nullptr);
    // Logging out ends the session at once.
    const QString second = login(http, QStringLiteral("officer-a"), test::password);
    QCOMPARE(http.post(QStringLiteral("/v1/logout"), {}, second).status, 200);
    QCOMPARE(http.get(QStringLiteral("/v1/me"), {}, second).status, 401);
}

void ServerAuthTest::badTokensGet401AndChangeNothing()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    HttpClient http(server.url());
    const qint64 before = server::latestSeq(server.database().connection());
    models::sync::Mutation create{
        models::newUuidV7(),
        1,
        QStringLiteral("data_resource"),
        models::newUuidV7(),
        QStringLiteral("create"),
        test::createChanges(
            test::resourceRecord(QStringLiteral("101001/000100"), QStringLiteral("人口"), server.orgA).values),
        0,
        {},
        {},
        {}};
    for (const QString &token : {QString(), QStringLiteral("not-a-token"), QStringLiteral("x").repeated(43)}) {
        const HttpReply reply = http.post(QStringLiteral("/v1/push"), pushOne(create), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY(!reply.message().isEmpty());
    }
    // An expired access token is refused like a wrong one.
    const QString access = login(http, QStringLiteral("officer-a"), test::password);
    models::Clock::set([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
    const HttpReply expired = http.post(QStringLiteral("/v1/push"), pushOne(create), access);
    models::Clock::set(nullptr);
    QCOMPARE(expired.status, 401);
    QCOMPARE(server::latestSeq(server.database().connection()), before);
}

void ServerAuthTest::repeatedFailuresLockTheAccount()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    HttpClient http(server.url());
    HttpReply reply;
    for (int attempt = 0; attempt < 5; ++attempt) {
        login(http, QStringLiteral("officer-b"), QStringLiteral("wrong password"), &reply);
        QCOMPARE(reply.status, 401);
    }
    // Locked: even the right password is refused, with when it opens again…
    login(http, QStringLiteral("officer-b"), test::password, &reply);
    QCOMPARE(reply.status, 423);
    QVERIFY(!reply.json.value(QLatin1String("locked_until")).toString().isEmpty());
    // …and after the lockout it opens.
    models::Clock::set([] { return QDateTime::currentDateTimeUtc().addSecs(16 * 60); });
    login(http, QStringLiteral("officer-b"), test::password, &reply);
    models::Clock::set(nullptr);
    QCOMPARE(reply.status, 200);
    // An unknown user is told nothing more than a wrong password would tell.
    login(http, QStringLiteral("nobody"), test::password, &reply);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("bad_credentials"));
}

void ServerAuthTest::onlyAdministratorsManageUsers()
{
    test::TestServer server;
    DEW_START_SERVER(server);
    HttpClient http(server.url());
    const QJsonObject newUser{{QStringLiteral("login"), QStringLiteral("officer-c")},
                              {QStringLiteral("display_name"), QStringLiteral("新填报员")},
                              {QStringLiteral("role"), QStringLiteral("officer")},
                              {QStringLiteral("org_id"), server.orgB},
                              {QStringLiteral("password"), QStringLiteral("a long password")}};
    for (const char *user : {"officer-a", "reviewer", "supervisor"}) {
        const QString token = login(http, QString::fromLatin1(user), test::password);
        QCOMPARE(http.post(QStringLiteral("/v1/admin/users"), newUser, token).status, 403);
        QCOMPARE(http.get(QStringLiteral("/v1/admin/users"), {}, token).status, 403);
    }
    QCOMPARE(server.accounts().users().size(), 7);
    const QString admin = login(http, QStringLiteral("admin"), test::password);
    QCOMPARE(http.post(QStringLiteral("/v1/admin/users"), newUser, admin).status, 201);
    QCOMPARE(http.get(QStringLiteral("/v1/admin/users"), {}, admin).json.value(QLatin1String("users")).toArray().size(),
             8);
    HttpReply reply;
    login(http, QStringLiteral("officer-c"), QStringLiteral("a long password"), &reply);
    QCOMPARE(reply.status, 200);
}

// Each row: who pushes which mutation against a record owned by organisation A, and whether
// the server must accept it. What is refused must leave the store exactly as it was.
void ServerAuthTest::everyRoleAgainstEveryAction_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    const QStringList actions{QStringLiteral("create"), QStringLiteral("edit"),    QStringLiteral("delete"),
                              QStringLiteral("submit"), QStringLiteral("publish"), QStringLiteral("create_org"),
                              QStringLiteral("retire")};
    // officer-a owns the record; officer-b is another organisation's officer.
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("officer-a"),
         {QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("delete"), QStringLiteral("submit"),
          QStringLiteral("retire")}},
        {QStringLiteral("officer-b"), {}},
        {QStringLiteral("reviewer"),
         {QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("delete"), QStringLiteral("submit"),
          QStringLiteral("publish"), QStringLiteral("retire")}},
        {QStringLiteral("supervisor"), {}},
        {QStringLiteral("admin"), {QStringLiteral("create_org")}},
    };
    for (auto it = allowed.begin(); it != allowed.end(); ++it) {
        for (const QString &action : actions) {
            QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(action))
                << it.key() << action << it->contains(action);
        }
    }
}

void ServerAuthTest::everyRoleAgainstEveryAction()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    test::TestServer server;
    DEW_START_SERVER(server);
    HttpClient http(server.url());
    QString error;
    // The record under test: a draft of organisation A (submitted first when the action is publish).
    const QString recordId = models::newUuidV7();
    models::sync::Mutation create{
        models::newUuidV7(),
        1,
        QStringLiteral("data_resource"),
        recordId,
        QStringLiteral("create"),
        test::createChanges(
            test::resourceRecord(QStringLiteral("101001/000200"), QStringLiteral("法人基础信息"), server.orgA).values),
        0,
        {},
        {},
        {}};
    QList<models::sync::Mutation> setUp{create};
    QString state = QStringLiteral("draft");
    if (action == QLatin1String("publish")) {
        setUp << models::sync::Mutation{
            models::newUuidV7(),
            2,
            QStringLiteral("data_resource"),
            recordId,
            QStringLiteral("transition"),
            {{QStringLiteral("lifecycle"),
              QJsonObject{{QStringLiteral("old"), state}, {QStringLiteral("new"), QStringLiteral("pending_review")}}}},
            0,
            state,
            {},
            {}};
        state = QStringLiteral("pending_review");
    }
    const auto prepared = server.sync().push(server.officerA, QStringLiteral("setup"), setUp, &error);
    QVERIFY2(prepared, qPrintable(error));
    for (const auto &result : prepared->results) {
        QVERIFY2(result.status == models::sync::MutationStatus::Applied, qPrintable(result.reason));
    }
    const qint64 version = prepared->results.last().version;

    models::sync::Mutation mutation{
        models::newUuidV7(), 1, QStringLiteral("data_resource"), recordId, {}, {}, version, {}, {}, {}};
    const auto change = [](const QJsonValue &old, const QJsonValue &now) {
        return QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), now}};
    };
    if (action == QLatin1String("create")) {
        mutation.recordId = models::newUuidV7();
        mutation.op = QStringLiteral("create");
        mutation.changes = test::createChanges(
            test::resourceRecord(QStringLiteral("101001/000201"), QStringLiteral("新资源"), server.orgA).values);
    } else if (action == QLatin1String("edit")) {
        mutation.op = QStringLiteral("update");
        mutation.changes = {{QStringLiteral("name"), change(QStringLiteral("法人基础信息"), QStringLiteral("改名"))}};
    } else if (action == QLatin1String("retire")) {
        mutation.op = QStringLiteral("update");
        mutation.changes = {{QStringLiteral("retired"), change(false, true)}};
    } else if (action == QLatin1String("delete")) {
        mutation.op = QStringLiteral("delete");
        mutation.changes = {{QStringLiteral("deleted"), change(false, true)}};
    } else if (action == QLatin1String("submit") || action == QLatin1String("publish")) {
        mutation.op = QStringLiteral("transition");
        mutation.expectedState = state;
        mutation.changes = {{QStringLiteral("lifecycle"),
                             change(state, action == QLatin1String("submit") ? QStringLiteral("pending_review")
                                                                             : QStringLiteral("published"))}};
    } else if (action == QLatin1String("create_org")) {
        mutation.table = QStringLiteral("organisation");
        mutation.recordId = models::newUuidV7();
        mutation.op = QStringLiteral("create");
        mutation.changes = {{QStringLiteral("uscc"), change({}, QStringLiteral("91150100MA0N000000"))},
                            {QStringLiteral("name"), change({}, QStringLiteral("新单位"))},
                            {QStringLiteral("region_code"), change({}, QStringLiteral("150100"))},
                            {QStringLiteral("kind"), change({}, QStringLiteral("enterprise"))}};
    }
    HttpClient client(server.url());
    const QString token = login(client, user, test::password);
    QVERIFY(!token.isEmpty());
    const qint64 seqBefore = server::latestSeq(server.database().connection());
    const HttpReply reply = client.post(QStringLiteral("/v1/push"), pushOne(mutation), token);
    QCOMPARE(reply.status, 200);
    const auto result =
        models::sync::MutationResult::fromJson(reply.json.value(QLatin1String("results")).toArray().at(0).toObject());
    const qint64 seqAfter = server::latestSeq(server.database().connection());
    if (allowed) {
        QVERIFY2(result.status == models::sync::MutationStatus::Applied, qPrintable(result.reason));
        QVERIFY(seqAfter > seqBefore);
    } else {
        QCOMPARE(result.status, models::sync::MutationStatus::Rejected);
        QVERIFY(!result.reason.isEmpty());
        QCOMPARE(seqAfter, seqBefore);
    }
}

QTEST_GUILESS_MAIN(ServerAuthTest)
#include "tst_serverauth.moc"
