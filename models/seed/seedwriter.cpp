// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedwriter.h"

#include "store/searchindex.h"

#include <QStringList>

#include <sqlite3.h>

namespace dew::models {
namespace {

const QByteArray seedUser = QByteArrayLiteral("seed");

} // namespace

SeedStatement::SeedStatement(sqlite3 *db, const char *sql)
{
    m_bound.reserve(32);
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SeedStatement::~SeedStatement()
{
    sqlite3_finalize(m_statement);
}

SeedStatement &SeedStatement::text(const QString &value)
{
    return value.isNull() ? null() : text(value.toUtf8());
}

SeedStatement &SeedStatement::text(const QByteArray &utf8)
{
    if (utf8.isNull()) {
        return null();
    }
    m_bound.push_back(utf8);
    sqlite3_bind_text(m_statement, ++m_position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

SeedStatement &SeedStatement::literal(const char *utf8)
{
    if (!utf8) {
        return null();
    }
    sqlite3_bind_text(m_statement, ++m_position, utf8, -1, SQLITE_STATIC);
    return *this;
}

SeedStatement &SeedStatement::integer(qint64 value)
{
    sqlite3_bind_int64(m_statement, ++m_position, value);
    return *this;
}

SeedStatement &SeedStatement::real(double value)
{
    sqlite3_bind_double(m_statement, ++m_position, value);
    return *this;
}

SeedStatement &SeedStatement::null()
{
    sqlite3_bind_null(m_statement, ++m_position);
    return *this;
}

bool SeedStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // nothing may point into m_bound once it is cleared
    m_bound.clear();
    m_position = 0;
    return rc == SQLITE_DONE;
}

SeedWriter::SeedWriter(sqlite3 *db) : m_db(db) {}

SeedWriter::~SeedWriter() = default;

bool SeedWriter::prepare()
{
    const auto make = [this](std::unique_ptr<SeedStatement> &statement, const char *sql) {
        statement = std::make_unique<SeedStatement>(m_db, sql);
        return statement->isValid();
    };
    return make(m_region, "INSERT INTO region(id, version, created_at, updated_at, updated_by, owner_org, deleted, "
                          "code, name, level, parent_code) VALUES (?, 0, ?, ?, ?, NULL, 0, ?, ?, ?, ?)") &&
           make(m_organisation,
                "INSERT INTO organisation(id, version, created_at, updated_at, updated_by, owner_org, deleted, "
                "uscc, name, region_code, kind) VALUES (?, 0, ?, ?, ?, NULL, 0, ?, ?, ?, ?)") &&
           make(m_system, "INSERT INTO information_system(id, version, created_at, updated_at, updated_by, "
                          "owner_org, deleted, code, name, build_level, status, deployment, mlps_level, go_live, "
                          "contact, phone, summary, lifecycle, retired) "
                          "VALUES (?, 0, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           make(m_systemSearch, "INSERT INTO information_system_search(rid, body) VALUES (?, ?)") &&
           make(m_resource,
                "INSERT INTO data_resource(id, version, created_at, updated_at, updated_by, owner_org, deleted, "
                "code, name, summary, catalogue_kind, base_family, theme, format, update_cycle, share_type, "
                "share_condition, no_share_reason, open_type, open_condition, grade, classified, source_system, "
                "record_count, storage_gb, publish_date, reported_up, lifecycle, retired) "
                "VALUES (?, 0, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           make(m_item, "INSERT INTO data_item(id, version, created_at, updated_at, updated_by, owner_org, deleted, "
                        "resource_id, position, name, data_type, length, description, share_type, open_type, "
                        "sensitive, grade) VALUES (?, 0, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
           make(m_resourceSearch, "INSERT INTO data_resource_search(rid, body) VALUES (?, ?)") &&
           make(m_meta, "INSERT INTO workspace_meta(key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
}

QString SeedWriter::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SeedWriter::insertRegion(const SeedRegion &region, const QString &stamp)
{
    return m_region->text(region.id)
        .text(stamp)
        .text(stamp)
        .text(seedUser)
        .text(region.code)
        .text(region.name)
        .text(region.level)
        .text(region.parentCode)
        .run();
}

bool SeedWriter::insertOrganisation(const SeedOrganisation &organisation, const QString &stamp)
{
    return m_organisation->text(organisation.id)
        .text(stamp)
        .text(stamp)
        .text(seedUser)
        .text(organisation.uscc)
        .text(organisation.name)
        .text(organisation.regionCode)
        .text(organisation.kind)
        .run();
}

bool SeedWriter::insertSystem(const SystemRow &system)
{
    if (!m_system->text(system.id)
             .text(system.createdAt)
             .text(system.updatedAt)
             .text(seedUser)
             .text(system.ownerOrg)
             .text(system.code)
             .text(system.name)
             .text(system.buildLevel)
             .text(system.status)
             .text(system.deployment)
             .text(system.mlpsLevel)
             .text(system.goLive)
             .text(system.contact)
             .text(system.phone)
             .text(system.summary)
             .text(system.lifecycle)
             .integer(system.retired ? 1 : 0)
             .run()) {
        return false;
    }
    // The body SearchIndex::refresh would compute, under the row's rid.
    return m_systemSearch->integer(sqlite3_last_insert_rowid(m_db))
        .text(SearchIndex::bodyOf({system.code, system.name, system.summary}))
        .run();
}

bool SeedWriter::insertResource(const ResourceRow &resource)
{
    if (!m_resource->text(resource.id)
             .text(resource.createdAt)
             .text(resource.updatedAt)
             .text(seedUser)
             .text(resource.ownerOrg)
             .text(resource.code)
             .text(resource.name)
             .text(resource.summary)
             .text(resource.catalogueKind)
             .text(resource.baseFamily)
             .text(resource.theme)
             .text(resource.format)
             .text(resource.updateCycle)
             .text(resource.shareType)
             .text(resource.shareCondition)
             .text(resource.noShareReason)
             .text(resource.openType)
             .text(resource.openCondition)
             .text(resource.grade)
             .integer(resource.classified ? 1 : 0)
             .text(resource.sourceSystem)
             .integer(resource.recordCount)
             .real(resource.storageGb)
             .text(resource.publishDate)
             .integer(resource.reportedUp ? 1 : 0)
             .text(resource.lifecycle)
             .integer(resource.retired ? 1 : 0)
             .run()) {
        return false;
    }
    const qint64 rid = sqlite3_last_insert_rowid(m_db);
    // Converted once for all of the resource's items.
    const QByteArray id = resource.id.toUtf8();
    const QByteArray created = resource.createdAt.toUtf8();
    const QByteArray updated = resource.updatedAt.toUtf8();
    const QByteArray owner = resource.ownerOrg.toUtf8();
    QStringList body{resource.code, resource.name, resource.summary};
    qint64 position = 0;
    for (const ItemRow &item : resource.items) {
        body << QString::fromUtf8(item.word->name);
        SeedStatement &statement = m_item->text(item.id)
                                       .text(created)
                                       .text(updated)
                                       .text(seedUser)
                                       .text(owner)
                                       .text(id)
                                       .integer(++position)
                                       .literal(item.word->name)
                                       .literal(item.word->dataType);
        (item.word->length > 0 ? statement.integer(item.word->length) : statement.null())
            .literal(item.word->description)
            .literal(item.shareType)
            .literal(item.openType)
            .integer(item.word->sensitive ? 1 : 0)
            .literal(item.grade);
        if (!statement.run()) {
            return false;
        }
    }
    return m_resourceSearch->integer(rid).text(SearchIndex::bodyOf(body)).run();
}

bool SeedWriter::setMeta(const QString &key, const QString &value)
{
    return m_meta->text(key).text(value).run();
}

} // namespace dew::models
