// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dew::ui {

QString installTranslations(const QString &language)
{
    const QLocale locale =
        language == QLatin1String("system") || language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese) {
        // English is the source language; its file holds only the plural forms.
        auto *english = new QTranslator(QCoreApplication::instance());
        if (english->load(QStringLiteral(":/i18n/dew_en.qm"))) {
            QCoreApplication::installTranslator(english);
        }
        return QStringLiteral("en");
    }
    // Simplified Chinese whatever the region: dew ships one Chinese translation.
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    QLocale::setDefault(chinese);
    auto *dew = new QTranslator(QCoreApplication::instance());
    if (dew->load(QStringLiteral(":/i18n/dew_zh_CN.qm"))) {
        QCoreApplication::installTranslator(dew);
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return QStringLiteral("zh_CN");
}

} // namespace dew::ui
