// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator edits the rule table and the working-day calendar on the Workflow rules page,
// as lists and figures, never as JSON (issue 5, Done-when 1).
#include "fixtures.h"
#include "forms/recordform.h"
#include "forms/workflowruleeditor.h"
#include "itemmodels/pagedrecordmodel.h"
#include "pages/recordpage.h"
#include "session.h"
#include "store/applicationdesk.h"
#include "support/settings.h"
#include "widgets/messagebanner.h"
#include "workflow/workingdaycalendar.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QUndoStack>

using namespace dew;
using models::ApplicationState;

namespace {

void append(QPlainTextEdit *edit, const QString &line)
{
    edit->moveCursor(QTextCursor::End);
    edit->insertPlainText(QString(QLatin1Char('\n') + line));
}

} // namespace

class TestWorkflowRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theRuleTableIsEditedAsListsAndFigures();
    void aLineThatDoesNotReadIsNamedAndNothingIsSaved();
    void theCalendarIsEditedAsDates();
    void aRuleTableStoredBeforeEntriesWereCheckedStillApplies();

private:
    void writeRule(const char *code, const QString &name, const QJsonObject &body);
    ui::WorkflowRuleEditor *open(const char *code);
    QString storedBody(const char *code) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::RecordPage> m_page;
};

void TestWorkflowRules::initTestCase()
{
    models::Settings::useTemporaryStore(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestWorkflowRules::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QJsonObject rules = models::ApplicationRules::defaults().toJson();
    rules.insert(QStringLiteral("note"), QStringLiteral("2026 年第 3 号文件")); // a key the editor does not show
    writeRule(models::applicationRulesCode, QStringLiteral("授权运营规则"), rules);
    writeRule(models::workingDaysCode, QStringLiteral("工作日历"),
              models::WorkingDayCalendar::officialChina2026().toJson());
    m_session = std::make_unique<ui::Session>(*m_ws->workspace, QList<models::Actor>{m_ws->admin});
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ui::RecordPage>(*m_session, models::Entity::WorkflowRule, m_undo.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWorkflowRules::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_session.reset();
    m_ws.reset();
}

void TestWorkflowRules::writeRule(const char *code, const QString &name, const QJsonObject &body)
{
    models::Record rule;
    rule.values = {{QStringLiteral("code"), QString::fromLatin1(code)},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(body).toJson())}};
    const models::WriteResult written =
        models::RecordRepository(*m_ws->workspace, models::Entity::WorkflowRule).create(m_ws->admin, rule);
    QVERIFY2(written.ok(), qPrintable(models::describe(models::Entity::WorkflowRule, written.errors)));
}

ui::WorkflowRuleEditor *TestWorkflowRules::open(const char *code)
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->index(row, 0).data().toString() == QLatin1String(code)) {
            m_page->table()->selectRow(row);
        }
    }
    return qobject_cast<ui::WorkflowRuleEditor *>(m_page->form()->editor(QStringLiteral("body")));
}

QString TestWorkflowRules::storedBody(const char *code) const
{
    const std::optional<models::Record> rule =
        models::RecordRepository(*m_ws->workspace, models::Entity::WorkflowRule).findByKey(QString::fromLatin1(code));
    return rule ? rule->text(QStringLiteral("body")) : QString();
}

void TestWorkflowRules::theRuleTableIsEditedAsListsAndFigures()
{
    ui::WorkflowRuleEditor *editor = open(models::applicationRulesCode);
    QVERIFY(editor);
    QVERIFY(editor->negativeList()->isVisible()); // lists, not a JSON text
    QCOMPARE(editor->feeCeiling(QStringLiteral("scenario"))->value(), 200'000);
    QCOMPARE(editor->deadline(ApplicationState::ComplianceReview)->value(), 15);

    // Renaming the rule is no edit of the rules: the document stays as it was, byte for byte.
    const QString before = storedBody(models::applicationRulesCode);
    auto *name = qobject_cast<QLineEdit *>(m_page->form()->editor(QStringLiteral("name")));
    QTest::keyClicks(name, QStringLiteral(" 2027"));
    m_page->saveAction()->trigger();
    QCOMPARE(m_page->banner()->text(), QStringLiteral("Saved."));
    QCOMPARE(storedBody(models::applicationRulesCode), before);

    editor->negativeList()->setPlainText(QStringLiteral("101001/000123\n2019"));
    editor->feeCeiling(QStringLiteral("scenario"))->setValue(300'000);
    editor->feeCeiling(QStringLiteral("whole"))->setValue(-1); // no ceiling
    editor->deadline(ApplicationState::ComplianceReview)->setValue(12);
    QVERIFY(m_page->saveAction()->isEnabled());
    m_page->saveAction()->trigger();
    QCOMPARE(m_page->banner()->text(), QStringLiteral("Saved."));

    const models::ApplicationRules saved = models::ApplicationDesk(*m_ws->workspace).rules();
    QCOMPARE(saved.negativeList, (QStringList{QStringLiteral("101001/000123"), QStringLiteral("2019")}));
    QCOMPARE(saved.feeCeiling(QStringLiteral("scenario")), std::optional<qint64>(300'000));
    QVERIFY(!saved.feeCeiling(QStringLiteral("whole")));
    QCOMPARE(saved.deadlineDays(ApplicationState::ComplianceReview), std::optional<int>(12));
    QCOMPARE(saved.deadlineDays(ApplicationState::ExpertReview), std::optional<int>(20)); // untouched
    const std::optional<models::Record> stored =
        models::RecordRepository(*m_ws->workspace, models::Entity::WorkflowRule)
            .findByKey(QString::fromLatin1(models::applicationRulesCode));
    QVERIFY(stored);
    QVERIFY(stored->text(QStringLiteral("body")).contains(QStringLiteral("2026 年第 3 号文件")));
}

void TestWorkflowRules::aLineThatDoesNotReadIsNamedAndNothingIsSaved()
{
    ui::WorkflowRuleEditor *editor = open(models::applicationRulesCode);
    QVERIFY(editor);
    const QString before = storedBody(models::applicationRulesCode);
    editor->negativeList()->setPlainText(QStringLiteral("101001/000123\n\n人口数据"));
    const auto *problems = editor->findChild<QLabel *>(QStringLiteral("ruleProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("Negative list, line 3")), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(QStringLiteral("人口数据")));
    m_page->saveAction()->trigger();
    QVERIFY(m_page->banner()->text().startsWith(QStringLiteral("Not saved")));
    QVERIFY(!m_page->form()->errorText(QStringLiteral("body")).isEmpty());
    QCOMPARE(storedBody(models::applicationRulesCode), before);
    // What was typed is still there to mend.
    QVERIFY(editor->negativeList()->toPlainText().contains(QStringLiteral("人口数据")));
}

void TestWorkflowRules::theCalendarIsEditedAsDates()
{
    ui::WorkflowRuleEditor *editor = open(models::workingDaysCode);
    QVERIFY(editor);
    QVERIFY(editor->holidays()->isVisible());
    QVERIFY(editor->holidays()->toPlainText().contains(QLatin1String("2026-10-01")));
    append(editor->holidays(), QStringLiteral("2027-01-01"));
    auto *makeUp = editor->findChild<QPlainTextEdit *>(QStringLiteral("make_up_working_days"));
    append(makeUp, QStringLiteral("2027-01-04")); // a Monday
    const QString before = storedBody(models::workingDaysCode);
    const auto *problems = editor->findChild<QLabel *>(QStringLiteral("ruleProblems"));
    QVERIFY2(problems->text().contains(QLatin1String("weekday")), qPrintable(problems->text()));
    m_page->saveAction()->trigger();
    QVERIFY(m_page->banner()->text().startsWith(QStringLiteral("Not saved")));
    QCOMPARE(storedBody(models::workingDaysCode), before);

    makeUp->setPlainText(makeUp->toPlainText().replace(QStringLiteral("2027-01-04"), QStringLiteral("2027-01-09")));
    QVERIFY(!problems->isVisible());
    m_page->saveAction()->trigger();
    QCOMPARE(m_page->banner()->text(), QStringLiteral("Saved."));
    const models::WorkingDayCalendar saved = models::ApplicationDesk(*m_ws->workspace).calendar();
    QVERIFY(saved.isHoliday(QDate(2027, 1, 1)));
    QVERIFY(saved.isMakeUpWorkingDay(QDate(2027, 1, 9)));
    QVERIFY(saved.isHoliday(QDate(2026, 10, 1))); // the rest kept
    QVERIFY(saved.years().contains(2027));
}

void TestWorkflowRules::aRuleTableStoredBeforeEntriesWereCheckedStillApplies()
{
    // Entries were not checked before this version: such a table keeps applying as it was.
    QJsonObject old = models::ApplicationRules::defaults().toJson();
    old.insert(QStringLiteral("positive_list"),
               QJsonArray{QStringLiteral("101001/000123"), QStringLiteral("人口数据")});
    old.insert(QStringLiteral("fee_ceilings"),
               QJsonArray{QJsonObject{{QStringLiteral("mode"), QStringLiteral("scenario")},
                                      {QStringLiteral("yuan_per_year"), 88'000}}});
    QSqlQuery query(m_ws->workspace->database());
    query.prepare(QStringLiteral("UPDATE workflow_rule SET body = ? WHERE code = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(old).toJson()));
    query.addBindValue(QString::fromLatin1(models::applicationRulesCode));
    QVERIFY(query.exec());
    const models::ApplicationRules rules = models::ApplicationDesk(*m_ws->workspace).rules();
    QVERIFY(rules.positiveList.contains(QStringLiteral("101001/000123")));
    QCOMPARE(rules.feeCeiling(QStringLiteral("scenario")), std::optional<qint64>(88'000)); // not the defaults
    // The editor names the entry, and the administrator mends it.
    m_page->model()->reload();
    ui::WorkflowRuleEditor *editor = open(models::applicationRulesCode);
    const auto *problems = editor->findChild<QLabel *>(QStringLiteral("ruleProblems"));
    QVERIFY2(problems->text().contains(QStringLiteral("人口数据")), qPrintable(problems->text()));
}

QTEST_MAIN(TestWorkflowRules)
#include "tst_workflowrules.moc"
