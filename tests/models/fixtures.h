// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../testrecords.h"
#include "domain/actor.h"
#include "store/recordrepository.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A workspace in a temporary folder with two organisations and the users who act on it.
struct TestWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<dew::models::Workspace> workspace;
    dew::models::Actor admin{QStringLiteral("u-admin"), QStringLiteral("管理员"), dew::models::Role::Admin, {}};
    dew::models::Actor reviewer{QStringLiteral("u-rev"), QStringLiteral("审核员"), dew::models::Role::Reviewer, {}};
    dew::models::Actor officer; // of orgA
    dew::models::Actor supervisor{QStringLiteral("u-sup"), QStringLiteral("监管"), dew::models::Role::Supervisor, {}};
    QString orgA;
    QString orgB;

    TestWorkspace()
    {
        QString error;
        workspace = dew::models::Workspace::open(dir.filePath(QStringLiteral("test.dew")), &error);
        if (!workspace) {
            qFatal("cannot open test workspace: %s", qPrintable(error));
        }
        dew::models::Record city;
        city.values = {{QStringLiteral("code"), QStringLiteral("150100")},
                       {QStringLiteral("name"), QStringLiteral("呼和浩特市")},
                       {QStringLiteral("level"), QStringLiteral("city")}};
        dew::models::RecordRepository(*workspace, dew::models::Entity::Region).create(admin, city);
        orgA = addOrg(QStringLiteral("91350100M000100Y43"), QStringLiteral("呼和浩特市数据局"));
        orgB = addOrg(QStringLiteral("91110000600037341L"), QStringLiteral("呼和浩特市教育局"));
        officer = {QStringLiteral("u-off"), QStringLiteral("填报员"), dew::models::Role::Officer, orgA};
    }

    QString addOrg(const QString &uscc, const QString &name)
    {
        dew::models::RecordRepository orgs(*workspace, dew::models::Entity::Organisation);
        dew::models::Record org;
        org.values = {{QStringLiteral("uscc"), uscc},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("region_code"), QStringLiteral("150100")},
                      {QStringLiteral("kind"), QStringLiteral("government")}};
        const dew::models::WriteResult result = orgs.create(admin, org);
        if (!result.ok()) {
            qFatal("cannot add organisation: %s",
                   qPrintable(dew::models::describe(dew::models::Entity::Organisation, result.errors)));
        }
        return result.id;
    }

    dew::models::Record resource(const QString &code, const QString &name, const QString &org) const
    {
        return dew::test::resourceRecord(code, name, org);
    }

    dew::models::Record item(const QString &resourceId, const QString &name) const
    {
        dew::models::Record r;
        r.values = {{QStringLiteral("resource_id"), resourceId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("data_type"), QStringLiteral("string")}};
        return r;
    }
};
