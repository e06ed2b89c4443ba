// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importmappingpage.h"
#include "import/importwizard.h"
#include "import/importwizardpages.h"
#include "import/sheetmappingeditor.h"
#include "itemmodels/importpreviewmodel.h"
#include "seed/democity.h"
#include "session.h"
#include "store/recordrepository.h"
#include "store/workspace.h"
#include "support/settings.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dew;

// Walks the import wizard on a workbook saved by LibreOffice, then takes the import back.
class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badFileStaysOnTheFirstPage();
    void dryRunApplyUndoRedo();
    void nothingToWriteCannotBeApplied();
    void mappingStepFeedsTheDryRunAndIsRemembered();
    void grabMappingStepInChinese();

private:
    // Opens the wizard on a file and goes on to the column-mapping step.
    ui::ImportMappingPage *openMappingStep(ui::ImportWizard &wizard, const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<ui::Session> m_session;
    QUndoStack m_undo;
};

void TestImportWizard::initTestCase()
{
    models::Settings::useTemporaryStore(m_dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    m_workspace = models::Workspace::open(m_dir.filePath(QStringLiteral("city.dew")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    models::DemoCity city(300);
    QVERIFY2(city.write(*m_workspace, &error), qPrintable(error));
    m_session = std::make_unique<ui::Session>(*m_workspace, models::demoActors(*m_workspace));
    m_session->setActor(QStringLiteral("demo-reviewer-1"));
    QCOMPARE(m_session->actor().role, models::Role::Reviewer);
}

void TestImportWizard::badFileStaysOnTheFirstPage()
{
    ui::ImportWizard wizard(*m_session, &m_undo);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *page = static_cast<ui::ImportFilePage *>(wizard.page(ui::ImportWizard::FilePageId));
    page->pathEdit()->setText(QStringLiteral(DEW_TEST_DATA "/truncated.xlsx"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::FilePageId));
    auto *error = page->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("truncated.xlsx")), qPrintable(error->text()));
}

void TestImportWizard::dryRunApplyUndoRedo()
{
    models::RecordRepository resources(*m_workspace, models::Entity::DataResource);
    models::RecordRepository items(*m_workspace, models::Entity::DataItem);
    const models::Record before = resources.findByKey(QStringLiteral("201002/000001")).value();
    const qint64 itemsBefore = items.count();
    int resets = 0;
    connect(m_session.get(), &ui::Session::workspaceChanged, this, [&resets] { ++resets; });

    ui::ImportWizard wizard(*m_session, &m_undo);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    static_cast<ui::ImportFilePage *>(wizard.page(ui::ImportWizard::FilePageId))
        ->pathEdit()
        ->setText(QStringLiteral(DEW_TEST_DATA "/inventory.xlsx"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
    wizard.next(); // every header of the template was recognised
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));

    auto *preview = static_cast<ui::ImportPreviewPage *>(wizard.page(ui::ImportWizard::PreviewPageId));
    QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString summary = preview->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("1 new, 1 updated, 0 unchanged, 8 rejected")), qPrintable(summary));
    QCOMPARE(preview->model()->rowCount(), 10); // unchanged rows are hidden: none here
    // Nothing is written by the dry run.
    QCOMPARE(items.count(), itemsBefore);
    QCOMPARE(resources.findByKey(QStringLiteral("201002/000001"))->updatedAt, before.updatedAt);

    wizard.next(); // Apply
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::DonePageId));
    QCOMPARE(items.count(), itemsBefore + 1);
    const models::Record after = resources.findByKey(QStringLiteral("201002/000001")).value();
    QCOMPARE(after.text(QStringLiteral("publish_date")), QStringLiteral("2024-01-01"));
    QCOMPARE(after.lifecycle(), before.lifecycle());
    QCOMPARE(resets, 1);

    // The whole import is one undo step.
    QCOMPARE(m_undo.count(), 1);
    m_undo.undo();
    QCOMPARE(items.count(), itemsBefore);
    const models::Record undone = resources.findByKey(QStringLiteral("201002/000001")).value();
    QCOMPARE(undone.text(QStringLiteral("publish_date")), before.text(QStringLiteral("publish_date")));
    QCOMPARE(undone.text(QStringLiteral("name")), before.text(QStringLiteral("name")));
    m_undo.redo();
    QCOMPARE(items.count(), itemsBefore + 1);
    QCOMPARE(resources.findByKey(QStringLiteral("201002/000001"))->text(QStringLiteral("publish_date")),
             QStringLiteral("2024-01-01"));
}

void TestImportWizard::nothingToWriteCannotBeApplied()
{
    // The same workbook again (the test before applied it): what it holds is there already.
    ui::ImportWizard wizard(*m_session, &m_undo);
    wizard.show();
    static_cast<ui::ImportFilePage *>(wizard.page(ui::ImportWizard::FilePageId))
        ->pathEdit()
        ->setText(QStringLiteral(DEW_TEST_DATA "/inventory.xlsx"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
    wizard.next(); // every header of the template was recognised
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
    auto *preview = wizard.page(ui::ImportWizard::PreviewPageId);
    const QString summary = preview->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")), qPrintable(summary));
    QVERIFY(!preview->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

ui::ImportMappingPage *TestImportWizard::openMappingStep(ui::ImportWizard &wizard, const QString &path)
{
    wizard.show();
    if (!QTest::qWaitForWindowActive(&wizard)) {
        return nullptr;
    }
    static_cast<ui::ImportFilePage *>(wizard.page(ui::ImportWizard::FilePageId))->pathEdit()->setText(path);
    wizard.next();
    if (wizard.currentId() != ui::ImportWizard::MappingPageId) {
        return nullptr;
    }
    return static_cast<ui::ImportMappingPage *>(wizard.currentPage());
}

void TestImportWizard::mappingStepFeedsTheDryRunAndIsRemembered()
{
    const QString file = QStringLiteral(DEW_TEST_DATA "/resources-own-headers.csv");
    {
        ui::ImportWizard wizard(*m_session, &m_undo);
        ui::ImportMappingPage *page = openMappingStep(wizard, file);
        QVERIFY(page);
        // Alt+B and Alt+N, as the wizard's buttons say (a mnemonic clicks animated).
        QTest::keyClick(&wizard, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ui::ImportWizard::FilePageId));
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
        QCOMPARE(page->editors().size(), 1);
        ui::SheetMappingEditor *editor = page->editors().first();
        QVERIFY(!editor->rememberedNote()->isVisible());
        // 数据格式 is no template header: 资源格式 has no column, and the dry run cannot start.
        auto *problems = page->findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("资源格式")), qPrintable(problems->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const int rowD = editor->rowOfColumn(4);
        QComboBox *format = editor->targetBox(rowD);
        QCOMPARE(format->currentText(), QStringLiteral("(do not import)"));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("missing"))->isVisible());

        // By keyboard: Tab goes from one column's field to the next; F4 opens the list.
        editor->targetBox(rowD - 1)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), format);
        QTest::keyClick(format, Qt::Key_F4);
        QTRY_VERIFY(format->view()->isVisible());
        const int choice = format->findText(QStringLiteral("资源格式 *"));
        QVERIFY(choice > 0);
        for (int i = 0; i < choice; ++i) {
            QTest::keyClick(format->view(), Qt::Key_Down);
        }
        QTest::keyClick(format->view(), Qt::Key_Return);
        QTRY_VERIFY(!format->view()->isVisible());
        QCOMPARE(format->currentText(), QStringLiteral("资源格式 *"));
        QVERIFY(!problems->isVisible());
        QVERIFY(editor->resetButton()->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Choosing it for 备注 as well is a clash, marked on both rows and blocking the dry run.
        QComboBox *notes = editor->targetBox(editor->rowOfColumn(8));
        notes->setFocus();
        for (int i = 0; i < choice; ++i) {
            QTest::keyClick(notes, Qt::Key_Down); // a closed combo box steps through its items too
        }
        QVERIFY2(problems->isVisible() && problems->text().contains(QStringLiteral("D、H")),
                 qPrintable(problems->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Home); // back to "(do not import)"
        QCOMPARE(notes->currentIndex(), 0);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // The dry run reads column D as 资源格式.
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        auto *preview = static_cast<ui::ImportPreviewPage *>(wizard.currentPage());
        const QString summary = preview->findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1 new, 0 updated, 0 unchanged, 1 rejected")), qPrintable(summary));
        models::ImportPreviewModel *model = preview->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->verdictAt(0), models::Verdict::New);
        QCOMPARE(model->verdictAt(1), models::Verdict::Rejected);
        const QString reason = model->index(1, models::ImportPreviewModel::DetailColumn).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("column D Format")), qPrintable(reason));
        QCOMPARE(wizard.plan().sheets.first().verdicts.first().values.value(QStringLiteral("format")),
                 QVariant(QStringLiteral("spreadsheet")));

        // Back to the mapping as it was left.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
        QCOMPARE(format->currentText(), QStringLiteral("资源格式 *"));
    }

    // The same layout again: the mapping from last time is offered, and can be reset.
    ui::ImportWizard wizard(*m_session, &m_undo);
    ui::ImportMappingPage *page = openMappingStep(wizard, file);
    QVERIFY(page);
    ui::SheetMappingEditor *editor = page->editors().first();
    QVERIFY(editor->rememberedNote()->isVisible());
    QCOMPARE(editor->rememberedNote()->text(), QStringLiteral("The mapping from last time was applied."));
    QComboBox *format = editor->targetBox(editor->rowOfColumn(4));
    QCOMPARE(format->currentText(), QStringLiteral("资源格式 *"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(editor->resetButton(), Qt::LeftButton);
    QCOMPARE(format->currentText(), QStringLiteral("(do not import)"));
    QVERIFY(!editor->rememberedNote()->isVisible());
    QVERIFY(!editor->resetButton()->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

// For a person to look at: DEW_GRAB_DIR=/tmp/x ctest -R tst_importwizard writes the step in Chinese.
void TestImportWizard::grabMappingStepInChinese()
{
    const QString directory = qEnvironmentVariable("DEW_GRAB_DIR");
    if (directory.isEmpty()) {
        QSKIP("DEW_GRAB_DIR is not set");
    }
    ui::installTranslations(QStringLiteral("zh_CN"));
    ui::ImportWizard wizard(*m_session, &m_undo);
    ui::ImportMappingPage *page = openMappingStep(wizard, QStringLiteral(DEW_TEST_DATA "/resources-own-headers.csv"));
    QVERIFY(page);
    QVERIFY(wizard.grab().save(QDir(directory).filePath(QStringLiteral("mapping-remembered.png"))));
    ui::SheetMappingEditor *editor = page->editors().first();
    editor->resetButton()->click();
    QComboBox *notes = editor->targetBox(editor->rowOfColumn(8));
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Down); // 资源代码, which column A feeds already
    QVERIFY(wizard.grab().save(QDir(directory).filePath(QStringLiteral("mapping-problems.png"))));
    ui::ImportWizard workbook(*m_session, &m_undo);
    QVERIFY(openMappingStep(workbook, QStringLiteral(DEW_TEST_DATA "/inventory.xlsx")));
    QVERIFY(workbook.grab().save(QDir(directory).filePath(QStringLiteral("mapping-workbook.png"))));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
