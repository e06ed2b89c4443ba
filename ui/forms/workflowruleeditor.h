// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/applicationstate.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace dew::ui {

// The body of a workflow rule, edited as what it is rather than as JSON: the rule table as lists,
// fee ceilings and stage deadlines; the calendar as holidays and make-up working days, a date per
// line. What the administrator types is kept as typed, so that a line that does not read is named
// here at once and refused by validation on save, never dropped. A rule of another code is
// edited as JSON text.
class WorkflowRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowRuleEditor(QWidget *parent = nullptr);

    void setRule(const QString &code, const QString &body);
    // The code typed for a new rule: the editor becomes the one that code needs.
    void setCode(const QString &code);
    QString body() const; // the JSON to store
    // The lines that do not read, each with its list and line number; empty when all read.
    QStringList problems() const;
    void setReadOnly(bool readOnly);

    QPlainTextEdit *negativeList() const { return m_negative; }
    QPlainTextEdit *holidays() const { return m_holidays; }
    QSpinBox *feeCeiling(const QString &mode) const { return m_fees.value(mode); }
    QSpinBox *deadline(models::ApplicationState state) const { return m_deadlines.value(state); }

signals:
    void modified();

private:
    QWidget *createRulesPage();
    QWidget *createCalendarPage();
    QPlainTextEdit *createList(const QString &placeholder);
    QSpinBox *createSpin(int minimum, int maximum);
    void showRules(const QJsonObject &json);
    void showCalendar(const QJsonObject &json);
    QJsonObject rulesJson() const;
    QJsonObject calendarJson() const;
    void changed();

    QStackedWidget *m_pages;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_negative = nullptr;
    QPlainTextEdit *m_positive = nullptr;
    QMap<QString, QSpinBox *> m_fees;                       // by application mode; -1 is no ceiling
    QMap<models::ApplicationState, QSpinBox *> m_deadlines; // 0 is no deadline
    QSpinBox *m_dueSoon = nullptr;
    QPlainTextEdit *m_coreRule = nullptr;
    QPlainTextEdit *m_holidays = nullptr;
    QPlainTextEdit *m_makeUpDays = nullptr;
    QLabel *m_problems;
    QString m_code;
    QJsonObject m_original; // keys this editor does not show are kept as they were
    bool m_loading = false;
};

} // namespace dew::ui
