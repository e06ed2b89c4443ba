// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoapplications.h"

#include "democity.h"
#include "store/applicationdesk.h"
#include "store/workspace.h"
#include "workflow/applicationrules.h"
#include "workflow/workingdaycalendar.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace dew::models {
namespace {

using A = ApplicationAction;

struct DemoApplication
{
    const char *code;
    const char *scenario;
    const char *applicant;
    const char *uscc;
    const char *purpose;
    QList<ApplicationAction> path;
};

Actor actorWithRole(const QList<Actor> &actors, Role role)
{
    for (const Actor &actor : actors) {
        if (actor.role == role) {
            return actor;
        }
    }
    return {};
}

QStringList resourceCodesOf(const Workspace &workspace, const QString &org, const QString &gradePattern, int limit)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT code FROM data_resource WHERE owner_org = ? AND grade LIKE ? AND deleted = 0 "
                                 "ORDER BY code LIMIT ?"));
    query.addBindValue(org);
    query.addBindValue(gradePattern);
    query.addBindValue(limit);
    QStringList codes;
    if (query.exec()) {
        while (query.next()) {
            codes << query.value(0).toString();
        }
    }
    return codes;
}

bool writeRule(Workspace &workspace, const Actor &admin, const char *code, const QString &name, const QJsonObject &body,
               QString *error)
{
    Record rule;
    rule.values = {{QStringLiteral("code"), QString::fromLatin1(code)},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(body).toJson())}};
    const WriteResult result = RecordRepository(workspace, Entity::WorkflowRule).create(admin, rule);
    if (!result.ok()) {
        *error = describe(Entity::WorkflowRule, result.errors);
    }
    return result.ok();
}

QString file(Workspace &workspace, const Actor &officer, const DemoApplication &demo, const QString &resources,
             QString *error)
{
    Record application;
    application.values = {{QStringLiteral("code"), QString::fromLatin1(demo.code)},
                          {QStringLiteral("scenario"), QString::fromUtf8(demo.scenario)},
                          {QStringLiteral("applicant_name"), QString::fromUtf8(demo.applicant)},
                          {QStringLiteral("applicant_uscc"), QString::fromLatin1(demo.uscc)},
                          {QStringLiteral("mode"), QStringLiteral("scenario")},
                          {QStringLiteral("resource_codes"), resources},
                          {QStringLiteral("purpose"), QString::fromUtf8(demo.purpose)},
                          {QStringLiteral("fee_category"), QStringLiteral("public_welfare")},
                          {QStringLiteral("fee_yuan"), 0},
                          {QStringLiteral("term_start"), QStringLiteral("2027-01-01")},
                          {QStringLiteral("term_end"), QStringLiteral("2029-12-31")},
                          {QStringLiteral("owner_org"), officer.orgId}};
    const WriteResult filed = RecordRepository(workspace, Entity::Application).create(officer, application);
    if (!filed.ok()) {
        *error = describe(Entity::Application, filed.errors);
        return {};
    }
    RecordRepository materials(workspace, Entity::ApplicationMaterial);
    for (const QString &kind : Enumeration::of(EnumKind::MaterialKind).codes()) {
        const QByteArray content = QString(QLatin1String(demo.code) + kind).toUtf8();
        Record material;
        material.values = {
            {QStringLiteral("application_id"), filed.id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("file_name"),
             QString(Enumeration::of(EnumKind::MaterialKind).chineseLabel(kind) + QStringLiteral(".pdf"))},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("size"), QVariant::fromValue(content.size() * 4096)}};
        if (const WriteResult attached = materials.create(officer, material); !attached.ok()) {
            *error = describe(Entity::ApplicationMaterial, attached.errors);
            return {};
        }
    }
    return filed.id;
}

} // namespace

bool writeDemoApplications(Workspace &workspace, QString *error)
{
    const QList<Actor> actors = demoActors(workspace);
    const Actor officer = actors.value(0);
    const Actor reviewer = actorWithRole(actors, Role::Reviewer);
    const Actor admin = actorWithRole(actors, Role::Admin);
    const QStringList general = resourceCodesOf(workspace, officer.orgId, QStringLiteral("general%"), 4);
    const QStringList core = resourceCodesOf(workspace, officer.orgId, QStringLiteral("core"), 1);
    if (general.size() < 4) {
        *error = QStringLiteral("the demo city has too few resources for its applications");
        return false;
    }
    ApplicationRules rules = ApplicationRules::defaults();
    rules.positiveList = general + core;
    if (!writeRule(workspace, admin, applicationRulesCode, QStringLiteral("授权运营规则"), rules.toJson(), error) ||
        !writeRule(workspace, admin, workingDaysCode, QStringLiteral("工作日历"),
                   WorkingDayCalendar::officialChina2026().toJson(), error)) {
        return false;
    }
    const QList<DemoApplication> demos{
        {"SQ-2026-0001",
         "校园营养餐质量分析",
         "内蒙古青城数智科技有限公司",
         "91350100M000100Y43",
         "分析学校营养餐供应数据，改进配餐方案",
         {}},
        {"SQ-2026-0002",
         "学生资助精准识别",
         "呼和浩特市普惠数据服务有限公司",
         "91110000600037341L",
         "比对学生资助与困难家庭数据，精准识别资助对象",
         {A::Submit}},
        {"SQ-2026-0003",
         "教育资源均衡评估",
         "内蒙古北疆大数据运营有限公司",
         "91350100M000100Y43",
         "评估各旗县区教育资源配置，服务规划决策",
         {A::Submit, A::Accept, A::BeginReview, A::PassQualification}},
        {"SQ-2026-0004",
         "职业教育就业跟踪",
         "呼和浩特市普惠数据服务有限公司",
         "91110000600037341L",
         "跟踪职业院校毕业生就业情况，服务专业设置",
         {A::Submit, A::Accept, A::BeginReview, A::PassQualification, A::PassCompliance, A::PassExpertReview,
          A::RecordDecision, A::ClosePublicity}},
    };
    ApplicationDesk desk(workspace);
    for (qsizetype i = 0; i < demos.size(); ++i) {
        const DemoApplication &demo = demos.at(i);
        const QString id = file(workspace, officer, demo, general.at(i), error);
        if (id.isEmpty()) {
            return false;
        }
        for (ApplicationAction action : demo.path) {
            const std::optional<ApplicationFacts> facts = desk.facts(id);
            if (!facts) {
                *error = QStringLiteral("the demo application %1 vanished").arg(QLatin1String(demo.code));
                return false;
            }
            ApplicationCommand command;
            command.applicationId = id;
            command.expectedState = facts->state;
            command.request = {action, QStringLiteral("材料齐全，符合要求。"), action == A::PassQualification};
            const WriteResult result = desk.perform(action == A::Submit ? officer : reviewer, command);
            if (!result.ok()) {
                *error = describe(Entity::Application, result.errors);
                return false;
            }
        }
    }
    // One application has waited in compliance review for a month: the overdue inbox has it.
    QSqlQuery overdue(workspace.database());
    overdue.prepare(QStringLiteral("UPDATE authorization_application SET state_since = ? WHERE code = 'SQ-2026-0003'"));
    overdue.addBindValue(QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODateWithMs));
    return overdue.exec();
}

} // namespace dew::models
