// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reviews page in a real window: an officer submits, a reviewer reads the checks, is held to
// an opinion before returning, accepts, and prints the letter of a decision (DESIGN.md §6).
#include "dialogs/agreementdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/reviewactiondialog.h"
#include "fixtures.h"
#include "itemmodels/applicationlistmodel.h"
#include "mainwindow.h"
#include "pages/applicationdetail.h"
#include "pages/reviewspage.h"
#include "session.h"
#include "store/applicationdesk.h"
#include "support/settings.h"
#include "widgets/messagebanner.h"
#include "workflow/applicationmaterials.h"
#include "workflow/compliancechecks.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace dew;
using models::ApplicationAction;
using models::ApplicationState;
using models::Entity;

namespace {

// Answers the action dialog that the next click opens: types the opinion, ticks the override,
// and presses OK (or Cancel when it is disabled); what the dialog said is kept in *seen.
struct DialogAnswer
{
    QString opinion;
    bool overrideCredit = false;
};

struct DialogSeen
{
    bool opened = false;
    bool okEnabledBefore = false;
    bool okEnabledAfter = false;
    QString refusalBefore;
};

void answerNextDialog(const DialogAnswer &answer, DialogSeen *seen)
{
    *seen = {};
    QTimer::singleShot(0, [answer, seen] {
        auto *dialog = qobject_cast<ui::ReviewActionDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return; // the caller's QVERIFY(seen.opened) fails
        }
        seen->opened = true;
        seen->okEnabledBefore = dialog->okButton()->isEnabled();
        seen->refusalBefore = dialog->refusal();
        dialog->opinionEdit()->setPlainText(answer.opinion);
        if (answer.overrideCredit && dialog->overrideBox()) {
            dialog->overrideBox()->setChecked(true);
        }
        seen->okEnabledAfter = dialog->okButton()->isEnabled();
        if (seen->okEnabledAfter) {
            dialog->okButton()->click();
        } else {
            dialog->reject();
        }
    });
}

} // namespace

class TestReviewsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aReviewReadsTheChecksAndTakesOnlyAllowedActions();
    void whatIsDueShowsWhenTheWindowOpens();
    void aHiddenPageCatchesUpWhenShown();
    void anApprovedApplicationGetsItsAgreement();
    void anAttachedFileIsSavedBackVerified();

private:
    QString fileApplication(const QString &code, const QString &resourceCode);
    ApplicationState stateOf(const QString &id) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::ReviewsPage> m_page;
};

void TestReviewsPage::initTestCase()
{
    models::Settings::useTemporaryStore(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestReviewsPage::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_session = std::make_unique<ui::Session>(*m_ws->workspace,
                                              QList<models::Actor>{m_ws->officer, m_ws->reviewer, m_ws->supervisor});
    m_page = std::make_unique<ui::ReviewsPage>(*m_session);
    m_page->resize(1400, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReviewsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_ws.reset();
}

QString TestReviewsPage::fileApplication(const QString &code, const QString &resourceCode)
{
    const models::Record application = test::applicationRecord(code, resourceCode, m_ws->orgA);
    const models::WriteResult filed =
        models::RecordRepository(*m_ws->workspace, Entity::Application).create(m_ws->officer, application);
    if (!filed.ok()) {
        return {};
    }
    for (const QString &kind : models::requiredMaterialKinds()) {
        models::Record material;
        material.values = {
            {QStringLiteral("application_id"), filed.id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("file_name"), QString(kind + QStringLiteral(".pdf"))},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(kind.toUtf8(), QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("size"), 1024}};
        if (!models::RecordRepository(*m_ws->workspace, Entity::ApplicationMaterial)
                 .create(m_ws->officer, material)
                 .ok()) {
            return {};
        }
    }
    m_page->reload();
    return filed.id;
}

ApplicationState TestReviewsPage::stateOf(const QString &id) const
{
    return models::ApplicationDesk(*m_ws->workspace).facts(id)->state;
}

void TestReviewsPage::aReviewReadsTheChecksAndTakesOnlyAllowedActions()
{
    const QString resource = models::RecordRepository(*m_ws->workspace, Entity::DataResource)
                                 .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"),
                                                                       QStringLiteral("法人基础信息"), m_ws->orgA))
                                 .id;
    QVERIFY(!resource.isEmpty());
    const QString id = fileApplication(QStringLiteral("SQ-2026-101"), QStringLiteral("101001/000001"));
    QVERIFY(!id.isEmpty());

    // The officer submits their draft; nothing asks for an opinion.
    QVERIFY(m_page->selectApplication(id));
    QPushButton *submit = m_page->actionButton(ApplicationAction::Submit);
    QVERIFY(submit->isVisible() && submit->isEnabled());
    DialogSeen seen;
    answerNextDialog({}, &seen);
    submit->click();
    QVERIFY(seen.opened);
    QVERIFY(seen.okEnabledBefore);
    QCOMPARE(stateOf(id), ApplicationState::Submitted);

    // The reviewer finds it awaiting them, with the checks in colour: the positive list is empty
    // in the default rules, so that check is red, and the credit check is open (grey).
    m_session->setActor(m_ws->reviewer.userId);
    QVERIFY(m_page->inboxTabs()->tabText(0).contains(QLatin1String("(1)")));
    QVERIFY(m_page->selectApplication(id));
    QListWidget *checks = m_page->detail()->checks();
    QCOMPARE(checks->count(), 9);
    QCOMPARE(checks->item(static_cast<int>(models::ComplianceCheckKind::PositiveList))->data(Qt::UserRole).toInt(),
             static_cast<int>(models::CheckStatus::Failed));
    QCOMPARE(checks->item(static_cast<int>(models::ComplianceCheckKind::Credit))->data(Qt::UserRole).toInt(),
             static_cast<int>(models::CheckStatus::Open));
    QCOMPARE(m_page->detail()->resources()->item(0, 1)->text(), QStringLiteral("法人基础信息"));
    QCOMPARE(m_page->detail()->materials()->rowCount(), models::requiredMaterialKinds().size());
    QVERIFY(m_page->detail()->summaryText().contains(QLatin1String("91350100M000100Y43")));

    // Only what a reviewer may do on a submitted application is enabled.
    QVERIFY(m_page->actionButton(ApplicationAction::Accept)->isEnabled());
    QVERIFY(m_page->actionButton(ApplicationAction::Return)->isEnabled());
    QVERIFY(!m_page->actionButton(ApplicationAction::Submit)->isVisible());
    QVERIFY(!m_page->actionButton(ApplicationAction::PassCompliance)->isVisible());

    // Returning needs an opinion: OK stays disabled, and says why, until one is typed.
    answerNextDialog({}, &seen);
    m_page->actionButton(ApplicationAction::Return)->click();
    QVERIFY(seen.opened);
    QVERIFY(!seen.okEnabledBefore);
    QVERIFY(!seen.refusalBefore.isEmpty());
    QVERIFY(!seen.okEnabledAfter);
    QCOMPARE(stateOf(id), ApplicationState::Submitted);

    answerNextDialog({QStringLiteral("材料齐全，予以受理。")}, &seen);
    m_page->actionButton(ApplicationAction::Accept)->click();
    QVERIFY(seen.opened);
    QCOMPARE(stateOf(id), ApplicationState::Accepted);
    QVERIFY(m_page->banner()->text().contains(models::applicationStateLabel(ApplicationState::Accepted)));
    // The timeline shows both steps at once, before any sync, marked as not yet synced.
    QTableWidget *timeline = m_page->detail()->timeline();
    QCOMPARE(timeline->rowCount(), 2);
    QCOMPARE(timeline->item(1, 3)->text(), m_ws->reviewer.displayName);
    QCOMPARE(timeline->item(1, 4)->text(), QStringLiteral("材料齐全，予以受理。"));
    QVERIFY(timeline->item(1, 0)->font().italic());

    // A supervisor reads; every action is greyed out.
    m_session->setActor(m_ws->supervisor.userId);
    QVERIFY(m_page->selectApplication(id));
    QVERIFY(m_page->actionButton(ApplicationAction::BeginReview)->isVisible());
    QVERIFY(!m_page->actionButton(ApplicationAction::BeginReview)->isEnabled());

    // Not accepting is a decision with a letter; its PDF carries the opinion.
    const QString second = fileApplication(QStringLiteral("SQ-2026-102"), QStringLiteral("101001/000001"));
    m_session->setActor(m_ws->officer.userId);
    QVERIFY(m_page->selectApplication(second));
    answerNextDialog({}, &seen);
    m_page->actionButton(ApplicationAction::Submit)->click();
    QVERIFY(seen.opened);
    m_session->setActor(m_ws->reviewer.userId);
    QVERIFY(m_page->selectApplication(second));
    answerNextDialog({QStringLiteral("申请用途超出授权范围。")}, &seen);
    m_page->actionButton(ApplicationAction::NotAccept)->click();
    QVERIFY(seen.opened);
    QCOMPARE(stateOf(second), ApplicationState::NotAccepted);
    const QString pdf = m_settingsDir.filePath(QStringLiteral("letter.pdf"));
    ui::FileDialog::setNextAnswer(pdf);
    m_page->findChild<QPushButton *>(QStringLiteral("printLetter"))->click();
    QVERIFY2(QFile::exists(pdf), qPrintable(m_page->banner()->text()));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
        if (qEnvironmentVariableIsSet("CI")) {
            QFAIL("pdftotext (poppler-utils) is needed to read the letter back");
        }
        QSKIP("pdftotext is not installed");
    }
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("申请用途超出授权范围")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("SQ-2026-102")));
}

void TestReviewsPage::whatIsDueShowsWhenTheWindowOpens()
{
    models::RecordRepository(*m_ws->workspace, Entity::DataResource)
        .create(m_ws->officer,
                m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("法人基础信息"), m_ws->orgA));
    const QString id = fileApplication(QStringLiteral("SQ-2026-103"), QStringLiteral("101001/000001"));
    models::ApplicationCommand submit;
    submit.applicationId = id;
    submit.expectedState = ApplicationState::Draft;
    submit.request = {ApplicationAction::Submit, {}, false};
    QVERIFY(models::ApplicationDesk(*m_ws->workspace).perform(m_ws->officer, submit).ok());
    // Submitted three weeks ago: acceptance (5 working days) is overdue.
    QSqlQuery query(m_ws->workspace->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE authorization_application SET state_since = '%1'")
                           .arg(QDateTime::currentDateTimeUtc().addDays(-21).toString(Qt::ISODateWithMs))));
    m_session->setActor(m_ws->reviewer.userId);
    ui::MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *due = window.findChild<QLabel *>(QStringLiteral("reviewsDue"));
    QVERIFY(due);
    QVERIFY2(due->isVisible(), qPrintable(QString::number(window.reviewsPage()->dueCount()) + due->text()));
    QCOMPARE(window.reviewsPage()->dueCount(), 1);
    QVERIFY2(due->text().contains(QLatin1String(">1 review")), qPrintable(due->text()));
    ui::ReviewsPage *page = window.reviewsPage();
    page->inboxTabs()->setCurrentIndex(1);
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY(page->table()
                ->model()
                ->index(0, models::ApplicationListModel::Deadline)
                .data()
                .toString()
                .contains(QLatin1String("overdue")));
    // The officer has nothing to act on: no reminder.
    m_session->setActor(m_ws->officer.userId);
    QVERIFY(!due->isVisible());
}

void TestReviewsPage::aHiddenPageCatchesUpWhenShown()
{
    models::RecordRepository resources(*m_ws->workspace, Entity::DataResource);
    const QString resource = resources
                                 .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"),
                                                                       QStringLiteral("法人基础信息"), m_ws->orgA))
                                 .id;
    QVERIFY(!resource.isEmpty());
    const QString id = fileApplication(QStringLiteral("SQ-2026-104"), QStringLiteral("101001/000001"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_page->selectApplication(id));
    const auto coreDataCheck = [this] {
        return static_cast<models::CheckStatus>(m_page->detail()
                                                    ->checks()
                                                    ->item(static_cast<int>(models::ComplianceCheckKind::CoreData))
                                                    ->data(Qt::UserRole)
                                                    .toInt());
    };
    QCOMPARE(coreDataCheck(), models::CheckStatus::Passed);
    QVERIFY(m_page->inboxTabs()->tabText(2).contains(QLatin1String("(1)")));

    // While the user is on another page, the resource becomes core data and another application is filed.
    m_page->hide();
    QVERIFY(resources.update(m_ws->officer, resource, {{QStringLiteral("grade"), QStringLiteral("core")}}).ok());
    emit m_session->recordsChanged(static_cast<int>(Entity::DataResource));
    QVERIFY(models::RecordRepository(*m_ws->workspace, Entity::Application)
                .create(m_ws->officer, test::applicationRecord(QStringLiteral("SQ-2026-105"),
                                                               QStringLiteral("101001/000001"), m_ws->orgA))
                .ok());
    emit m_session->recordsChanged(static_cast<int>(Entity::Application));
    QVERIFY(m_page->isStale()); // nothing was read for a page nobody sees
    QVERIFY(m_page->inboxTabs()->tabText(2).contains(QLatin1String("(1)")));

    // Coming back, the user sees both at once.
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(!m_page->isStale());
    QVERIFY2(m_page->inboxTabs()->tabText(2).contains(QLatin1String("(2)")),
             qPrintable(m_page->inboxTabs()->tabText(2)));
    QCOMPARE(m_page->detail()->checks()->count(), 9);
    QCOMPARE(coreDataCheck(), models::CheckStatus::Failed);

    // What a sync brings reaches a reviewer's status-bar reminder even while the page is hidden.
    m_session->setActor(m_ws->reviewer.userId);
    m_page->hide();
    const int due = m_page->dueCount();
    QSqlQuery overdue(m_ws->workspace->database());
    QVERIFY(overdue.exec(QStringLiteral("UPDATE authorization_application SET state = 'submitted', "
                                        "state_since = '2026-01-05T01:00:00.000Z' WHERE code = 'SQ-2026-105'")));
    emit m_session->syncedChanges();
    QCOMPARE(m_page->dueCount(), due + 1);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    // A visible page still follows every save at once.
    QVERIFY(resources.update(m_ws->officer, resource, {{QStringLiteral("grade"), QStringLiteral("general2")}}).ok());
    emit m_session->recordsChanged(static_cast<int>(Entity::DataResource));
    QVERIFY(!m_page->isStale());
    QCOMPARE(coreDataCheck(), models::CheckStatus::Passed);

    // A deleted resource is no longer in the catalogue, as dew-server sees it too.
    QVERIFY(resources.remove(m_ws->officer, resource).ok());
    emit m_session->recordsChanged(static_cast<int>(Entity::DataResource));
    QVERIFY2(m_page->detail()->resources()->item(0, 1)->text().contains(QLatin1String("not in this workspace")),
             qPrintable(m_page->detail()->resources()->item(0, 1)->text()));
}

void TestReviewsPage::anApprovedApplicationGetsItsAgreement()
{
    const QString code = QStringLiteral("101001/000001");
    QVERIFY(models::RecordRepository(*m_ws->workspace, Entity::DataResource)
                .create(m_ws->officer, m_ws->resource(code, QStringLiteral("法人基础信息"), m_ws->orgA))
                .ok());
    models::ApplicationRules rules = models::ApplicationRules::defaults();
    rules.positiveList = {code};
    models::Record rule;
    rule.values = {{QStringLiteral("code"), QString::fromLatin1(models::applicationRulesCode)},
                   {QStringLiteral("name"), QStringLiteral("授权运营规则")},
                   {QStringLiteral("body"), QString::fromUtf8(QJsonDocument(rules.toJson()).toJson())}};
    QVERIFY(models::RecordRepository(*m_ws->workspace, Entity::WorkflowRule).create(m_ws->admin, rule).ok());
    const QString id = fileApplication(QStringLiteral("SQ-2026-104"), code);
    models::ApplicationDesk desk(*m_ws->workspace);
    for (ApplicationAction action :
         {ApplicationAction::Submit, ApplicationAction::Accept, ApplicationAction::BeginReview,
          ApplicationAction::PassQualification, ApplicationAction::PassCompliance, ApplicationAction::PassExpertReview,
          ApplicationAction::RecordDecision, ApplicationAction::ClosePublicity, ApplicationAction::PrepareAgreement}) {
        models::ApplicationCommand command;
        command.applicationId = id;
        command.expectedState = stateOf(id);
        command.request = {action, QStringLiteral("同意"), true};
        const models::WriteResult result =
            desk.perform(action == ApplicationAction::Submit ? m_ws->officer : m_ws->reviewer, command);
        QVERIFY2(result.ok(), qPrintable(models::describe(Entity::Application, result.errors)));
    }
    QCOMPARE(stateOf(id), ApplicationState::Agreement);

    m_page->reload();
    QVERIFY(m_page->selectApplication(id));
    auto *record = m_page->findChild<QPushButton *>(QStringLiteral("recordAgreement"));
    QVERIFY(!record->isEnabled()); // the officer reads the agreement; the data bureau records it
    m_session->setActor(m_ws->reviewer.userId);
    QVERIFY(m_page->selectApplication(id));
    QVERIFY(record->isEnabled());
    // Nothing to sign yet: recording the agreement is the reviewer's work, and the greyed button
    // says what is missing.
    const QList<models::ApplicationRow> rows =
        models::loadApplicationRows(*m_ws->workspace, m_ws->reviewer, QDateTime::currentDateTimeUtc());
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().in(models::ReviewInbox::AwaitingMe));
    auto *sign = m_page->findChild<QPushButton *>(QStringLiteral("action_sign_agreement"));
    QVERIFY(sign && sign->isVisible());
    QVERIFY(!sign->isEnabled());
    QVERIFY2(sign->toolTip().contains(QLatin1String("Record the operation agreement")), qPrintable(sign->toolTip()));
    QString firstError;
    QTimer::singleShot(0, [&firstError] {
        auto *dialog = qobject_cast<ui::AgreementDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->accept(); // no number yet: refused, and the dialog stays open with the reason
        firstError = dialog->error();
        QVERIFY(dialog->isVisible());
        dialog->numberEdit()->setText(QStringLiteral("呼数授协〔2026〕1号"));
        dialog->accept();
    });
    record->click();
    QVERIFY(!firstError.isEmpty());
    QTableWidget *agreements = m_page->detail()->agreements();
    QCOMPARE(agreements->rowCount(), 1);
    QCOMPARE(agreements->item(0, 0)->text(), QStringLiteral("呼数授协〔2026〕1号"));
    QCOMPARE(agreements->item(0, 2)->text().contains(QLatin1String("2027-01-01")), true);
    QVERIFY(sign->isEnabled());
    QVERIFY(sign->toolTip().isEmpty());
}

void TestReviewsPage::anAttachedFileIsSavedBackVerified()
{
    QVERIFY(models::RecordRepository(*m_ws->workspace, Entity::DataResource)
                .create(m_ws->officer,
                        m_ws->resource(QStringLiteral("101001/000003"), QStringLiteral("企业登记信息"), m_ws->orgA))
                .ok());
    const QString id = fileApplication(QStringLiteral("SQ-2026-103"), QStringLiteral("101001/000003"));
    QVERIFY(m_page->selectApplication(id));
    auto *saveCopy = m_page->findChild<QPushButton *>(QStringLiteral("saveMaterialCopy"));
    QVERIFY(saveCopy->isEnabled());
    // A material filed without its file (the fixture's): the page says where the file will come from.
    ui::FileDialog::setNextAnswer(m_settingsDir.filePath(QStringLiteral("none.pdf")));
    saveCopy->click();
    QVERIFY(!QFile::exists(m_settingsDir.filePath(QStringLiteral("none.pdf"))));
    QVERIFY2(m_page->banner()->text().contains(QLatin1String("sync")), qPrintable(m_page->banner()->text()));

    // A real file, attached through the page, comes back byte for byte.
    QByteArray content("%PDF-1.4\n");
    content.append(QByteArray(5000, '\0')).append("\xff\xfe evidence");
    const QString original = m_settingsDir.filePath(QStringLiteral("佐证材料.pdf"));
    QFile file(original);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    auto *kinds = m_page->findChild<QComboBox *>(QStringLiteral("materialKind"));
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("evidence")));
    ui::FileDialog::setNextAnswer(original);
    m_page->findChild<QPushButton *>(QStringLiteral("attachMaterial"))->click();
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("佐证材料.pdf")), qPrintable(m_page->banner()->text()));
    QVERIFY(m_page->selectApplication(id));
    QTableWidget *materials = m_page->detail()->materials();
    int row = -1;
    for (int r = 0; r < materials->rowCount(); ++r) {
        for (int c = 0; c < materials->columnCount(); ++c) {
            if (materials->item(r, c) && materials->item(r, c)->text() == QStringLiteral("佐证材料.pdf")) {
                row = r;
            }
        }
    }
    QVERIFY(row >= 0);
    materials->setCurrentCell(row, 0);
    const QString copy = m_settingsDir.filePath(QStringLiteral("copy.pdf"));
    ui::FileDialog::setNextAnswer(copy);
    saveCopy->click();
    QFile saved(copy);
    QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(m_page->banner()->text()));
    QCOMPARE(saved.readAll(), content);
    QVERIFY(m_page->banner()->text().contains(QLatin1String("SHA-256")));
}

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
