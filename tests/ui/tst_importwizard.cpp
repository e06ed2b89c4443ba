// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importwizard.h"
#include "import/importwizardpages.h"
#include "itemmodels/importpreviewmodel.h"
#include "seed/democity.h"
#include "session.h"
#include "store/recordrepository.h"
#include "store/workspace.h"
#include "support/settings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
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

private:
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
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
    auto *preview = wizard.page(ui::ImportWizard::PreviewPageId);
    const QString summary = preview->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")), qPrintable(summary));
    QVERIFY(!preview->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
