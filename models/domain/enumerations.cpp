// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumerations.h"

#include "textnormalizer.h"

#include <QLocale>

namespace dew::models {
namespace {

constexpr EnumValue regionLevels[] = {
    {"city", "市级", "City"},
    {"county", "旗县区级", "Banner/county/district"},
    {"township", "苏木乡镇级", "Township"},
    {"zone", "功能区", "Functional zone"},
};
constexpr EnumValue orgKinds[] = {
    {"government", "党政机关", "Government department"},
    {"institution", "事业单位", "Public institution"},
    {"soe", "国有企业", "State-owned enterprise"},
    {"enterprise", "企业", "Enterprise"},
    {"other", "其他", "Other"},
};
constexpr EnumValue buildLevels[] = {
    {"city", "市级", "City"},
    {"county", "旗县区级", "Banner/county/district"},
    {"township", "苏木乡镇级", "Township"},
};
constexpr EnumValue systemStatuses[] = {
    {"planned", "规划中", "Planned"}, {"building", "在建", "Under construction"},
    {"running", "运行", "Running"},   {"retired", "停用", "Retired"},
    {"merged", "已整合", "Merged"},
};
constexpr EnumValue deployments[] = {
    {"gov_cloud", "政务云", "Government cloud"},
    {"own_room", "自建机房", "Own machine room"},
    {"other", "其他", "Other"},
};
constexpr EnumValue mlpsLevels[] = {
    {"1", "一级", "Level 1"}, {"2", "二级", "Level 2"}, {"3", "三级", "Level 3"},
    {"4", "四级", "Level 4"}, {"5", "五级", "Level 5"},
};
constexpr EnumValue catalogueKinds[] = {
    {"base", "基础库", "Base library"},
    {"theme", "主题库", "Theme library"},
    {"department", "部门库", "Department library"},
    {"special", "专题库", "Special library"},
};
constexpr EnumValue baseFamilies[] = {
    {"population", "人口", "Population"},
    {"legal_person", "法人", "Legal persons"},
    {"geo", "自然资源和空间地理", "Natural resources and geography"},
    {"credit", "社会信用", "Social credit"},
    {"licence", "电子证照", "Electronic licences"},
    {"macro", "宏观经济", "Macro economy"},
};
constexpr EnumValue themes[] = {
    {"ecology", "生态环境", "Ecology and environment"},
    {"energy", "能源电力", "Energy and power"},
    {"tourism", "文旅", "Culture and tourism"},
    {"agriculture", "农牧业", "Agriculture and husbandry"},
    {"city_ops", "城市运行", "City operations"},
    {"health", "医疗健康", "Health"},
    {"education", "教育", "Education"},
    {"transport", "交通出行", "Transport"},
    {"social_security", "社会保障", "Social security"},
    {"market", "市场监管", "Market regulation"},
};
constexpr EnumValue resourceFormats[] = {
    {"file", "电子文件", "Electronic file"},  {"spreadsheet", "电子表格", "Spreadsheet"},
    {"database", "数据库", "Database"},       {"image", "图形图像", "Graphics and images"},
    {"stream", "流媒体", "Streaming media"},  {"self_describing", "自描述格式", "Self-describing format"},
    {"api", "服务接口", "Service interface"},
};
constexpr EnumValue updateCycles[] = {
    {"realtime", "实时", "Real time"}, {"daily", "每日", "Daily"},           {"weekly", "每周", "Weekly"},
    {"monthly", "每月", "Monthly"},    {"quarterly", "每季度", "Quarterly"}, {"half_yearly", "每半年", "Half-yearly"},
    {"yearly", "每年", "Yearly"},      {"irregular", "不定期", "Irregular"},
};
constexpr EnumValue shareTypes[] = {
    {"unconditional", "无条件共享", "Shared unconditionally"},
    {"conditional", "有条件共享", "Shared on conditions"},
    {"none", "不予共享", "Not shared"},
};
constexpr EnumValue openTypes[] = {
    {"unconditional", "无条件开放", "Open unconditionally"},
    {"conditional", "有条件开放", "Open on conditions"},
    {"none", "不予开放", "Not open"},
};
constexpr EnumValue grades[] = {
    {"core", "核心数据", "Core data"},
    {"important", "重要数据", "Important data"},
    {"general1", "一般数据（1级）", "General data (level 1)"},
    {"general2", "一般数据（2级）", "General data (level 2)"},
    {"general3", "一般数据（3级）", "General data (level 3)"},
    {"general4", "一般数据（4级）", "General data (level 4)"},
};
constexpr EnumValue dataTypes[] = {
    {"string", "字符型", "Text"},     {"number", "数值型", "Number"},
    {"date", "日期型", "Date"},       {"datetime", "日期时间型", "Date and time"},
    {"boolean", "布尔型", "Boolean"}, {"binary", "二进制", "Binary"},
};
constexpr EnumValue lifecycles[] = {
    {"draft", "草稿", "Draft"},
    {"pending_review", "待审核", "Pending review"},
    {"published", "已发布", "Published"},
    {"withdrawn", "已撤回", "Withdrawn"},
};
constexpr EnumValue roles[] = {
    {"officer", "填报员", "Officer"},
    {"reviewer", "审核员", "Reviewer"},
    {"supervisor", "监管", "Supervisor"},
    {"admin", "管理员", "Administrator"},
};
// The authorization-application workflow of DESIGN.md §6 (workflow/applicationstate.h).
constexpr EnumValue applicationStates[] = {
    {"draft", "草稿", "Draft"},
    {"submitted", "已提交", "Submitted"},
    {"returned", "退回补正", "Returned for supplement"},
    {"not_accepted", "不予受理", "Not accepted"},
    {"accepted", "已受理", "Accepted"},
    {"qualification_review", "资格审查", "Qualification review"},
    {"compliance_review", "合规审查", "Compliance review"},
    {"expert_review", "专家评审", "Expert review"},
    {"decision", "集体决策", "Decision"},
    {"publicity", "公示", "Publicity"},
    {"objection", "异议处理", "Objection"},
    {"approved", "已批准", "Approved"},
    {"agreement", "签订协议", "Agreement"},
    {"active", "运营中", "Active"},
    {"suspended", "已暂停", "Suspended"},
    {"change_requested", "申请变更", "Change requested"},
    {"expired", "已到期", "Expired"},
    {"exited", "已退出", "Exited"},
    {"revoked", "已撤销", "Revoked"},
    {"withdrawn", "已撤回", "Withdrawn"},
    {"rejected", "未通过", "Rejected"},
    {"archived", "已归档", "Archived"},
};
constexpr EnumValue applicationModes[] = {
    {"whole", "整体授权", "Whole"},
    {"domain", "分领域授权", "By domain"},
    {"scenario", "依场景授权", "By scenario"},
};
constexpr EnumValue feeCategories[] = {
    {"public_welfare", "公益性使用", "Public-welfare use"},
    {"industry", "产业性使用", "Industry use"},
};
// The materials an application carries (DESIGN.md §3); all but the evidence are required.
constexpr EnumValue materialKinds[] = {
    {"application_form", "申报表", "Application form"},
    {"operation_plan", "运营计划", "Operation plan"},
    {"security_commitment", "安全承诺书", "Security commitment"},
    {"condition_commitment", "条件承诺书", "Commitment to the conditions"},
    {"authenticity_statement", "真实性声明", "Statement of authenticity"},
    {"evidence", "佐证材料", "Supporting evidence"},
};

// Grades are also written without the full-width parentheses ("一般数据1级", "一般数据(1级)").
QString looseKey(const QString &text)
{
    QString key = normalizeForSearch(text);
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('('));
    key.remove(QLatin1Char(')'));
    return key;
}

} // namespace

const Enumeration &Enumeration::of(EnumKind kind)
{
    static const Enumeration all[] = {
        Enumeration(regionLevels),     Enumeration(orgKinds),      Enumeration(buildLevels),
        Enumeration(systemStatuses),   Enumeration(deployments),   Enumeration(mlpsLevels),
        Enumeration(catalogueKinds),   Enumeration(baseFamilies),  Enumeration(themes),
        Enumeration(resourceFormats),  Enumeration(updateCycles),  Enumeration(shareTypes),
        Enumeration(openTypes),        Enumeration(grades),        Enumeration(dataTypes),
        Enumeration(lifecycles),       Enumeration(roles),         Enumeration(applicationStates),
        Enumeration(applicationModes), Enumeration(feeCategories), Enumeration(materialKinds),
    };
    static_assert(std::size(all) == static_cast<size_t>(EnumKind::MaterialKind) + 1);
    return all[static_cast<size_t>(kind)];
}

QStringList Enumeration::codes() const
{
    QStringList result;
    for (const EnumValue &value : m_values) {
        result << QString::fromUtf8(value.code);
    }
    return result;
}

bool Enumeration::contains(const QString &code) const
{
    for (const EnumValue &value : m_values) {
        if (code == QLatin1String(value.code)) {
            return true;
        }
    }
    return false;
}

QString Enumeration::label(const QString &code) const
{
    for (const EnumValue &value : m_values) {
        if (code == QLatin1String(value.code)) {
            return QString::fromUtf8(uiIsChinese() ? value.zh : value.en);
        }
    }
    return code;
}

QString Enumeration::chineseLabel(const QString &code) const
{
    for (const EnumValue &value : m_values) {
        if (code == QLatin1String(value.code)) {
            return QString::fromUtf8(value.zh);
        }
    }
    return code;
}

std::optional<QString> Enumeration::codeFor(const QString &codeOrLabel) const
{
    const QString key = looseKey(codeOrLabel);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    for (const EnumValue &value : m_values) {
        if (key == looseKey(QString::fromUtf8(value.code)) || key == looseKey(QString::fromUtf8(value.zh)) ||
            key == looseKey(QString::fromUtf8(value.en))) {
            return QString::fromUtf8(value.code);
        }
    }
    return std::nullopt;
}

bool uiIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace dew::models
