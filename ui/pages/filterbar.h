// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace dew::models {
class Workspace;
}

namespace dew::ui {

// Organisation, region level, state and full-text search above a record table.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(const models::Workspace &workspace, bool hasLifecycle, QWidget *parent = nullptr);

    models::RecordFilter filter() const;
    QLineEdit *searchBox() const { return m_search; }
    void reloadOrganisations();

signals:
    void filterChanged(const dew::models::RecordFilter &filter);

private:
    const models::Workspace &m_workspace;
    QComboBox *m_organisation;
    QComboBox *m_level;
    QComboBox *m_state;
    QLineEdit *m_search;
    QTimer m_typing; // searches when the user pauses, not on every key
};

} // namespace dew::ui
