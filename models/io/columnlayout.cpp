// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnlayout.h"

#include <QRegularExpression>

namespace dew::models {
namespace {

using E = Entity;

constexpr LayoutColumn organisationColumns[] = {
    {"统一社会信用代码", "uscc", E::Organisation, "uscc", 1},
    {"机构名称", "name|organisation_name", E::Organisation, "name", 1},
    {"所在区划代码", "region_code|区划代码", E::Organisation, "region_code", 0},
    {"机构类型", "kind", E::Organisation, "kind", 0},
};

constexpr LayoutColumn systemColumns[] = {
    {"系统编码", "system_code", E::InformationSystem, "code", 1},
    {"系统名称", "name|system_name", E::InformationSystem, "name", 1},
    {"建设单位", "owner_org", E::InformationSystem, "owner_org", 2},
    {"建设单位统一社会信用代码", "owner_uscc", E::InformationSystem, "owner_uscc", 2},
    {"建设层级", "build_level", E::InformationSystem, "build_level", 0},
    {"系统状态", "status", E::InformationSystem, "status", 1},
    {"部署方式", "deployment", E::InformationSystem, "deployment", 0},
    {"等保级别", "mlps_level", E::InformationSystem, "mlps_level", 0},
    {"上线日期", "go_live", E::InformationSystem, "go_live", 0},
    {"联系人", "contact", E::InformationSystem, "contact", 0},
    {"联系电话", "phone", E::InformationSystem, "phone", 0},
    {"系统简介", "summary", E::InformationSystem, "summary", 0},
};

constexpr LayoutColumn resourceColumns[] = {
    {"资源代码", "resource_code", E::DataResource, "code", 1},
    {"资源名称", "name|resource_name", E::DataResource, "name", 1},
    {"资源提供方", "provider|提供方|资源提供部门", E::DataResource, "owner_org", 2},
    {"提供方统一社会信用代码", "provider_uscc", E::DataResource, "owner_uscc", 2},
    {"资源摘要", "summary", E::DataResource, "summary", 0},
    {"目录类型", "catalogue_kind", E::DataResource, "catalogue_kind", 0},
    {"基础库类别", "base_family", E::DataResource, "base_family", 0},
    {"主题", "theme", E::DataResource, "theme", 0},
    {"资源格式", "format", E::DataResource, "format", 1},
    {"更新周期", "update_cycle", E::DataResource, "update_cycle", 1},
    {"共享类型", "share_type", E::DataResource, "share_type", 1},
    {"共享条件", "share_condition", E::DataResource, "share_condition", 0},
    {"不予共享理由", "no_share_reason", E::DataResource, "no_share_reason", 0},
    {"开放类型", "open_type", E::DataResource, "open_type", 1},
    {"开放条件", "open_condition", E::DataResource, "open_condition", 0},
    {"数据分级", "grade", E::DataResource, "grade", 0},
    {"是否涉密", "classified", E::DataResource, "classified", 0},
    {"来源系统编码", "source_system", E::DataResource, "source_system", 0},
    {"数据量（条）", "record_count|数据量", E::DataResource, "record_count", 0},
    {"存储量（GB）", "storage_gb|存储量", E::DataResource, "storage_gb", 0},
    {"发布日期", "publish_date", E::DataResource, "publish_date", 0},
    // The item columns of the one-sheet layout.
    {"信息项名称", "item_name", E::DataItem, "name", 0},
    {"数据类型", "data_type", E::DataItem, "data_type", 0},
    {"数据长度", "length", E::DataItem, "length", 0},
    {"信息项描述", "description|item_description", E::DataItem, "description", 0},
    {"是否敏感", "sensitive", E::DataItem, "sensitive", 0},
};

constexpr LayoutColumn itemColumns[] = {
    {"资源代码", "resource_code|所属资源代码", E::DataItem, "resource_code", 1},
    {"信息项名称", "item_name|name", E::DataItem, "name", 1},
    {"数据类型", "data_type", E::DataItem, "data_type", 0},
    {"数据长度", "length", E::DataItem, "length", 0},
    {"信息项描述", "description|item_description", E::DataItem, "description", 0},
    {"共享类型", "share_type", E::DataItem, "share_type", 0},
    {"开放类型", "open_type", E::DataItem, "open_type", 0},
    {"是否敏感", "sensitive", E::DataItem, "sensitive", 0},
    {"数据分级", "grade", E::DataItem, "grade", 0},
};

} // namespace

std::span<const LayoutColumn> layoutColumns(SheetKind kind)
{
    switch (kind) {
    case SheetKind::Organisations:
        return organisationColumns;
    case SheetKind::Systems:
        return systemColumns;
    case SheetKind::Resources:
        return resourceColumns;
    case SheetKind::Items:
        return itemColumns;
    }
    return {};
}

QString sheetKindName(SheetKind kind)
{
    switch (kind) {
    case SheetKind::Organisations:
        return QStringLiteral("组织机构");
    case SheetKind::Systems:
        return QStringLiteral("系统清单");
    case SheetKind::Resources:
        return QStringLiteral("数据资源目录");
    case SheetKind::Items:
        return QStringLiteral("信息项");
    }
    return {};
}

std::optional<SheetKind> sheetKindFromName(const QString &sheetName)
{
    const QString key = headerKey(sheetName);
    struct Name
    {
        const char *text;
        SheetKind kind;
    };
    // Longest first, so "信息项" in a resource sheet's name does not decide it.
    static constexpr Name names[] = {
        {"数据资源目录", SheetKind::Resources},
        {"组织机构", SheetKind::Organisations},
        {"系统清单", SheetKind::Systems},
        {"信息项", SheetKind::Items},
        {"organisations", SheetKind::Organisations},
        {"organizations", SheetKind::Organisations},
        {"systems", SheetKind::Systems},
        {"resources", SheetKind::Resources},
        {"items", SheetKind::Items},
    };
    for (const Name &name : names) {
        if (key.contains(QString::fromUtf8(name.text))) {
            return name.kind;
        }
    }
    return std::nullopt;
}

QString trimmedCellText(const QString &text)
{
    // NFKC maps U+3000 and the full-width forms to ASCII; trimmed() then takes the spaces.
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString headerKey(const QString &header)
{
    static const QRegularExpression noise(QStringLiteral(R"([\s*_\-]|\((必填|选填|可选|必填项)\))"));
    return header.normalized(QString::NormalizationForm_KC).toCaseFolded().remove(noise);
}

} // namespace dew::models
