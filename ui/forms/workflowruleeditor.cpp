// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowruleeditor.h"

#include "domain/enumerations.h"
#include "workflow/applicationrules.h"
#include "workflow/workingdaycalendar.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dew::ui {

using models::ApplicationState;

namespace {

const QString negativeKey = QStringLiteral("negative_list");
const QString positiveKey = QStringLiteral("positive_list");
const QString holidaysKey = QStringLiteral("holidays");
const QString makeUpKey = QStringLiteral("make_up_working_days");
const QString yearsKey = QStringLiteral("years");
const QString feesKey = QStringLiteral("fee_ceilings");
const QString deadlinesKey = QStringLiteral("stage_deadlines");

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        lines << line.trimmed();
    }
    return lines;
}

QStringList entriesOf(const QPlainTextEdit *edit)
{
    QStringList entries = linesOf(edit);
    entries.removeAll(QString());
    return entries;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &entry : value.toArray()) {
        strings << entry.toString();
    }
    return strings;
}

QDate dateOf(const QString &line)
{
    return QDate::fromString(line, Qt::ISODate);
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

} // namespace

WorkflowRuleEditor::WorkflowRuleEditor(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_raw(new QPlainTextEdit(this)), m_problems(new QLabel(this))
{
    m_raw->setTabChangesFocus(true);
    connect(m_raw, &QPlainTextEdit::textChanged, this, &WorkflowRuleEditor::changed);
    m_pages->addWidget(m_raw);
    m_pages->addWidget(createRulesPage());
    m_pages->addWidget(createCalendarPage());
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addWidget(m_problems);
}

QPlainTextEdit *WorkflowRuleEditor::createList(const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 6);
    connect(edit, &QPlainTextEdit::textChanged, this, &WorkflowRuleEditor::changed);
    return edit;
}

QSpinBox *WorkflowRuleEditor::createSpin(int minimum, int maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    connect(spin, &QSpinBox::valueChanged, this, &WorkflowRuleEditor::changed);
    return spin;
}

QWidget *WorkflowRuleEditor::createRulesPage()
{
    auto *tabs = new QTabWidget(this);
    const QString listHint = tr("One per line: a resource code (101001/000123) or a classification-code prefix (101).");
    m_negative = createList(listHint);
    m_negative->setObjectName(negativeKey);
    m_positive = createList(listHint);
    m_positive->setObjectName(positiveKey);
    auto *lists = new QWidget(this);
    auto *listsLayout = new QFormLayout(lists);
    listsLayout->addRow(tr("Negative list (never authorized)"), m_negative);
    listsLayout->addRow(tr("Positive list (may be authorized)"), m_positive);
    tabs->addTab(lists, tr("Lists"));

    auto *fees = new QWidget(this);
    auto *feesLayout = new QFormLayout(fees);
    const models::Enumeration &modes = models::Enumeration::of(models::EnumKind::ApplicationMode);
    for (const QString &mode : modes.codes()) {
        QSpinBox *spin = createSpin(-1, 1'000'000'000);
        spin->setSpecialValueText(tr("No ceiling"));
        spin->setSuffix(tr(" yuan a year"));
        spin->setObjectName(QStringLiteral("fee_") + mode);
        feesLayout->addRow(modes.label(mode), spin);
        m_fees.insert(mode, spin);
    }
    tabs->addTab(fees, tr("Fee ceilings"));

    auto *deadlines = new QWidget(this);
    auto *deadlinesLayout = new QFormLayout(deadlines);
    for (const models::StageDeadline &stage : models::ApplicationRules::defaults().stageDeadlines) {
        QSpinBox *spin = createSpin(0, 250);
        spin->setSpecialValueText(tr("No deadline"));
        spin->setSuffix(tr(" working days"));
        spin->setObjectName(QStringLiteral("deadline_") + models::applicationStateCode(stage.state));
        deadlinesLayout->addRow(models::applicationStateLabel(stage.state), spin);
        m_deadlines.insert(stage.state, spin);
    }
    m_dueSoon = createSpin(0, 30);
    m_dueSoon->setSuffix(tr(" working days"));
    m_dueSoon->setObjectName(QStringLiteral("due_soon_working_days"));
    deadlinesLayout->addRow(tr("Due soon within"), m_dueSoon);
    tabs->addTab(deadlines, tr("Stage deadlines"));

    m_coreRule = createList(tr("The rule cited when an application for core data is rejected automatically."));
    tabs->addTab(m_coreRule, tr("Core data rule"));
    return tabs;
}

QWidget *WorkflowRuleEditor::createCalendarPage()
{
    auto *page = new QWidget(this);
    const QString dateHint = tr("One date per line, YYYY-MM-DD.");
    m_holidays = createList(dateHint);
    m_holidays->setObjectName(holidaysKey);
    m_makeUpDays = createList(dateHint);
    m_makeUpDays->setObjectName(makeUpKey);
    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Public holidays (days off)"), m_holidays);
    layout->addRow(tr("Make-up working days (on a Saturday or Sunday)"), m_makeUpDays);
    return page;
}

void WorkflowRuleEditor::setRule(const QString &code, const QString &body)
{
    m_loading = true;
    m_code = code;
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8());
    // A body that does not read as an object stays text, to be mended as text.
    const bool structured = document.isObject() && (code == QLatin1String(models::applicationRulesCode) ||
                                                    code == QLatin1String(models::workingDaysCode));
    m_original = document.object();
    m_raw->setPlainText(body);
    if (!structured) {
        m_pages->setCurrentWidget(m_raw);
    } else if (code == QLatin1String(models::applicationRulesCode)) {
        showRules(m_original);
    } else {
        showCalendar(m_original);
    }
    m_loading = false;
    changed();
}

void WorkflowRuleEditor::setCode(const QString &code)
{
    if (code != m_code) {
        const QString text = body();
        setRule(code, text.trimmed().isEmpty() ? QStringLiteral("{}") : text);
    }
}

void WorkflowRuleEditor::showRules(const QJsonObject &json)
{
    m_pages->setCurrentIndex(1);
    // Read leniently: whatever the stored rules say is shown, even beside a line that does not read.
    const QJsonObject source = json.isEmpty() ? models::ApplicationRules::defaults().toJson() : json;
    m_negative->setPlainText(stringsOf(source.value(negativeKey)).join(QLatin1Char('\n')));
    m_positive->setPlainText(stringsOf(source.value(positiveKey)).join(QLatin1Char('\n')));
    for (QSpinBox *spin : std::as_const(m_fees)) {
        spin->setValue(-1);
    }
    for (const QJsonValue &value : source.value(feesKey).toArray()) {
        if (QSpinBox *spin = m_fees.value(value[QLatin1String("mode")].toString())) {
            spin->setValue(value[QLatin1String("yuan_per_year")].toInt(-1));
        }
    }
    for (QSpinBox *spin : std::as_const(m_deadlines)) {
        spin->setValue(0);
    }
    for (const QJsonValue &value : source.value(deadlinesKey).toArray()) {
        const auto state = models::applicationStateFromCode(value[QLatin1String("state")].toString());
        if (QSpinBox *spin = state ? m_deadlines.value(*state) : nullptr) {
            spin->setValue(value[QLatin1String("working_days")].toInt());
        }
    }
    m_dueSoon->setValue(source.value(QLatin1String("due_soon_working_days"))
                            .toInt(models::ApplicationRules::defaults().dueSoonWorkingDays));
    m_coreRule->setPlainText(source.value(QLatin1String("core_data_rule")).toString());
}

void WorkflowRuleEditor::showCalendar(const QJsonObject &json)
{
    m_pages->setCurrentIndex(2);
    m_holidays->setPlainText(stringsOf(json.value(holidaysKey)).join(QLatin1Char('\n')));
    m_makeUpDays->setPlainText(stringsOf(json.value(makeUpKey)).join(QLatin1Char('\n')));
}

QJsonObject WorkflowRuleEditor::rulesJson() const
{
    models::ApplicationRules rules;
    rules.negativeList = entriesOf(m_negative);
    rules.positiveList = entriesOf(m_positive);
    // In the stored order first, so that a save that changed nothing here writes the same document.
    QStringList modes;
    for (const QJsonValue &value : m_original.value(feesKey).toArray()) {
        modes << value[QLatin1String("mode")].toString();
    }
    modes += m_fees.keys();
    modes.removeDuplicates();
    for (const QString &mode : std::as_const(modes)) {
        if (const QSpinBox *spin = m_fees.value(mode); spin && spin->value() >= 0) {
            rules.feeCeilings.append({mode, spin->value()});
        }
    }
    QList<ApplicationState> states;
    QHash<ApplicationState, int> unlisted; // deadlines of states this editor does not show: kept
    for (const QJsonValue &value : m_original.value(deadlinesKey).toArray()) {
        if (const auto state = models::applicationStateFromCode(value[QLatin1String("state")].toString())) {
            states << *state;
            unlisted.insert(*state, value[QLatin1String("working_days")].toInt());
        }
    }
    states += m_deadlines.keys();
    for (ApplicationState state : std::as_const(states)) {
        const bool seen = std::any_of(rules.stageDeadlines.cbegin(), rules.stageDeadlines.cend(),
                                      [state](const models::StageDeadline &d) { return d.state == state; });
        const QSpinBox *spin = m_deadlines.value(state);
        const int days = spin ? spin->value() : unlisted.value(state);
        if (!seen && days > 0) {
            rules.stageDeadlines.append({state, days});
        }
    }
    rules.dueSoonWorkingDays = m_dueSoon->value();
    rules.coreDataRule = m_coreRule->toPlainText().trimmed();
    QJsonObject json = m_original;
    const QJsonObject edited = rules.toJson();
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

QJsonObject WorkflowRuleEditor::calendarJson() const
{
    QJsonObject json = m_original;
    QSet<int> years;
    for (const QJsonValue &year : m_original.value(yearsKey).toArray()) {
        years.insert(year.toInt());
    }
    for (const auto &[key, edit] : {std::pair{holidaysKey, m_holidays}, std::pair{makeUpKey, m_makeUpDays}}) {
        QStringList dates = entriesOf(edit);
        for (QString &date : dates) {
            const QDate read = dateOf(date);
            date = read.isValid() ? read.toString(Qt::ISODate) : date; // kept as typed when it does not read
            if (read.isValid()) {
                years.insert(read.year());
            }
        }
        json.insert(key, QJsonArray::fromStringList(dates));
    }
    QList<int> sortedYears(years.cbegin(), years.cend());
    std::sort(sortedYears.begin(), sortedYears.end());
    QJsonArray yearArray;
    for (int year : sortedYears) {
        yearArray.append(year);
    }
    json.insert(yearsKey, yearArray);
    return json;
}

QString WorkflowRuleEditor::body() const
{
    if (m_pages->currentIndex() == 0) {
        return m_raw->toPlainText();
    }
    const QJsonObject json = m_pages->currentIndex() == 1 ? rulesJson() : calendarJson();
    // Unchanged, it stays the text it was: a save of the name alone is no edit of the rules.
    return json == m_original ? m_raw->toPlainText()
                              : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QStringList WorkflowRuleEditor::problems() const
{
    QStringList found;
    const auto eachLine = [&found](const QPlainTextEdit *edit, const QString &list, const auto &problemOf) {
        const QStringList lines = linesOf(edit);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (const QString problem = lines.at(i).isEmpty() ? QString() : problemOf(lines.at(i));
                !problem.isEmpty()) {
                found << tr("%1, line %2: %3").arg(list).arg(i + 1).arg(problem);
            }
        }
    };
    const auto listEntry = [](const QString &line) {
        return models::isListEntry(line)
                   ? QString()
                   : tr("\"%1\" is neither a resource code nor a classification-code prefix.").arg(line);
    };
    const auto date = [](const QString &line) {
        return dateOf(line).isValid() ? QString() : tr("\"%1\" is not a date in the form YYYY-MM-DD.").arg(line);
    };
    switch (m_pages->currentIndex()) {
    case 1:
        eachLine(m_negative, tr("Negative list"), listEntry);
        eachLine(m_positive, tr("Positive list"), listEntry);
        break;
    case 2: {
        eachLine(m_holidays, tr("Public holidays"), date);
        const QStringList holidays = entriesOf(m_holidays);
        eachLine(m_makeUpDays, tr("Make-up working days"), [&](const QString &line) {
            const QDate day = dateOf(line);
            if (!day.isValid()) {
                return date(line);
            }
            if (!isWeekend(day)) {
                return tr("%1 is a weekday; a make-up working day is a Saturday or a Sunday.").arg(line);
            }
            return holidays.contains(day.toString(Qt::ISODate)) ? tr("%1 is also listed as a holiday.").arg(line)
                                                                : QString();
        });
        break;
    }
    default:
        break;
    }
    return found;
}

void WorkflowRuleEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>()) {
        edit->setReadOnly(readOnly);
    }
    for (QSpinBox *spin : findChildren<QSpinBox *>()) {
        spin->setReadOnly(readOnly);
    }
}

void WorkflowRuleEditor::changed()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    if (!m_loading) {
        emit modified();
    }
}

} // namespace dew::ui
