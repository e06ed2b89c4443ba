// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "itemmodels/pagedrecordmodel.h"
#include "mainwindow.h"
#include "pages/recordpage.h"

#include <QCoreApplication>
#include <QDir>
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
    return written;
}

} // namespace dew::ui
