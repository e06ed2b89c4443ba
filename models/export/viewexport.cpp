// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexport.h"

#include "io/columnlayout.h"
#include "store/recordrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace dew::models {
namespace {

constexpr int batch = 1000;

SheetKind sheetOf(Entity entity)
{
    switch (entity) {
    case Entity::Organisation:
        return SheetKind::Organisations;
    case Entity::InformationSystem:
        return SheetKind::Systems;
    case Entity::DataItem:
        return SheetKind::Items;
    default:
        return SheetKind::Resources;
    }
}

// The template's header for a field; fields the template lacks (the lifecycle) get their label.
QString headerOf(Entity entity, const QString &field)
{
    for (const LayoutColumn &column : layoutColumns(sheetOf(entity))) {
        if (column.entity == entity && field == QLatin1String(column.field)) {
            return QString::fromUtf8(column.header);
        }
    }
    return schemaOf(entity).fieldLabel(field);
}

// Reads a query a batch at a time and hands out its rows one by one.
class RowStream
{
public:
    RowStream(const Workspace &workspace, Entity entity, const RecordFilter &filter, const QString &sortField,
              Qt::SortOrder order, const QStringList &columns)
        : m_query(workspace, entity, columns)
    {
        m_query.setFilter(filter);
        m_query.setSort(sortField, order);
    }

    const ListedRow *next()
    {
        if (m_index >= m_rows.size()) {
            m_rows = m_query.fetch(m_offset, batch, 0);
            m_offset += m_rows.size();
            m_index = 0;
        }
        return m_index < m_rows.size() ? &m_rows.at(m_index++) : nullptr;
    }

private:
    RecordQuery m_query;
    QList<ListedRow> m_rows;
    qsizetype m_index = 0;
    qint64 m_offset = 0;
};

QHash<QString, QString> systemCodes(const Workspace &workspace)
{
    QHash<QString, QString> codes;
    RowStream systems(workspace, Entity::InformationSystem, {}, {}, Qt::AscendingOrder, {QStringLiteral("code")});
    while (const ListedRow *row = systems.next()) {
        codes.insert(row->id, row->values.first().toString());
    }
    return codes;
}

} // namespace

QString sheetText(const FieldSpec &spec, const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    switch (spec.type) {
    case FieldType::Enum:
        return Enumeration::of(spec.enumKind).chineseLabel(value.toString());
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case FieldType::Real:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

ExportSheet viewSheet(const Workspace &workspace, Entity entity, const RecordFilter &filter, const QString &sortField,
                      Qt::SortOrder order, const QStringList &fields)
{
    const EntitySchema &schema = schemaOf(entity);
    ExportSheet sheet;
    sheet.name = sheetKindName(sheetOf(entity));
    for (const QString &field : fields) {
        sheet.headers << headerOf(entity, field);
    }
    auto stream = std::make_shared<RowStream>(workspace, entity, filter, sortField, order, fields);
    sheet.nextRow = [stream, fields, &schema](QStringList *row) {
        const ListedRow *listed = stream->next();
        if (!listed) {
            return false;
        }
        row->clear();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const FieldSpec *spec = schema.field(fields.at(i));
            // The owner's column holds its name already (the query joins it).
            row->append(spec && spec->type != FieldType::OrgRef ? sheetText(*spec, listed->values.at(i))
                                                                : listed->values.at(i).toString());
        }
        return true;
    };
    return sheet;
}

QList<ExportSheet> resourceTemplateSheets(const Workspace &workspace, const RecordFilter &filter,
                                          const QString &sortField, Qt::SortOrder order)
{
    QStringList resourceFields;
    QStringList itemFields;
    for (const LayoutColumn &column : layoutColumns(SheetKind::Resources)) {
        if (column.entity == Entity::DataResource) {
            resourceFields << QString::fromLatin1(column.field);
        }
    }
    for (const LayoutColumn &column : layoutColumns(SheetKind::Items)) {
        itemFields << QString::fromLatin1(column.field);
    }
    ExportSheet resources;
    resources.name = sheetKindName(SheetKind::Resources);
    ExportSheet items;
    items.name = sheetKindName(SheetKind::Items);
    for (const QString &field : resourceFields) {
        resources.headers << headerOf(Entity::DataResource, field);
    }
    for (const QString &field : itemFields) {
        items.headers << headerOf(Entity::DataItem, field);
    }

    // Items follow their resources in the same order: the resource pass notes the ids.
    struct Shared
    {
        RowStream resources;
        QHash<QString, QString> systems;
        QList<std::pair<QString, QString>> written; // (id, code) in order
        qsizetype itemResource = 0;
        QList<Record> pendingItems;
    };
    auto shared = std::make_shared<Shared>(
        Shared{RowStream(workspace, Entity::DataResource, filter, sortField, order, resourceFields),
               systemCodes(workspace),
               {},
               0,
               {}});
    resources.nextRow = [shared, resourceFields](QStringList *row) {
        const ListedRow *listed = shared->resources.next();
        if (!listed) {
            return false;
        }
        row->clear();
        const EntitySchema &schema = schemaOf(Entity::DataResource);
        for (qsizetype i = 0; i < resourceFields.size(); ++i) {
            const QString &field = resourceFields.at(i);
            const QVariant value = listed->values.at(i);
            if (field == QLatin1String("source_system")) {
                row->append(shared->systems.value(value.toString()));
            } else if (const FieldSpec *spec = schema.field(field); spec && spec->type != FieldType::OrgRef) {
                row->append(sheetText(*spec, value));
            } else {
                row->append(value.toString());
            }
            if (field == QLatin1String("code")) {
                shared->written.append({listed->id, value.toString()});
            }
        }
        return true;
    };
    const RecordRepository repository(workspace, Entity::DataResource);
    items.nextRow = [shared, itemFields, repository](QStringList *row) {
        while (shared->pendingItems.isEmpty()) {
            if (shared->itemResource >= shared->written.size()) {
                return false;
            }
            shared->pendingItems = repository.itemsOf(shared->written.at(shared->itemResource++).first);
        }
        const Record item = shared->pendingItems.takeFirst();
        const QString code = shared->written.at(shared->itemResource - 1).second;
        const EntitySchema &schema = schemaOf(Entity::DataItem);
        row->clear();
        for (const QString &field : itemFields) {
            const FieldSpec *spec = schema.field(field);
            row->append(field == QLatin1String("resource_code") ? code
                        : spec                                  ? sheetText(*spec, item.value(field))
                                                                : QString());
        }
        return true;
    };
    return {resources, items};
}

} // namespace dew::models
