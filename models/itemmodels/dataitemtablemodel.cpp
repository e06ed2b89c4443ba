// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataitemtablemodel.h"

#include "domain/schema.h"
#include "roles.h"
#include "valueformat.h"

namespace dew::models {
namespace {

const FieldSpec &specAt(int column)
{
    return *schemaOf(Entity::DataItem).field(DataItemTableModel::columnFields().at(column));
}

} // namespace

DataItemTableModel::DataItemTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QStringList DataItemTableModel::columnFields()
{
    static const QStringList fields{QStringLiteral("name"),       QStringLiteral("data_type"),
                                    QStringLiteral("length"),     QStringLiteral("description"),
                                    QStringLiteral("share_type"), QStringLiteral("open_type"),
                                    QStringLiteral("sensitive"),  QStringLiteral("grade")};
    return fields;
}

int DataItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DataItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columnFields().size());
}

QVariant DataItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Record &item = m_items.at(index.row());
    const FieldSpec &spec = specAt(index.column());
    const QVariant value = item.value(QString::fromLatin1(spec.name));
    switch (role) {
    case Qt::DisplayRole:
        return spec.type == FieldType::Bool ? QVariant() : QVariant(displayText(spec, value));
    case Qt::EditRole:
    case RawValueRole:
        return value;
    case Qt::CheckStateRole:
        return spec.type == FieldType::Bool ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

bool DataItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly) {
        return false;
    }
    const FieldSpec &spec = specAt(index.column());
    QVariant stored = value;
    if (role == Qt::CheckStateRole && spec.type == FieldType::Bool) {
        stored = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    Record &item = m_items[index.row()];
    const QString field = QString::fromLatin1(spec.name);
    if (item.value(field) == stored) {
        return true;
    }
    item.values.insert(field, stored);
    m_modified = true;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::CheckStateRole, RawValueRole});
    emit modified();
    return true;
}

QVariant DataItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount()) {
        return schemaOf(Entity::DataItem).fieldLabel(columnFields().at(section));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags DataItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly) {
        result |= specAt(index.column()).type == FieldType::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return result;
}

bool DataItemTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1 || m_readOnly) {
        return false;
    }
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Record item;
        item.values.insert(QStringLiteral("data_type"), QStringLiteral("string"));
        m_items.insert(row + i, item);
    }
    endInsertRows();
    m_modified = true;
    emit modified();
    return true;
}

bool DataItemTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount() || m_readOnly) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        const Record removed = m_items.takeAt(row);
        if (!removed.id.isEmpty()) {
            m_removedIds << removed.id;
        }
    }
    endRemoveRows();
    m_modified = true;
    emit modified();
    return true;
}

void DataItemTableModel::setItems(const QList<Record> &items)
{
    beginResetModel();
    m_items = items;
    m_removedIds.clear();
    m_modified = false;
    endResetModel();
}

} // namespace dew::models
