// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedwords.h"

namespace dew::models::seedwords {
namespace {

constexpr SignatureSystem signatureTable[] = {
    {"一体化政务服务平台", "呼和浩特市数据局", "government"},
    {"城市运行管理服务平台", "呼和浩特市城市管理综合执法局", "city_ops"},
    {"不动产登记信息系统", "呼和浩特市不动产登记中心", "geo"},
    {"社会信用信息共享平台", "呼和浩特市发展和改革委员会", "credit"},
    {"电子证照系统", "呼和浩特市数据局", "licence"},
    {"公共数据共享交换平台", "呼和浩特市数据局", "government"},
    {"公共数据开放平台", "呼和浩特市数据局", "government"},
    {"公共资源交易平台", "呼和浩特市公共资源交易中心", "government"},
    {"12345政务服务便民热线系统", "呼和浩特市政务服务中心", "city_ops"},
    {"全民健康信息平台", "呼和浩特市卫生健康委员会", "health"},
    {"人口综合信息管理系统", "呼和浩特市公安局", "population"},
    {"智慧教育云平台", "呼和浩特市教育局", "education"},
    {"生态环境监测监控平台", "呼和浩特市生态环境局", "ecology"},
    {"智慧农牧业大数据平台", "呼和浩特市农牧局", "agriculture"},
    {"智慧文旅服务平台", "呼和浩特市文化旅游广电局", "tourism"},
    {"社会保险经办管理信息系统", "呼和浩特市人力资源和社会保障局", "social"},
    {"市场主体登记注册系统", "呼和浩特市市场监督管理局", "legal"},
    {"国土空间基础信息平台", "呼和浩特市自然资源局", "geo"},
    {"智慧交通综合管理平台", "呼和浩特市交通运输局", "transport"},
    {"能源运行监测平台", "呼和浩特市能源局", "energy"},
    {"经济运行监测分析系统", "呼和浩特市统计局", "macro"},
};

constexpr const char *suffixTable[] = {"系统",         "平台",     "信息系统", "管理系统", "服务平台",
                                       "综合管理平台", "监管平台", "信息平台", "应用系统"};

// Every template uses every placeholder once, in any order.
constexpr const char *systemSummaryTable[] = {
    "%3建设运维的%1%2，支撑%4。",
    "面向%1的%2，由%3负责运行维护，主要用于%4。",
    "%2承载%1相关业务办理和数据汇聚，由%3管理，服务于%4。",
    "%3使用的%2，覆盖%1，支撑%4等工作。",
};

constexpr const char *specialTable[] = {"营商环境",         "一网通办", "乡村振兴", "城市安全",
                                        "黄河流域生态保护", "基层治理", "民生服务", "数字经济"};

constexpr const char *resourceSummaryTable[] = {
    "记录%1%2%3，包括%4等信息，由%5负责采集和维护，主要用于%6。",
    "%5汇集的%1%2%3，涵盖%4等内容，支撑%6。",
    "本资源由%5提供%1%2%3，主要数据项有%4，可用于%6。",
    "依托业务系统归集的%1%2%3，含%4等字段，由%5提供，服务于%6。",
    "按照公共数据目录编制要求整理的%1%2%3，包括%4等，由%5维护，用于%6。",
};

constexpr const char *shareConditionTable[] = {
    "仅限用于政务服务事项办理", "仅共享核验结果，不提供原始数据",
    "需经数据提供部门审核同意", "按最小必要原则共享，限申请部门履职使用",
    "须签订数据共享安全协议",   "仅向有法定职责的部门共享",
};
constexpr const char *noShareReasonTable[] = {
    "涉及商业秘密和个人隐私，无法脱敏",
    "法律法规明确规定不予共享",
    "属于内部管理过程数据",
    "涉及重要数据，需专项审批",
};
constexpr const char *openConditionTable[] = {
    "签订数据开放利用协议后开放", "需实名注册并说明使用用途",         "仅开放脱敏后的统计数据",
    "限用于科学研究和公益用途",   "通过公共数据开放平台接口申请调用",
};

} // namespace

std::span<const SignatureSystem> signatureSystems()
{
    return signatureTable;
}

Words systemSuffixes()
{
    return suffixTable;
}

Words systemSummaries()
{
    return systemSummaryTable;
}

Words specialTopics()
{
    return specialTable;
}

Words resourceSummaries()
{
    return resourceSummaryTable;
}

Words shareConditions()
{
    return shareConditionTable;
}

Words noShareReasons()
{
    return noShareReasonTable;
}

Words openConditions()
{
    return openConditionTable;
}

} // namespace dew::models::seedwords
