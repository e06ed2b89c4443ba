// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictresolver.h"
#include "sync/syncissues.h"
#include "syncdescriber.h"

#include <QAbstractTableModel>

namespace dew::models {

class Workspace;

// The open conflicts of a workspace, one row per conflicting field, as the Conflicts list shows them.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, ServerValueColumn, CompetingColumn, OpenedColumn, ColumnCount };

    explicit ConflictTableModel(const Workspace &workspace, QObject *parent = nullptr);

    void reload();
    const sync::OpenConflict &conflictAt(int row) const { return m_conflicts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Workspace &m_workspace;
    SyncDescriber m_describer;
    QList<sync::OpenConflict> m_conflicts;
    QStringList m_recordLabels; // read once per reload: a record lookup per paint would be wasteful
};

// The changes the server refused, with the reason and what was typed.
class SyncIssueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReportedColumn, RecordColumn, OperationColumn, ReasonColumn, ContentColumn, ColumnCount };

    explicit SyncIssueTableModel(const Workspace &workspace, QObject *parent = nullptr);

    void reload();
    const sync::SyncIssue &issueAt(int row) const { return m_issues.at(row); }
    // The issue as text to copy or read in full: the record, what was typed, the reason.
    QString describe(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Workspace &m_workspace;
    SyncDescriber m_describer;
    QList<sync::SyncIssue> m_issues;
    QStringList m_recordLabels;
    QStringList m_contents;
};

// The material files that did not travel: which, for which application, which way and why.
class FileIssueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SinceColumn,
        FileColumn,
        ApplicationColumn,
        Sha256Column,
        DirectionColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit FileIssueTableModel(const Workspace &workspace, QObject *parent = nullptr);

    void reload();
    const sync::FileIssue &issueAt(int row) const { return m_issues.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Workspace &m_workspace;
    QList<sync::FileIssue> m_issues;
};

} // namespace dew::models
