// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/schema.h"

#include <QDialog>

class QJsonArray;
class QLabel;

namespace dew::models {
class HistoryTableModel;
}

namespace dew::ui {

class Session;

// Who changed which field of a record, and when: the server's change log, with the changes made
// here and not yet synced on top. Opens at once with what this computer knows; the server's part
// arrives from the sync thread, so a slow network never freezes the window.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Session &session, models::Entity entity, QString recordId, QWidget *parent = nullptr);

    models::HistoryTableModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    QString statusText() const;

private:
    void showServerHistory(const QString &table, const QString &recordId, const QJsonArray &versions,
                           const QString &error);

    Session &m_session;
    const QString m_table;
    const QString m_recordId;
    models::HistoryTableModel *m_model;
    QLabel *m_status;
    bool m_loading = false;
};

} // namespace dew::ui
