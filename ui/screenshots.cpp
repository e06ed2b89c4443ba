// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "export/viewexport.h"
#include "import/importwizard.h"
#include "import/importwizardpages.h"
#include "itemmodels/pagedrecordmodel.h"
#include "mainwindow.h"
#include "pages/recordpage.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>

namespace dew::ui {

QStringList renderScreenshots(MainWindow &window, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("dew::ui::Screenshots", "Cannot create the folder %1.").arg(directory);
        return {};
    }
    window.resize(1440, 900);
    window.show();
    QStringList written;
    const QList<RecordPage *> pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        RecordPage *page = pages.at(i);
        window.showPage(i);
        page->selectFirstEditable();
        QCoreApplication::processEvents();
        const QString path = QDir(directory).filePath(
            QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(page->pageName()));
        if (!window.grab().save(path)) {
            *error = QCoreApplication::translate("dew::ui::Screenshots", "Cannot write %1.").arg(path);
            return written;
        }
        written << path;
    }
    // The Reviews page on the first application that awaits the reviewer.
    const QString officer = window.session().actor().userId;
    for (const models::Actor &actor : window.session().demoActors()) {
        if (actor.role == models::Role::Reviewer) {
            window.session().setActor(actor.userId);
            break;
        }
    }
    window.showPage(static_cast<int>(pages.size()));
    QCoreApplication::processEvents();
    const QString reviews =
        QDir(directory).filePath(QStringLiteral("%1-reviews.png").arg(pages.size() + 1, 2, 10, QLatin1Char('0')));
    if (!window.grab().save(reviews)) {
        *error = QCoreApplication::translate("dew::ui::Screenshots", "Cannot write %1.").arg(reviews);
        return written;
    }
    written << reviews;
    window.session().setActor(officer);
    // The import wizard's dry run, on a workbook the demo city exports of itself.
    const QString workbook = QDir(directory).filePath(QStringLiteral("demo-export.xlsx"));
    QString exportError;
    if (models::writeXlsx(workbook,
                          models::resourceTemplateSheets(window.session().workspace(), {}, {}, Qt::AscendingOrder),
                          &exportError) > 0) {
        ImportWizard wizard(window.session(), window.undoStack(), &window);
        wizard.resize(1100, 700);
        wizard.show();
        static_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePageId))->pathEdit()->setText(workbook);
        const auto grabStep = [&](int number, const char *step) {
            wizard.next();
            QCoreApplication::processEvents();
            const QString path = QDir(directory).filePath(
                QStringLiteral("%1-import-%2.png").arg(number, 2, 10, QLatin1Char('0')).arg(QLatin1String(step)));
            if (wizard.grab().save(path)) {
                written << path;
            }
        };
        grabStep(pages.size() + 2, "mapping");
        grabStep(pages.size() + 3, "preview");
        wizard.reject();
        QFile::remove(workbook);
    }
    return written;
}

} // namespace dew::ui
