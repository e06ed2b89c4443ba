// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationlistmodel.h"

#include "store/applicationdesk.h"
#include "workflow/recordrules.h"

#include <QBrush>
#include <QColor>

namespace dew::models {

bool ApplicationRow::in(ReviewInbox inbox) const
{
    switch (inbox) {
    case ReviewInbox::AwaitingMe:
        return awaitingMe;
    case ReviewInbox::DueSoon:
        return countdown.urgency == DeadlineUrgency::DueSoon || countdown.urgency == DeadlineUrgency::Overdue;
    case ReviewInbox::All:
        return true;
    }
    return false;
}

namespace {

// Whether the application waits on this step; withdrawing, asking for a change, and ending or
// archiving an agreement are options that are always open, not work in someone's inbox.
bool awaitsSomeone(ApplicationAction action)
{
    switch (action) {
    case ApplicationAction::Withdraw:
    case ApplicationAction::RequestChange:
    case ApplicationAction::Suspend:
    case ApplicationAction::Resume:
    case ApplicationAction::Revoke:
    case ApplicationAction::Expire:
    case ApplicationAction::Exit:
    case ApplicationAction::Archive:
        return false;
    default:
        return true;
    }
}

} // namespace

QList<ApplicationRow> loadApplicationRows(const Workspace &workspace, const Actor &actor, const QDateTime &now)
{
    const ApplicationDesk desk(workspace);
    const ApplicationRules rules = desk.rules();
    const WorkingDayCalendar calendar = desk.calendar();
    QList<ApplicationRow> rows;
    for (const QString &id : desk.applicationIds()) {
        const std::optional<Record> application = desk.application(id);
        if (!application) {
            continue;
        }
        const std::optional<ApplicationFacts> facts = desk.facts(*application);
        const QList<ApplicationAction> allowed = allowedActions(*facts, actor, rules);
        // A reviewer may file for an applicant, but other people's drafts are not their work.
        const bool filer = actor.role == Role::Officer || facts->filedBy == actor.userId;
        // Recording the agreement is the work before signing it, and no action stands for it.
        const bool agreementToRecord =
            facts->state == ApplicationState::Agreement && !facts->agreementRecorded &&
            permitsAgreementOf(actor, RecordAction::Create, {}, *application, facts->submittedBy).allowed;
        rows.append(
            {*application, *facts, stageCountdown(*facts, rules, calendar, now),
             agreementToRecord || std::any_of(allowed.cbegin(), allowed.cend(), [filer](ApplicationAction action) {
                 const bool filerStep = action == ApplicationAction::Submit || action == ApplicationAction::Supplement;
                 return awaitsSomeone(action) && (filer || !filerStep);
             })});
    }
    return rows;
}

QString countdownText(const StageCountdown &countdown)
{
    if (countdown.urgency == DeadlineUrgency::None) {
        return {};
    }
    if (countdown.workingDaysLeft < 0) {
        return ApplicationListModel::tr("overdue by %n working day(s)", nullptr, -countdown.workingDaysLeft);
    }
    if (countdown.workingDaysLeft == 0) {
        return ApplicationListModel::tr("due today");
    }
    return ApplicationListModel::tr("%n working day(s) left", nullptr, countdown.workingDaysLeft);
}

ApplicationListModel::ApplicationListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ApplicationListModel::setRows(QList<ApplicationRow> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    refilter();
    endResetModel();
}

void ApplicationListModel::setFilter(ReviewInbox inbox, std::optional<ApplicationState> state)
{
    beginResetModel();
    m_inbox = inbox;
    m_state = state;
    refilter();
    endResetModel();
}

void ApplicationListModel::refilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).in(m_inbox) && (!m_state || m_all.at(i).facts.state == *m_state)) {
            m_shown.append(i);
        }
    }
}

int ApplicationListModel::count(ReviewInbox inbox) const
{
    return static_cast<int>(
        std::count_if(m_all.cbegin(), m_all.cend(), [inbox](const ApplicationRow &row) { return row.in(inbox); }));
}

int ApplicationListModel::dueForMe() const
{
    return static_cast<int>(std::count_if(m_all.cbegin(), m_all.cend(), [](const ApplicationRow &row) {
        return row.awaitingMe && row.in(ReviewInbox::DueSoon);
    }));
}

QMap<ApplicationState, int> ApplicationListModel::stateCounts(ReviewInbox inbox) const
{
    QMap<ApplicationState, int> counts;
    for (const ApplicationRow &row : m_all) {
        if (row.in(inbox)) {
            ++counts[row.facts.state];
        }
    }
    return counts;
}

const ApplicationRow *ApplicationListModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int ApplicationListModel::rowOf(const QString &applicationId) const
{
    for (qsizetype row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).facts.id == applicationId) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    const ApplicationRow *row = rowAt(index.row());
    if (!row) {
        return {};
    }
    if (role == IdRole) {
        return row->facts.id;
    }
    if (role == Qt::ForegroundRole && index.column() == Deadline) {
        switch (row->countdown.urgency) {
        case DeadlineUrgency::Overdue:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case DeadlineUrgency::DueSoon:
            return QBrush(QColor(0xb2, 0x5e, 0x00));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Deadline && row->countdown.deadline) {
        return tr("Due by %1").arg(QLocale().toString(row->countdown.deadline->toLocalTime(), QLocale::ShortFormat));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Code:
        return row->application.text(QStringLiteral("code"));
    case Scenario:
        return row->application.text(QStringLiteral("scenario"));
    case Applicant:
        return row->application.text(QStringLiteral("applicant_name"));
    case State:
        return applicationStateLabel(row->facts.state);
    case Deadline:
        return countdownText(row->countdown);
    default:
        return {};
    }
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Code:
        return tr("Number");
    case Scenario:
        return tr("Scenario");
    case Applicant:
        return tr("Applicant");
    case State:
        return tr("State");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace dew::models
