// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedrecordmodel.h"

#include "roles.h"
#include "store/searchindex.h"
#include "valueformat.h"

#include <QCoreApplication>

namespace dew::models {

PagedRecordModel::PagedRecordModel(const Workspace &workspace, Entity entity, const QStringList &columns,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_entity(entity), m_query(workspace, entity, columns)
{
    countRows();
}

void PagedRecordModel::countRows()
{
    m_incremental = !SearchIndex::matchExpression(m_query.filter().search).isEmpty() && m_query.sortField().isEmpty();
    if (!m_incremental) {
        m_rowCount = static_cast<int>(m_query.count());
        m_more = false;
        return;
    }
    QList<ListedRow> first = m_query.fetch(0, pageSize, 0);
    m_rowCount = static_cast<int>(first.size());
    m_more = m_rowCount == pageSize;
    m_pages.insert(0, std::move(first));
    m_pageUse.append(0);
}

bool PagedRecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_incremental && m_more;
}

void PagedRecordModel::fetchMore(const QModelIndex &parent)
{
    // The next page is appended from the event loop, never inside the caller's own signal
    // handling (a view may ask while it is still processing a reset).
    if (canFetchMore(parent) && !std::exchange(m_appendQueued, true)) {
        QMetaObject::invokeMethod(this, &PagedRecordModel::appendNextPage, Qt::QueuedConnection);
    }
}

void PagedRecordModel::appendNextPage()
{
    m_appendQueued = false;
    if (!canFetchMore({})) {
        return;
    }
    const QList<ListedRow> next = m_query.fetch(m_rowCount, pageSize, 0);
    m_more = next.size() == pageSize;
    if (next.isEmpty()) {
        return;
    }
    beginInsertRows({}, m_rowCount, m_rowCount + static_cast<int>(next.size()) - 1);
    if (m_rowCount % pageSize == 0) {
        const int page = m_rowCount / pageSize;
        m_pages.insert(page, next);
        m_pageUse.append(page);
    } else {
        invalidatePages(); // a page boundary moved after a single insert: read again
    }
    m_rowCount += static_cast<int>(next.size());
    endInsertRows();
}

int PagedRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_query.columns().size());
}

const ListedRow *PagedRecordModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= maxCachedPages) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        it = m_pages.insert(page, m_query.fetch(static_cast<qint64>(page) * pageSize, pageSize, knownTotal()));
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant PagedRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ListedRow *row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const EntitySchema &schema = schemaOf(m_entity);
    const QString field = fieldAt(index.column());
    const QVariant value = row->values.value(index.column());
    const int retiredColumn = columnOf(QStringLiteral("retired"));
    const bool retired = retiredColumn >= 0 && row->values.value(retiredColumn).toBool();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const FieldSpec *spec = schema.field(field);
        QString text = spec ? displayText(*spec, value) : value.toString();
        if (field == QLatin1String("lifecycle") && retired) {
            text += QCoreApplication::translate("dew::models::PagedRecordModel", " · retired");
        }
        return text;
    }
    case IdRole:
        return row->id;
    case RawValueRole:
        return value;
    case RetiredRole:
        return retired;
    default:
        return {};
    }
}

QVariant PagedRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return schemaOf(m_entity).fieldLabel(fieldAt(section));
}

void PagedRecordModel::sort(int column, Qt::SortOrder order)
{
    m_query.setSort(fieldAt(column), order);
    reload();
}

QString PagedRecordModel::idAt(int row) const
{
    const ListedRow *listed = rowAt(row);
    return listed ? listed->id : QString();
}

int PagedRecordModel::rowOf(const QString &id) const
{
    return static_cast<int>(m_query.positionOf(id));
}

void PagedRecordModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_query.filter()) {
        return;
    }
    m_query.setFilter(filter);
    reload();
}

void PagedRecordModel::reload()
{
    beginResetModel();
    invalidatePages();
    countRows();
    endResetModel();
}

void PagedRecordModel::invalidatePages()
{
    m_pages.clear();
    m_pageUse.clear();
}

void PagedRecordModel::noteInserted(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || (m_incremental && row >= m_rowCount && m_more)) {
        return; // does not match the filter, or falls among results not loaded yet
    }
    m_query.setTransition(id, {});
    invalidatePages();
    beginInsertRows({}, row, row);
    m_query.setTransition({}, {});
    invalidatePages();
    ++m_rowCount;
    endInsertRows();
}

void PagedRecordModel::noteRemoved(const QString &id, int oldRow)
{
    if (oldRow < 0 || oldRow >= m_rowCount) {
        return;
    }
    m_query.setTransition({}, id);
    invalidatePages();
    beginRemoveRows({}, oldRow, oldRow);
    m_query.setTransition({}, {});
    invalidatePages();
    --m_rowCount;
    endRemoveRows();
}

void PagedRecordModel::noteChanged(const QString &id, int oldRow)
{
    const int newRow = rowOf(id);
    if (oldRow < 0 && newRow >= 0) {
        noteInserted(id);
    } else if (newRow != oldRow) {
        reload(); // the record moved or left the filter: the old order cannot be read back
    } else if (oldRow >= 0) {
        m_pages.remove(oldRow / pageSize);
        m_pageUse.removeOne(oldRow / pageSize);
        emit dataChanged(index(oldRow, 0), index(oldRow, columnCount() - 1));
    }
}

} // namespace dew::models
