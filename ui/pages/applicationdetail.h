// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/applicationlistmodel.h"
#include "workflow/applicationcommand.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QListWidget;
class QTableWidget;

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// One application as a reviewer reads it (DESIGN.md §6): the applicant with its credit code
// checked, the requested resources with their share and open types and grades, the automatic
// compliance checks in green or red with the reason of each, the materials and the timeline.
class ApplicationDetail : public QScrollArea
{
    Q_OBJECT

public:
    explicit ApplicationDetail(const models::Workspace &workspace, QWidget *parent = nullptr);

    void showApplication(const models::ApplicationRow &row, const models::ApplicationRules &rules,
                         const QList<models::ReviewRecord> &timeline);
    void clear();

    QListWidget *checks() const { return m_checks; }
    QTableWidget *resources() const { return m_resources; }
    QTableWidget *materials() const { return m_materials; }
    QTableWidget *timeline() const { return m_timeline; }
    QTableWidget *agreements() const { return m_agreements; }
    QString summaryText() const; // the heading and the applicant's lines, for tests

private:
    void fillResources(const models::ApplicationFacts &facts);
    void fillMaterials(const models::ApplicationFacts &facts);
    void fillTimeline(const QList<models::ReviewRecord> &timeline);
    void fillAgreements(const QString &applicationId);

    const models::Workspace &m_workspace;
    QLabel *m_heading;
    QLabel *m_applicant;
    QLabel *m_terms;
    QTableWidget *m_resources;
    QListWidget *m_checks;
    QTableWidget *m_materials;
    QTableWidget *m_timeline;
    QTableWidget *m_agreements;
};

} // namespace dew::ui
