// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace dew::models {

// The data items of the resource being edited, as an editable table. Edits stay in memory until
// the form is saved; removed items that were already stored are remembered so the save can
// delete them.
class DataItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DataItemTableModel(QObject *parent = nullptr);

    static QStringList columnFields();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setItems(const QList<Record> &items);
    const QList<Record> &items() const { return m_items; }
    const QStringList &removedIds() const { return m_removedIds; }
    bool isModified() const { return m_modified; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    void modified();

private:
    QList<Record> m_items;
    QStringList m_removedIds;
    bool m_modified = false;
    bool m_readOnly = false;
};

} // namespace dew::models
