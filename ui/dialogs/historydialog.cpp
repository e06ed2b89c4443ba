// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h"

#include "itemmodels/historytablemodel.h"
#include "itemmodels/syncdescriber.h"
#include "session.h"
#include "sync/synccontroller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dew::ui {

HistoryDialog::HistoryDialog(Session &session, models::Entity entity, QString recordId, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(QString::fromLatin1(models::schemaOf(entity).table)),
      m_recordId(std::move(recordId)), m_model(new models::HistoryTableModel(session.workspace(), m_table, this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History: %1").arg(models::SyncDescriber(session.workspace()).record(m_table, m_recordId)));
    auto *layout = new QVBoxLayout(this);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("historyTable"));
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(models::HistoryTableModel::AfterColumn, QHeaderView::Stretch);
    view->setWordWrap(false);
    layout->addWidget(view, 1);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 480);

    const models::Actor &actor = session.actor();
    m_model->setEntries(
        models::sync::pendingHistory(session.workspace(), m_table, m_recordId, actor.userId, actor.displayName));
    models::sync::SyncController *controller = session.syncController();
    if (!controller) {
        m_status->setText(tr("A demo workspace has no server: these are the changes made on this computer."));
        return;
    }
    m_loading = true;
    m_status->setText(tr("Reading the history from the server…"));
    connect(controller, &models::sync::SyncController::historyFetched, this, &HistoryDialog::showServerHistory);
    controller->requestHistory(m_table, m_recordId);
}

QString HistoryDialog::statusText() const
{
    return m_status->text();
}

void HistoryDialog::showServerHistory(const QString &table, const QString &recordId, const QJsonArray &versions,
                                      const QString &error)
{
    if (table != m_table || recordId != m_recordId || !m_loading) {
        return; // another window's question
    }
    m_loading = false;
    const models::Actor &actor = m_session.actor();
    QList<models::sync::HistoryEntry> entries =
        models::sync::pendingHistory(m_session.workspace(), m_table, m_recordId, actor.userId, actor.displayName);
    if (!error.isEmpty()) {
        m_model->setEntries(entries);
        m_status->setText(tr("The server's history could not be read (%1). Shown: the changes made on this computer "
                             "and not yet synced.")
                              .arg(error));
        return;
    }
    entries += models::sync::historyFromVersions(m_table, versions);
    m_model->setEntries(entries);
    m_status->setText(tr("%n change(s).", nullptr, m_model->changeCount()));
}

} // namespace dew::ui
