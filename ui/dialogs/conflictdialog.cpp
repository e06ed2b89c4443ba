// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "session.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dew::ui {
namespace {

// One value a field may take, with everyone who proposed it.
struct Candidate
{
    QJsonValue value;
    QStringList sources;
};

void propose(QList<Candidate> &candidates, const QJsonValue &value, const QString &source)
{
    for (Candidate &candidate : candidates) {
        if (candidate.value == value) {
            candidate.sources << source;
            return;
        }
    }
    candidates << Candidate{value, {source}};
}

} // namespace

ConflictDialog::ConflictDialog(Session &session, const QString &table, const QString &recordId, QWidget *parent)
    : QDialog(parent), m_session(session), m_describer(session.workspace()), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    const QString record = m_describer.record(table, recordId);
    setWindowTitle(tr("Resolve conflicts: %1").arg(record));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Several people changed the same fields of <b>%1</b> while apart. For each field, "
                                "choose the value that should stand; the choice reaches everyone at the next sync.")
                                 .arg(record.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    for (const models::sync::OpenConflict &conflict : models::sync::openConflicts(session.workspace())) {
        if (conflict.table == table && conflict.recordId == recordId) {
            addField(conflict, fields);
        }
    }
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    m_problem->setObjectName(QStringLiteral("conflictProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resolve"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_fields.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

void ConflictDialog::addField(const models::sync::OpenConflict &conflict, QWidget *into)
{
    const QString field = m_describer.field(conflict.table, conflict.field);
    auto *box = new QGroupBox(field, into);
    box->setObjectName(QStringLiteral("conflict-") + conflict.field);
    auto *layout = new QVBoxLayout(box);
    auto *base = new QLabel(
        tr("Before the edits: %1").arg(m_describer.value(conflict.table, conflict.field, conflict.base)), box);
    base->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(base);

    QList<Candidate> candidates;
    propose(candidates, conflict.serverValue, tr("theirs: on the server now"));
    for (const QJsonValue &entry : conflict.competing) {
        const QJsonObject competing = entry.toObject();
        const QString at = models::SyncDescriber::time(competing.value(QStringLiteral("at")).toString());
        const QString note = competing.value(QStringLiteral("note")).toString(); // a decision's opinion
        const QString source =
            competing.value(QStringLiteral("user")).toString() == m_session.actor().userId
                ? tr("ours: your edit, %1").arg(at)
                : tr("theirs: %1's edit, %2").arg(competing.value(QStringLiteral("name")).toString(), at);
        propose(candidates, competing.value(QStringLiteral("value")),
                note.isEmpty() ? source : tr("%1 (%2)").arg(source, note));
    }
    propose(candidates, conflict.base, tr("as before the edits"));

    FieldChoice choice{conflict, {}, new QButtonGroup(box), box};
    for (const Candidate &candidate : std::as_const(candidates)) {
        auto *button =
            new QRadioButton(tr("%1 — %2").arg(m_describer.value(conflict.table, conflict.field, candidate.value),
                                               candidate.sources.join(tr("; "))),
                             box);
        choice.buttons->addButton(button, int(choice.values.size()));
        choice.values << candidate.value;
        layout->addWidget(button);
    }
    choice.buttons->button(0)->setChecked(true); // the server's value: choosing it changes nothing anyone sees
    if (conflict.table == QLatin1String("authorization_application") && conflict.field == QLatin1String("state")) {
        // Two decisions met: the one in force stays, and the other is shown for the record only.
        for (QAbstractButton *button : choice.buttons->buttons()) {
            button->setEnabled(button == choice.buttons->button(0));
        }
        auto *note = new QLabel(tr("The decision in force stays; the other one is shown for the record. To change "
                                   "the outcome, take an action from the current state on the Reviews page."),
                                box);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_fields << choice;
    qobject_cast<QVBoxLayout *>(into->layout())->addWidget(box);
}

bool ConflictDialog::choose(const QString &field, const QString &text)
{
    for (const FieldChoice &choice : std::as_const(m_fields)) {
        if (choice.conflict.field != field) {
            continue;
        }
        for (QAbstractButton *button : choice.buttons->buttons()) {
            if (button->text().contains(text)) {
                button->setChecked(true);
                return true;
            }
        }
    }
    return false;
}

void ConflictDialog::accept()
{
    QStringList problems;
    for (FieldChoice &choice : m_fields) {
        if (choice.resolved) {
            continue;
        }
        const QJsonValue chosen = choice.values.value(choice.buttons->checkedId());
        const QString problem =
            models::sync::resolveConflict(m_session.workspace(), m_session.actor(), choice.conflict.id, chosen);
        if (problem.isEmpty()) {
            choice.resolved = true;
            choice.box->setEnabled(false); // pressing Resolve again after a problem must not repeat it
        } else {
            problems << tr("%1: %2").arg(choice.box->title(), problem);
        }
    }
    emit m_session.syncedChanges(); // the record shows the chosen values at once
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace dew::ui
