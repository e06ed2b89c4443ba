// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/record.h"
#include "workflow/applicationworkflow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace dew::models {

class Workspace;

// The inboxes of the Reviews page (DESIGN.md §6): 待我审核, 即将逾期/已逾期, 全部.
enum class ReviewInbox { AwaitingMe, DueSoon, All };

struct ApplicationRow
{
    Record application;
    ApplicationFacts facts;
    StageCountdown countdown;
    bool awaitingMe = false; // the application waits on a step this user may take now

    bool in(ReviewInbox inbox) const;
};

// Every live application with its facts and deadline, as one user sees them now. Loaded whole:
// a city files hundreds of applications a year, not millions.
QList<ApplicationRow> loadApplicationRows(const Workspace &workspace, const Actor &actor, const QDateTime &now);

// "3 working days left", "due today", "overdue by 2 working days"; empty without a deadline.
QString countdownText(const StageCountdown &countdown);

// The applications of one inbox, optionally of one state, for the Reviews page's table.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Scenario, Applicant, State, Deadline, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ApplicationListModel(QObject *parent = nullptr);

    void setRows(QList<ApplicationRow> rows);
    void setFilter(ReviewInbox inbox, std::optional<ApplicationState> state);
    ReviewInbox inbox() const { return m_inbox; }
    int count(ReviewInbox inbox) const;
    int dueForMe() const; // awaiting the user's action and due soon or overdue
    QMap<ApplicationState, int> stateCounts(ReviewInbox inbox) const;
    const ApplicationRow *rowAt(int row) const;
    int rowOf(const QString &applicationId) const; // -1 when it is not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<ApplicationRow> m_all;
    QList<qsizetype> m_shown; // indexes into m_all
    ReviewInbox m_inbox = ReviewInbox::AwaitingMe;
    std::optional<ApplicationState> m_state;
};

} // namespace dew::models
