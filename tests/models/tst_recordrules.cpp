// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/recordrules.h"

#include <QTest>

using namespace dew::models;

Q_DECLARE_METATYPE(dew::models::Role)
Q_DECLARE_METATYPE(dew::models::RecordAction)

class TestRecordRules : public QObject
{
    Q_OBJECT
private slots:
    void permits_data();
    void permits();
    void organisationsAreTheAdministrators();
};

void TestRecordRules::permits_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("ownOrg");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("retired");
    QTest::addColumn<RecordAction>("action");
    QTest::addColumn<bool>("allowed");

    const QString draft = QStringLiteral("draft");
    const QString pending = QStringLiteral("pending_review");
    const QString published = QStringLiteral("published");
    const QString withdrawn = QStringLiteral("withdrawn");
    QTest::newRow("officer edits own draft") << Role::Officer << true << draft << false << RecordAction::Edit << true;
    QTest::newRow("officer edits other org") << Role::Officer << false << draft << false << RecordAction::Edit << false;
    QTest::newRow("officer edits own published")
        << Role::Officer << true << published << false << RecordAction::Edit << false;
    QTest::newRow("reviewer edits published")
        << Role::Reviewer << false << published << false << RecordAction::Edit << true;
    QTest::newRow("supervisor edits") << Role::Supervisor << true << draft << false << RecordAction::Edit << false;
    QTest::newRow("admin edits business record")
        << Role::Admin << true << draft << false << RecordAction::Edit << false;
    QTest::newRow("officer submits") << Role::Officer << true << draft << false << RecordAction::Submit << true;
    QTest::newRow("officer submits pending")
        << Role::Officer << true << pending << false << RecordAction::Submit << false;
    QTest::newRow("officer publishes") << Role::Officer << true << pending << false << RecordAction::Publish << false;
    QTest::newRow("reviewer publishes") << Role::Reviewer << false << pending << false << RecordAction::Publish << true;
    QTest::newRow("reviewer returns") << Role::Reviewer << false << pending << false << RecordAction::Return << true;
    QTest::newRow("reviewer publishes draft")
        << Role::Reviewer << false << draft << false << RecordAction::Publish << false;
    QTest::newRow("officer withdraws own")
        << Role::Officer << true << published << false << RecordAction::Withdraw << true;
    QTest::newRow("officer revises withdrawn")
        << Role::Officer << true << withdrawn << false << RecordAction::Revise << true;
    QTest::newRow("retired cannot be submitted")
        << Role::Officer << true << draft << true << RecordAction::Submit << false;
    QTest::newRow("retired cannot be edited") << Role::Reviewer << true << draft << true << RecordAction::Edit << false;
    QTest::newRow("retire") << Role::Officer << true << published << false << RecordAction::Retire << true;
    QTest::newRow("retire twice") << Role::Officer << true << published << true << RecordAction::Retire << false;
    QTest::newRow("reactivate") << Role::Officer << true << published << true << RecordAction::Reactivate << true;
    QTest::newRow("supervisor retires") << Role::Supervisor << true << draft << false << RecordAction::Retire << false;
    QTest::newRow("officer deletes own draft")
        << Role::Officer << true << draft << false << RecordAction::Delete << true;
    QTest::newRow("officer deletes under review")
        << Role::Officer << true << pending << false << RecordAction::Delete << false;
}

void TestRecordRules::permits()
{
    QFETCH(Role, role);
    QFETCH(bool, ownOrg);
    QFETCH(QString, state);
    QFETCH(bool, retired);
    QFETCH(RecordAction, action);
    QFETCH(bool, allowed);
    const Actor actor{QStringLiteral("u"), QStringLiteral("U"), role, QStringLiteral("org-a")};
    Record record;
    record.values = {{QStringLiteral("owner_org"), ownOrg ? QStringLiteral("org-a") : QStringLiteral("org-b")},
                     {QStringLiteral("lifecycle"), state},
                     {QStringLiteral("retired"), retired}};
    const Permission permission = dew::models::permits(actor, action, Entity::DataResource, record);
    QCOMPARE(permission.allowed, allowed);
    QCOMPARE(permission.reason.isEmpty(), allowed); // a refusal always says why
}

void TestRecordRules::organisationsAreTheAdministrators()
{
    const Record org;
    for (Role role : {Role::Officer, Role::Reviewer, Role::Supervisor}) {
        const Actor actor{QStringLiteral("u"), QStringLiteral("U"), role, QStringLiteral("org-a")};
        QVERIFY(!dew::models::permits(actor, RecordAction::Create, Entity::Organisation, org));
    }
    const Actor admin{QStringLiteral("a"), QStringLiteral("A"), Role::Admin, {}};
    QVERIFY(dew::models::permits(admin, RecordAction::Create, Entity::Organisation, org));
}

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_recordrules.moc"
