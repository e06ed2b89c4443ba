// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace dew::models {

// The one typed facade over QSettings: every key with its default in one table. Secrets never
// go here (they go to the OS keychain).
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        Language, // "system", "zh_CN" or "en"
        WindowGeometry,
        WindowState,
        TableHeaderState, // per page: value(Key::TableHeaderState, pageName)
        SplitterState,    // per page
        LastPage,
        ConfirmDelete,
        ImportColumnMapping, // per file layout: see import/mappingmemory.h
        ServerUrl,           // the server last signed in to
        ServerLogin,         // who signed in last: their workspace opens at the next start
        IdleLockMinutes,     // 0: never lock
    };
    Q_ENUM(Key)

    static Settings &instance();
    // Tests: keep settings in a temporary file for the rest of the process.
    static void useTemporaryStore(const QString &path);

    QVariant value(Key key, const QString &scope = {}) const;
    void setValue(Key key, const QVariant &value, const QString &scope = {});

    QString language() const { return value(Key::Language).toString(); }

signals:
    void changed(dew::models::Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> store);

    std::unique_ptr<QSettings> m_store;
};

} // namespace dew::models
