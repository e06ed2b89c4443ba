// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace dew::models {

// Every closed set of values in DESIGN.md §3. Storage keeps the stable English code; the
// Chinese label is a domain fact (templates.md), not a UI translation, so imports accept it
// whatever language the UI is in.
enum class EnumKind {
    RegionLevel,
    OrgKind,
    BuildLevel,
    SystemStatus,
    Deployment,
    MlpsLevel,
    CatalogueKind,
    BaseFamily,
    Theme,
    ResourceFormat,
    UpdateCycle,
    ShareType,
    OpenType,
    Grade,
    DataType,
    Lifecycle,
    Role,
    ApplicationState,
    ApplicationMode,
    FeeCategory,
    MaterialKind,
};

struct EnumValue
{
    const char *code;
    const char *zh;
    const char *en;
};

class Enumeration
{
public:
    static const Enumeration &of(EnumKind kind);

    std::span<const EnumValue> values() const { return m_values; }
    QStringList codes() const;
    bool contains(const QString &code) const;
    // The label in the language the application runs in (QLocale's default).
    QString label(const QString &code) const;
    QString chineseLabel(const QString &code) const;
    // Accepts the code, the Chinese or the English label, ignoring case, width and spaces.
    std::optional<QString> codeFor(const QString &codeOrLabel) const;

    explicit Enumeration(std::span<const EnumValue> values) : m_values(values) {}

private:
    std::span<const EnumValue> m_values;
};

// True when the UI runs in Chinese; domain labels follow it.
bool uiIsChinese();

} // namespace dew::models
