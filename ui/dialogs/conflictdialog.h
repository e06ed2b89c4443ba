// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/syncdescriber.h"
#include "sync/conflictresolver.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QGroupBox;
class QLabel;

namespace dew::ui {

class Session;

// Settles the open conflicts of one record, field by field: each field shows the value the edits
// started from (base), the server's value (theirs) and every competing edit (ours among them),
// and the person picks one. Each choice becomes a resolution in the outbox, like any edit.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(Session &session, const QString &table, const QString &recordId, QWidget *parent = nullptr);

    int fieldCount() const { return int(m_fields.size()); }
    // Picks the choice whose label contains text, for the field of that column; for tests and
    // for the keyboard-less.
    bool choose(const QString &field, const QString &text);
    void accept() override;

private:
    struct FieldChoice
    {
        models::sync::OpenConflict conflict;
        QList<QJsonValue> values;
        QButtonGroup *buttons;
        QGroupBox *box;
        bool resolved = false;
    };

    void addField(const models::sync::OpenConflict &conflict, QWidget *into);

    Session &m_session;
    const models::SyncDescriber m_describer;
    QList<FieldChoice> m_fields;
    QLabel *m_problem;
};

} // namespace dew::ui
