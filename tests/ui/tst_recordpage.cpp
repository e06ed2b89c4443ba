// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "fixtures.h"
#include "forms/dataitemseditor.h"
#include "forms/recordform.h"
#include "itemmodels/dataitemtablemodel.h"
#include "itemmodels/pagedrecordmodel.h"
#include "pages/filterbar.h"
#include "pages/recordpage.h"
#include "session.h"
#include "support/settings.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QUndoStack>

using namespace dew;

namespace {

void choose(ui::RecordForm *form, const char *field, const QString &code)
{
    auto *combo = qobject_cast<QComboBox *>(form->editor(QString::fromLatin1(field)));
    QVERIFY2(combo, field);
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

// Chinese arrives through an input method, which commits whole strings.
void commit(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void type(ui::RecordForm *form, const char *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->editor(QString::fromLatin1(field)));
    QVERIFY2(edit, field);
    edit->selectAll();
    commit(edit, text);
}

// The fields every base-library resource needs, as an officer picks them.
void fillBaseResource(ui::RecordForm *form, const QString &code, const QString &name)
{
    type(form, "code", code);
    type(form, "name", name);
    choose(form, "catalogue_kind", QStringLiteral("base"));
    choose(form, "base_family", QStringLiteral("population"));
    choose(form, "format", QStringLiteral("database"));
    choose(form, "update_cycle", QStringLiteral("daily"));
    choose(form, "share_type", QStringLiteral("unconditional"));
    choose(form, "open_type", QStringLiteral("none"));
    choose(form, "grade", QStringLiteral("general2"));
}

} // namespace

class TestRecordPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createResourceWithItemsAndFindIt();
    void errorsShowAtTheirFields();
    void deleteAndUndo();
    void actionsFollowTheRole();
    void exportsTheFilteredView();
    void bulkEditIsOneUndoableStep();
    void aNewApplicationSaysWhereItGoesNext();

private:
    void addFourResources();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::RecordPage> m_page;
};

void TestRecordPage::initTestCase()
{
    models::Settings::useTemporaryStore(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestRecordPage::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_session = std::make_unique<ui::Session>(*m_ws->workspace,
                                              QList<models::Actor>{m_ws->officer, m_ws->reviewer, m_ws->supervisor});
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ui::RecordPage>(*m_session, models::Entity::DataResource, m_undo.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestRecordPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_session.reset();
    m_ws.reset();
}

void TestRecordPage::createResourceWithItemsAndFindIt()
{
    ui::RecordForm *form = m_page->form();
    m_page->newAction()->trigger();
    fillBaseResource(form, QStringLiteral("101001/000777"), QStringLiteral("城市交通流量监测数据"));
    QCOMPARE(qobject_cast<QComboBox *>(form->editor(QStringLiteral("owner_org")))->currentData().toString(),
             m_ws->orgA); // an officer files for their own organisation

    ui::DataItemsEditor *items = m_page->itemsEditor();
    QTest::mouseClick(items->findChild<QWidget *>(QStringLiteral("addItem")), Qt::LeftButton);
    QWidget *cellEditor = QApplication::focusWidget(); // the new item's name is open for typing
    QVERIFY(qobject_cast<QLineEdit *>(cellEditor));
    commit(cellEditor, QStringLiteral("路段编号"));
    QTest::keyClick(cellEditor, Qt::Key_Return);
    items->addItem();
    commit(QApplication::focusWidget(), QStringLiteral("车流量")); // still in the cell editor when saving
    QCOMPARE(items->model()->rowCount(), 2);
    QCOMPARE(items->model()->items().at(0).text(QStringLiteral("name")), QStringLiteral("路段编号"));

    QVERIFY(m_page->saveAction()->isEnabled());
    m_page->saveAction()->trigger();
    QCOMPARE(m_page->banner()->text(), QStringLiteral("Saved."));
    QCOMPARE(m_page->model()->rowCount(), 1);
    const QString id = m_page->currentId();
    const QList<models::Record> stored =
        models::RecordRepository(*m_ws->workspace, models::Entity::DataResource).itemsOf(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).text(QStringLiteral("name")), QStringLiteral("车流量"));
    QCOMPARE(m_page->table()->currentIndex().row(), 0);

    // Another record, so that the search has something to leave out.
    m_page->newAction()->trigger();
    fillBaseResource(form, QStringLiteral("101001/000778"), QStringLiteral("户籍人口信息"));
    m_page->saveAction()->trigger();
    QCOMPARE(m_page->model()->rowCount(), 2);

    // A two-character search, and a data item's name.
    QLineEdit *search = m_page->filterBar()->searchBox();
    commit(search, QStringLiteral("流量"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, 1).data().toString(), QStringLiteral("城市交通流量监测数据"));
    search->clear();
    commit(search, QStringLiteral("车流"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->idAt(0), id);
    search->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

void TestRecordPage::errorsShowAtTheirFields()
{
    ui::RecordForm *form = m_page->form();
    m_page->newAction()->trigger();
    type(form, "code", QStringLiteral("201001/000001"));
    choose(form, "catalogue_kind", QStringLiteral("base"));
    choose(form, "share_type", QStringLiteral("conditional"));
    m_page->saveAction()->trigger();
    QVERIFY(!form->errorText(QStringLiteral("name")).isEmpty());
    QVERIFY(!form->errorText(QStringLiteral("code")).isEmpty());
    QVERIFY(!form->errorText(QStringLiteral("share_condition")).isEmpty());
    QVERIFY(form->errorText(QStringLiteral("summary")).isEmpty());
    QVERIFY(m_page->banner()->text().startsWith(QStringLiteral("Not saved")));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(models::RecordRepository(*m_ws->workspace, models::Entity::DataResource).count(), 0);
}

void TestRecordPage::deleteAndUndo()
{
    models::RecordRepository resources(*m_ws->workspace, models::Entity::DataResource);
    const QString id =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    m_page->model()->reload();
    m_page->table()->selectRow(0);
    QCOMPARE(m_page->currentId(), id);
    m_page->action(models::RecordAction::Delete)->trigger();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(resources.count(), 0);
    QVERIFY(m_undo->canUndo());
    m_undo->undo();
    QCOMPARE(resources.count(), 1);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->currentId(), id);
    m_undo->redo();
    QCOMPARE(resources.count(), 0);
}

void TestRecordPage::aNewApplicationSaysWhereItGoesNext()
{
    QVERIFY(
        models::RecordRepository(*m_ws->workspace, models::Entity::DataResource)
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .ok());
    // Applications have no lifecycle: opening the page on one asks nothing of a lifecycle.
    QVERIFY(models::RecordRepository(*m_ws->workspace, models::Entity::Application)
                .create(m_ws->officer, test::applicationRecord(QStringLiteral("SQ-2026-0008"),
                                                               QStringLiteral("101001/000001"), m_ws->orgA))
                .ok());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("cannot prepare")));
    ui::RecordPage applications(*m_session, models::Entity::Application, m_undo.get());
    applications.show();
    QVERIFY(QTest::qWaitForWindowExposed(&applications));
    applications.selectFirstEditable(); // as the screenshots open it
    QVERIFY(!applications.currentId().isEmpty());
    applications.newAction()->trigger();
    const models::Record filed =
        test::applicationRecord(QStringLiteral("SQ-2026-0009"), QStringLiteral("101001/000001"), m_ws->orgA);
    ui::RecordForm *form = applications.form();
    for (const char *field : {"code", "scenario", "applicant_name", "applicant_uscc", "term_start", "term_end"}) {
        type(form, field, filed.text(QString::fromLatin1(field)));
    }
    choose(form, "mode", QStringLiteral("scenario"));
    choose(form, "fee_category", QStringLiteral("public_welfare"));
    qobject_cast<QPlainTextEdit *>(form->editor(QStringLiteral("resource_codes")))
        ->setPlainText(QStringLiteral("101001/000001"));
    applications.saveAction()->trigger();
    QVERIFY2(applications.banner()->text().contains(QLatin1String("Reviews page")),
             qPrintable(applications.banner()->text()));
    QCOMPARE(models::RecordRepository(*m_ws->workspace, models::Entity::Application).count(), 2);
}

void TestRecordPage::actionsFollowTheRole()
{
    models::RecordRepository resources(*m_ws->workspace, models::Entity::DataResource);
    const QString own =
        resources
            .create(m_ws->officer, m_ws->resource(QStringLiteral("101001/000001"), QStringLiteral("人口"), m_ws->orgA))
            .id;
    m_page->model()->reload();
    m_page->selectRecord(own);
    QCOMPARE(m_page->table()->currentIndex().row(), 0);
    QVERIFY(m_page->action(models::RecordAction::Submit)->isEnabled());
    QVERIFY(!m_page->action(models::RecordAction::Publish)->isEnabled());
    m_page->action(models::RecordAction::Submit)->trigger();
    QCOMPARE(resources.find(own)->lifecycle(), QStringLiteral("pending_review"));
    QVERIFY(!m_page->action(models::RecordAction::Publish)->isEnabled()); // officers do not publish

    m_session->setActor(m_ws->reviewer.userId);
    QVERIFY(m_page->action(models::RecordAction::Publish)->isEnabled());
    m_page->action(models::RecordAction::Publish)->trigger();
    QCOMPARE(resources.find(own)->lifecycle(), QStringLiteral("published"));

    m_session->setActor(m_ws->supervisor.userId);
    QVERIFY(!m_page->newAction()->isEnabled());
    QVERIFY(!m_page->action(models::RecordAction::Withdraw)->isEnabled());
    auto *name = qobject_cast<QLineEdit *>(m_page->form()->editor(QStringLiteral("name")));
    QVERIFY(name->isReadOnly());
}

void TestRecordPage::addFourResources()
{
    models::RecordRepository resources(*m_ws->workspace, models::Entity::DataResource);
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(resources
                    .create(m_ws->reviewer,
                            m_ws->resource(QStringLiteral("101001/00000%1").arg(i), QStringLiteral("资源%1").arg(i),
                                           i <= 3 ? m_ws->orgA : m_ws->orgB))
                    .ok());
    }
    m_page->model()->reload();
}

void TestRecordPage::exportsTheFilteredView()
{
    addFourResources(); // three of orgA, one of orgB
    auto *organisation = m_page->filterBar()->findChild<QComboBox *>(QStringLiteral("organisationFilter"));
    organisation->setCurrentIndex(organisation->findData(m_ws->orgB));
    emit organisation->activated(organisation->currentIndex());
    QCOMPARE(m_page->model()->rowCount(), 1);
    // The user hides a column: the export has what the table shows.
    m_page->table()->setColumnHidden(m_page->model()->columnOf(QStringLiteral("grade")), true);

    const QString path = m_ws->dir.filePath(QStringLiteral("export.csv"));
    ui::FileDialog::setNextAnswer(path);
    m_page->exportView();
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("export.csv")), qPrintable(m_page->banner()->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().mid(3).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith("资源代码,资源名称,资源提供方"));
    QVERIFY(!lines.first().contains("数据分级"));
    QVERIFY(lines.at(1).startsWith("101001/000004,资源4,呼和浩特市教育局"));
}

void TestRecordPage::bulkEditIsOneUndoableStep()
{
    addFourResources();
    models::RecordRepository resources(*m_ws->workspace, models::Entity::DataResource);
    auto select = [this](int first, int last) {
        const QItemSelection rows(m_page->model()->index(first, 0), m_page->model()->index(last, 0));
        m_page->table()->selectionModel()->select(rows,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    const auto cycles = [&resources] {
        QStringList result;
        for (int i = 1; i <= 4; ++i) {
            result
                << resources.findByKey(QStringLiteral("101001/00000%1").arg(i))->text(QStringLiteral("update_cycle"));
        }
        return result;
    };

    // An officer may change their own organisation's records only: all or nothing.
    select(0, 3);
    QCOMPARE(m_page->selectedIds().size(), 4);
    QVERIFY(!m_page->bulkEdit(m_page->selectedIds(), QStringLiteral("update_cycle"), QStringLiteral("monthly")));
    QVERIFY(m_page->banner()->text().startsWith(QStringLiteral("Nothing was changed")));
    QCOMPARE(cycles(), QStringList(4, QStringLiteral("daily")));

    select(0, 2);
    QVERIFY(m_page->bulkEdit(m_page->selectedIds(), QStringLiteral("update_cycle"), QStringLiteral("monthly")));
    QCOMPARE(cycles(), (QStringList{QStringLiteral("monthly"), QStringLiteral("monthly"), QStringLiteral("monthly"),
                                    QStringLiteral("daily")}));
    QCOMPARE(m_page->model()->index(0, m_page->model()->columnOf(QStringLiteral("code"))).data().toString(),
             QStringLiteral("101001/000001"));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(cycles(), QStringList(4, QStringLiteral("daily")));
    m_undo->redo();
    QCOMPARE(cycles().count(QStringLiteral("monthly")), 3);
}

QTEST_MAIN(TestRecordPage)
#include "tst_recordpage.moc"
