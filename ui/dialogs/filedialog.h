// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace dew::ui {

// Every file the app asks the user for goes through here, so that tests can answer ahead.
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    static void setNextAnswer(const QString &path); // tests only

private:
    static QString s_nextAnswer;
};

} // namespace dew::ui
