// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace dew::models {
namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entryOf(Settings::Key key)
{
    static const Entry entries[] = {
        {Settings::Key::Language, "ui/language", QStringLiteral("system")},
        {Settings::Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {Settings::Key::WindowState, "ui/windowState", QByteArray()},
        {Settings::Key::TableHeaderState, "ui/tableHeader", QByteArray()},
        {Settings::Key::SplitterState, "ui/splitter", QByteArray()},
        {Settings::Key::LastPage, "ui/lastPage", 0},
        {Settings::Key::ConfirmDelete, "ui/confirmDelete", true},
        {Settings::Key::ImportColumnMapping, "import/columnMapping", QVariantMap()},
        {Settings::Key::ServerUrl, "sync/server", QString()},
        {Settings::Key::ServerLogin, "sync/login", QString()},
        {Settings::Key::IdleLockMinutes, "security/idleLockMinutes", 15},
    };
    for (const Entry &entry : entries) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

QString keyName(Settings::Key key, const QString &scope)
{
    const QString name = QString::fromLatin1(entryOf(key).name);
    return scope.isEmpty() ? name : name + QLatin1Char('/') + scope;
}

std::unique_ptr<QSettings> & override()
{
    static std::unique_ptr<QSettings> store;
    return store;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> store) : m_store(std::move(store)) {}

Settings &Settings::instance()
{
    static Settings settings(override() ? std::move(override()) : std::make_unique<QSettings>());
    return settings;
}

void Settings::useTemporaryStore(const QString &path)
{
    override() = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QVariant Settings::value(Key key, const QString &scope) const
{
    return m_store->value(keyName(key, scope), entryOf(key).defaultValue);
}

void Settings::setValue(Key key, const QVariant &value, const QString &scope)
{
    if (m_store->value(keyName(key, scope)) == value) {
        return;
    }
    m_store->setValue(keyName(key, scope), value);
    emit changed(key);
}

} // namespace dew::models
