// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the Reviews page's list (issue 5): every live application with its facts (materials,
// review timeline with this desktop's unsynced steps, agreements, the requested resources'
// grades) and its working-day countdown, beside a raw-SQLite baseline that runs the same reads on
// its own connection: per application, the same child and resource lookups; and, for scale, the
// same rows read one table at a time.
#include "benchutil.h"
#include "itemmodels/applicationlistmodel.h"
#include "seed/demoapplications.h"
#include "seed/democity.h"
#include "store/applicationdesk.h"
#include "store/recordrepository.h"
#include "store/workspace.h"
#include "testrecords.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace dew;
using models::ApplicationAction;

namespace {

models::Actor actorWithRole(const QList<models::Actor> &actors, models::Role role)
{
    for (const models::Actor &actor : actors) {
        if (actor.role == role) {
            return actor;
        }
    }
    return {};
}

QStringList resourceCodesOf(models::Workspace &workspace, const QString &org, int count)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT code FROM data_resource WHERE owner_org = ? AND grade LIKE 'general%' "
                                 "AND deleted = 0 ORDER BY code LIMIT ?"));
    query.addBindValue(org);
    query.addBindValue(count);
    QStringList codes;
    for (query.exec(); query.next();) {
        codes << query.value(0).toString();
    }
    return codes;
}

// Files an application with every material kind and moves it as far as `steps` says, as the
// officer and a reviewer would on this desktop (the steps wait in the outbox, unsynced).
bool fileApplication(models::Workspace &workspace, const models::Actor &officer, const models::Actor &reviewer,
                     int number, const QString &resources, int steps)
{
    const models::WriteResult filed =
        models::RecordRepository(workspace, models::Entity::Application)
            .create(officer, test::applicationRecord(QStringLiteral("SQ-2026-%1").arg(number, 4, 10, QLatin1Char('0')),
                                                     resources, officer.orgId));
    if (!filed.ok()) {
        return false;
    }
    models::RecordRepository materials(workspace, models::Entity::ApplicationMaterial);
    for (const QString &kind : models::Enumeration::of(models::EnumKind::MaterialKind).codes()) {
        const QByteArray content = QString(kind + QString::number(number)).toUtf8();
        models::Record material;
        material.values = {{QStringLiteral("application_id"), filed.id},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("file_name"), QString(kind + QStringLiteral(".pdf"))},
                           {QStringLiteral("sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                           {QStringLiteral("size"), 4096}};
        if (!materials.create(officer, material).ok()) {
            return false;
        }
    }
    models::ApplicationDesk desk(workspace);
    const ApplicationAction path[] = {ApplicationAction::Submit, ApplicationAction::Accept,
                                      ApplicationAction::BeginReview};
    for (int i = 0; i < steps; ++i) {
        models::ApplicationCommand command;
        command.applicationId = filed.id;
        command.expectedState = desk.facts(filed.id)->state;
        command.request = {path[i], QStringLiteral("同意"), false};
        if (!desk.perform(i == 0 ? officer : reviewer, command).ok()) {
            return false;
        }
    }
    return true;
}

QList<QByteArray> column(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    QList<QByteArray> values;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            values << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
    }
    sqlite3_finalize(statement);
    return values;
}

// What loadApplicationRows reads, query for query, without Qt's SQL layer and without the work
// done on the rows.
void rawPerApplication(sqlite3 *db)
{
    bench::stepAll(db, "SELECT body FROM workflow_rule WHERE deleted = 0");
    const QList<QByteArray> ids =
        column(db, "SELECT id FROM authorization_application WHERE deleted = 0 ORDER BY code");
    for (const QByteArray &id : ids) {
        bench::stepAll(db, "SELECT * FROM authorization_application WHERE id = ?", {id});
        bench::stepAll(db, "SELECT * FROM application_material WHERE application_id = ? AND deleted = 0", {id});
        bench::stepAll(db, "SELECT * FROM review_record WHERE application_id = ? AND deleted = 0", {id});
        bench::stepAll(db, "SELECT * FROM outbox WHERE table_name = 'authorization_application' AND record_id = ?",
                       {id});
        bench::stepAll(db, "SELECT * FROM operation_agreement WHERE application_id = ? AND deleted = 0", {id});
        for (const QByteArray &codes :
             column(db, "SELECT resource_codes FROM authorization_application WHERE id = '" + id + "'")) {
            for (const QByteArray &code : codes.split('\n')) {
                bench::stepAll(db, "SELECT * FROM data_resource WHERE code = ? AND deleted = 0", {code.trimmed()});
            }
        }
    }
}

// The same rows, one table at a time.
void rawByTable(sqlite3 *db)
{
    bench::stepAll(db, "SELECT body FROM workflow_rule WHERE deleted = 0");
    bench::stepAll(db, "SELECT * FROM authorization_application WHERE deleted = 0 ORDER BY code");
    bench::stepAll(db, "SELECT * FROM application_material");
    bench::stepAll(db, "SELECT * FROM review_record");
    bench::stepAll(db, "SELECT * FROM outbox WHERE table_name = 'authorization_application'");
    bench::stepAll(db, "SELECT * FROM operation_agreement");
    bench::stepAll(db, "SELECT r.* FROM data_resource r WHERE r.deleted = 0 AND r.code IN (SELECT DISTINCT "
                       "resource_codes FROM authorization_application)");
}

double medianOf(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        samples << bench::millisecondsOf(work);
    }
    return bench::percentile(samples, 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("applications"), QStringLiteral("Applications to file."), QStringLiteral("N"),
                      QStringLiteral("500")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("applications")).toInt();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reviews.dew"));
    QString error;
    auto workspace = models::Workspace::open(path, &error);
    if (!workspace || !models::DemoCity(3000).write(*workspace, &error) ||
        !models::writeDemoApplications(*workspace, &error)) {
        std::fprintf(stderr, "cannot seed the workspace: %s\n", qPrintable(error));
        return 1;
    }
    const QList<models::Actor> actors = models::demoActors(*workspace);
    const models::Actor officer = actors.value(0);
    const models::Actor reviewer = actorWithRole(actors, models::Role::Reviewer);
    const QStringList codes = resourceCodesOf(*workspace, officer.orgId, 8);
    for (int i = 0; i < count; ++i) {
        const QString requested = codes.at(i % codes.size()) + QLatin1Char('\n') + codes.at((i + 3) % codes.size());
        if (!fileApplication(*workspace, officer, reviewer, 100 + i, requested, i % 4)) {
            std::fprintf(stderr, "cannot file application %d\n", i);
            return 1;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int loaded = 0;
    const double dewMs =
        medianOf(9, [&] { loaded = int(models::loadApplicationRows(*workspace, reviewer, now).size()); });
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const double perApplicationMs = medianOf(9, [&] { rawPerApplication(db); });
    const double byTableMs = medianOf(9, [&] { rawByTable(db); });
    sqlite3_close(db);

    std::printf("%d applications listed (%d filed here, 4 of the demo), %d materials each, a quarter at each of 0-3 "
                "unsynced steps\n",
                loaded, count, int(models::Enumeration::of(models::EnumKind::MaterialKind).codes().size()));
    bench::printRow(QStringLiteral("Reviews list loaded (facts, countdowns), median of 9 vs the same reads"), dewMs,
                    perApplicationMs);
    bench::printRow(QStringLiteral("Reviews list loaded, median of 9 vs the same rows one table at a time"), dewMs,
                    byTableMs);
    return 0;
}
