// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclistmodels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dew::models {
namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("dew::models::SyncLists", source);
}

} // namespace

ConflictTableModel::ConflictTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_describer(workspace)
{
    reload();
}

void ConflictTableModel::reload()
{
    beginResetModel();
    m_conflicts = sync::openConflicts(m_workspace);
    m_recordLabels.clear();
    for (const sync::OpenConflict &conflict : std::as_const(m_conflicts)) {
        m_recordLabels << m_describer.record(conflict.table, conflict.recordId);
    }
    endResetModel();
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const sync::OpenConflict &conflict = m_conflicts.at(index.row());
    switch (index.column()) {
    case RecordColumn:
        return m_recordLabels.at(index.row());
    case FieldColumn:
        return m_describer.field(conflict.table, conflict.field);
    case ServerValueColumn:
        return m_describer.value(conflict.table, conflict.field, conflict.serverValue);
    case CompetingColumn: {
        QStringList values;
        for (const QJsonValue &entry : conflict.competing) {
            const QJsonObject competing = entry.toObject();
            values << text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "%1 (%2)"))
                          .arg(m_describer.value(conflict.table, conflict.field,
                                                 competing.value(QStringLiteral("value"))),
                               competing.value(QStringLiteral("name")).toString());
        }
        return values.join(text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "; ")));
    }
    case OpenedColumn:
        return SyncDescriber::time(conflict.openedAt);
    default:
        return {};
    }
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RecordColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Record"));
    case FieldColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Field"));
    case ServerValueColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Server value"));
    case CompetingColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Competing edits"));
    case OpenedColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Since"));
    default:
        return {};
    }
}

SyncIssueTableModel::SyncIssueTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_describer(workspace)
{
    reload();
}

void SyncIssueTableModel::reload()
{
    beginResetModel();
    m_issues = sync::syncIssues(m_workspace);
    m_recordLabels.clear();
    m_contents.clear();
    for (const sync::SyncIssue &issue : std::as_const(m_issues)) {
        m_recordLabels << m_describer.record(issue.table, issue.recordId);
        m_contents << m_describer.changes(issue.table, issue.changes);
    }
    endResetModel();
}

QString SyncIssueTableModel::describe(int row) const
{
    const sync::SyncIssue &issue = m_issues.at(row);
    return text(QT_TRANSLATE_NOOP("dew::models::SyncLists",
                                  "Record: %1\nChange: %2, made %3\nContent: %4\nRefused %5: %6\nRecord id: %7"))
        .arg(m_recordLabels.at(row), SyncDescriber::operation(issue.op), SyncDescriber::time(issue.editedAt),
             m_contents.at(row), SyncDescriber::time(issue.reportedAt), issue.reason, issue.recordId);
}

int SyncIssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int SyncIssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncIssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return describe(index.row());
    }
    const sync::SyncIssue &issue = m_issues.at(index.row());
    switch (index.column()) {
    case ReportedColumn:
        return SyncDescriber::time(issue.reportedAt);
    case RecordColumn:
        return m_recordLabels.at(index.row());
    case OperationColumn:
        return SyncDescriber::operation(issue.op);
    case ReasonColumn:
        return issue.reason;
    case ContentColumn:
        return m_contents.at(index.row());
    default:
        return {};
    }
}

QVariant SyncIssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ReportedColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Refused at"));
    case RecordColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Record"));
    case OperationColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Change"));
    case ReasonColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Reason"));
    case ContentColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "What was typed"));
    default:
        return {};
    }
}

FileIssueTableModel::FileIssueTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    reload();
}

void FileIssueTableModel::reload()
{
    beginResetModel();
    m_issues = sync::fileIssues(m_workspace);
    endResetModel();
}

int FileIssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int FileIssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileIssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const sync::FileIssue &issue = m_issues.at(index.row());
    switch (index.column()) {
    case SinceColumn:
        return SyncDescriber::time(issue.reportedAt);
    case FileColumn:
        return issue.fileName;
    case ApplicationColumn:
        return issue.applicationCodes;
    case Sha256Column:
        return role == Qt::ToolTipRole ? issue.sha256 : issue.sha256.left(12);
    case DirectionColumn:
        return issue.direction == sync::FileIssue::Direction::Upload
                   ? text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Not uploaded"))
                   : text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Not downloaded"));
    case ReasonColumn:
        return issue.reason;
    default:
        return {};
    }
}

QVariant FileIssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SinceColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Since"));
    case FileColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "File"));
    case ApplicationColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Application"));
    case Sha256Column:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "SHA-256"));
    case DirectionColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "What failed"));
    case ReasonColumn:
        return text(QT_TRANSLATE_NOOP("dew::models::SyncLists", "Reason"));
    default:
        return {};
    }
}

} // namespace dew::models
