// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/applicationlistmodel.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class QTabBar;
class QTableView;

namespace dew::ui {

class ApplicationDetail;
class MessageBanner;
class Session;

// 授权运营审核 (DESIGN.md §6): the inboxes 待我审核, 即将逾期/已逾期 and 全部 with per-state counts,
// an application's detail, and the actions the current user may take on it now. Actions run on
// this desktop's copy, offline if need be, and sync carries them to dew-server as commands.
class ReviewsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsPage(Session &session, QWidget *parent = nullptr);

    QString title() const;
    void reload();
    // Whether a change arrived while the page was hidden; showing the page reloads it.
    bool isStale() const { return m_stale; }
    bool selectApplication(const QString &applicationId);
    // Applications awaiting this user's action that are due soon or overdue: shown at start-up.
    int dueCount() const;

    QTabBar *inboxTabs() const { return m_inboxes; }
    QListWidget *states() const { return m_states; }
    QTableView *table() const { return m_table; }
    ApplicationDetail *detail() const { return m_detail; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *actionButton(models::ApplicationAction action) const { return m_actionButtons.value(action); }

signals:
    void dueCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reading every application's facts is too much for a page nobody looks at: a hidden page
    // only notes that it is stale.
    void reloadWhenSeen();
    QWidget *buildActionBar();
    void fillStates();
    void applyFilter();
    void showCurrent();
    const models::ApplicationRow *current() const;
    // What an action works on across a dialog, during which a sync may reload the list.
    std::optional<models::ApplicationRow> currentCopy() const;
    void takeAction(models::ApplicationAction action);
    void attachMaterial();
    void verifyMaterial();
    void openMaterial();
    void saveMaterialCopy();
    std::optional<models::Material> currentMaterial() const; // a copy: a sync may reload the list meanwhile
    void printDecisionLetter();
    void recordAgreement();

    Session &m_session;
    models::ApplicationListModel *m_model;
    QTabBar *m_inboxes;
    QListWidget *m_states;
    QTableView *m_table;
    ApplicationDetail *m_detail;
    MessageBanner *m_banner;
    QMap<models::ApplicationAction, QPushButton *> m_actionButtons;
    QComboBox *m_materialKind;
    QPushButton *m_attach;
    QPushButton *m_verify;
    QPushButton *m_open;
    QPushButton *m_saveCopy;
    QPushButton *m_print;
    QPushButton *m_agreement;
    bool m_stale = false;
};

} // namespace dew::ui
