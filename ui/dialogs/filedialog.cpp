// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include <QFileDialog>

namespace dew::ui {

QString FileDialog::s_nextAnswer;

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (!s_nextAnswer.isEmpty()) {
        return std::exchange(s_nextAnswer, QString());
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    if (!s_nextAnswer.isEmpty()) {
        return std::exchange(s_nextAnswer, QString());
    }
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

void FileDialog::setNextAnswer(const QString &path)
{
    s_nextAnswer = path;
}

} // namespace dew::ui
