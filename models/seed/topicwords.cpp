// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedwords.h"

namespace dew::models::seedwords {
namespace {

// 人口 (base library: population)
constexpr const char *popSubjects[] = {"常住人口", "户籍人口", "流动人口",       "出生人口", "死亡人口", "婚姻登记",
                                       "居住证",   "迁入迁出", "60岁以上老年人", "残疾人",   "低保对象", "留守儿童"};
constexpr const char *popFacets[] = {"基本信息", "登记信息", "变更记录", "统计数据", "核验信息", "名册"};
constexpr const char *popKeys[] = {"姓名", "身份证号码"};
constexpr const char *popFields[] = {"性别",     "民族",     "出生日期", "户籍地址", "现居住地址", "联系电话",
                                     "婚姻状况", "文化程度", "登记日期", "登记机关", "所属旗县区", "所属街道乡镇"};
constexpr const char *popPurposes[] = {"人口统计分析", "政务服务身份核验", "基层社会治理", "公共服务资源规划"};
constexpr const char *popSystems[] = {"人口基础信息", "户籍管理", "流动人口服务管理", "居住证管理", "婚姻登记管理"};

// 法人 (base library: legal persons)
constexpr const char *legalSubjects[] = {"企业法人",     "个体工商户", "农民专业合作社", "社会组织",
                                         "事业单位法人", "机关法人",   "外商投资企业",   "分支机构"};
constexpr const char *legalFacets[] = {"登记信息", "基本信息",     "变更登记", "注销登记",
                                       "年度报告", "股东出资信息", "名录"};
constexpr const char *legalKeys[] = {"统一社会信用代码", "单位名称"};
constexpr const char *legalFields[] = {"法定代表人", "注册资本", "成立日期", "登记机关", "经营范围",   "住所",
                                       "登记状态",   "核准日期", "经营期限", "行业类别", "所属旗县区", "联系电话"};
constexpr const char *legalPurposes[] = {"市场主体监管", "营商环境评价", "企业开办服务", "信用监管"};
constexpr const char *legalSystems[] = {"市场主体登记", "企业信用信息公示", "社会组织管理", "法人基础信息"};

// 自然资源和空间地理 (base library: geo)
constexpr const char *geoSubjects[] = {"国土空间规划", "不动产登记", "土地利用现状", "建设用地", "耕地保护", "林地",
                                       "草原",         "地名地址",   "基础测绘",     "矿产资源", "河湖水系"};
constexpr const char *geoFacets[] = {"图斑数据", "基本信息", "登记簿", "审批信息", "统计数据", "矢量数据", "影像数据"};
constexpr const char *geoKeys[] = {"行政区划代码"};
constexpr const char *geoFields[] = {"不动产单元号", "宗地面积",   "坐落",      "权利人", "权利类型",
                                     "用途",         "登记日期",   "经度",      "纬度",   "图斑编号",
                                     "地类名称",     "面积（亩）", "所属旗县区"};
constexpr const char *geoPurposes[] = {"国土空间规划编制", "自然资源确权登记", "耕地保护监督", "项目选址分析"};
constexpr const char *geoSystems[] = {"不动产登记", "国土空间基础信息", "国土空间规划实施监督", "耕地保护动态监测",
                                      "林草资源管理"};

// 社会信用 (base library: credit)
constexpr const char *creditSubjects[] = {"行政许可", "行政处罚", "失信被执行人",     "守信激励对象",
                                          "信用承诺", "信用修复", "公共信用综合评价", "严重失信主体"};
constexpr const char *creditFacets[] = {"信息", "公示信息", "名单", "记录", "评价结果"};
constexpr const char *creditKeys[] = {"统一社会信用代码", "主体名称"};
constexpr const char *creditFields[] = {"决定文书号", "决定日期",     "决定机关",    "处罚类别",
                                        "处罚事由",   "许可证书名称", "有效期自",    "有效期至",
                                        "信用等级",   "公示截止日期", "数据来源单位"};
constexpr const char *creditPurposes[] = {"信用分级分类监管", "失信联合惩戒", "信易贷融资服务", "信用报告查询"};
constexpr const char *creditSystems[] = {"公共信用信息", "信用门户网站", "信用修复管理", "信用承诺管理"};

// 电子证照 (base library: licences)
constexpr const char *licenceSubjects[] = {
    "居民身份证",         "营业执照",     "结婚证",   "不动产权证书", "出生医学证明",   "道路运输证", "食品经营许可证",
    "建筑业企业资质证书", "医师执业证书", "残疾人证", "排污许可证",   "药品经营许可证", "教师资格证", "退役军人优待证"};
constexpr const char *licenceFacets[] = {"电子证照", "证照信息", "照面信息", "核验信息", "签发记录"};
constexpr const char *licenceKeys[] = {"证照编号", "持证主体"};
constexpr const char *licenceFields[] = {"持证主体代码",   "证照类型", "发证机关", "发证日期", "有效期起始日期",
                                         "有效期截止日期", "证照状态", "签章信息", "照面附件"};
constexpr const char *licencePurposes[] = {"政务服务免证办", "证照共享核验", "跨区域通办"};
constexpr const char *licenceSystems[] = {"电子证照", "电子印章", "证照共享服务"};

// 宏观经济 (base library: macro economy)
constexpr const char *macroSubjects[] = {"地区生产总值",       "固定资产投资",     "社会消费品零售总额", "财政收支",
                                         "规模以上工业增加值", "居民消费价格指数", "进出口贸易",         "城乡居民收入",
                                         "重点项目",           "招商引资项目"};
constexpr const char *macroFacets[] = {"统计数据", "月度数据", "季度数据", "年度数据", "监测数据", "分析报告"};
constexpr const char *macroKeys[] = {"统计期", "指标名称"};
constexpr const char *macroFields[] = {"指标值",   "计量单位", "同比增速", "环比增速", "行政区划代码",
                                       "数据来源", "统计口径", "发布日期", "项目名称", "项目总投资"};
constexpr const char *macroPurposes[] = {"经济运行监测", "宏观决策支持", "统计分析发布"};
constexpr const char *macroSystems[] = {"经济运行监测", "统计数据管理", "重大项目管理", "预算管理一体化"};

// 教育
constexpr const char *eduSubjects[] = {"中小学校",     "幼儿园",       "学生学籍", "教师",     "招生入学", "学生资助",
                                       "校外培训机构", "中等职业学校", "学校食堂", "中考成绩", "教育经费"};
constexpr const char *eduFacets[] = {"基本信息", "名录", "管理信息", "统计数据", "变更记录", "年度报告"};
constexpr const char *eduKeys[] = {"学校名称", "学校标识码"};
constexpr const char *eduFields[] = {"学生姓名",   "学籍号",     "身份证号码",     "年级",     "班级",
                                     "入学日期",   "教师姓名",   "教师资格证号码", "办学性质", "学校地址",
                                     "在校生人数", "所属旗县区", "联系电话"};
constexpr const char *eduPurposes[] = {"教育资源配置", "义务教育招生入学", "学生资助精准认定", "教育统计"};
constexpr const char *eduSystems[] = {"智慧教育",     "中小学学籍管理",   "义务教育招生入学服务",
                                      "学生资助管理", "教育资源公共服务", "校外培训监管"};

// 卫健
constexpr const char *healthSubjects[] = {"电子健康档案", "电子病历", "医疗机构",   "医护人员",
                                          "疫苗接种",     "妇幼保健", "传染病报告", "家庭医生签约",
                                          "院前急救",     "医保结算", "药品采购"};
constexpr const char *healthFacets[] = {"基本信息", "明细", "记录", "统计数据", "名录", "监测信息"};
constexpr const char *healthKeys[] = {"医疗机构名称"};
constexpr const char *healthFields[] = {"姓名",     "身份证号码", "就诊日期",  "诊断名称", "科室",
                                        "主治医师", "疫苗名称",   "接种日期",  "签约医生", "费用总额",
                                        "医保类型", "联系电话",   "所属旗县区"};
constexpr const char *healthPurposes[] = {"居民健康管理", "公共卫生监测预警", "医疗服务监管", "医保基金监管"};
constexpr const char *healthSystems[] = {"全民健康信息", "电子健康档案", "基层医疗卫生信息",
                                         "疫苗接种管理", "妇幼健康信息", "院前急救调度"};

// 交通
constexpr const char *transportSubjects[] = {"公交线路",     "公交站点",   "出租汽车", "网约车",
                                             "道路运输企业", "机动车",     "驾驶人",   "交通违法",
                                             "交通事故",     "公共停车场", "公路桥梁", "地铁客流"};
constexpr const char *transportFacets[] = {"基本信息", "运行数据", "实时数据", "统计数据", "名录", "监测信息"};
constexpr const char *transportFields[] = {"线路名称", "站点名称",     "车牌号码", "车辆类型", "驾驶人姓名",
                                           "驾驶证号", "经营许可证号", "客流量",   "发生时间", "发生地点",
                                           "经度",     "纬度",         "泊位数量", "违法行为", "处罚金额"};
constexpr const char *transportPurposes[] = {"公交线网优化", "交通运行监测", "出行信息服务", "交通运输执法"};
constexpr const char *transportSystems[] = {"智慧交通",     "公交智能调度", "出租汽车监管",
                                            "道路运输管理", "智慧停车",     "交通运输综合执法"};

// 生态环境
constexpr const char *ecoSubjects[] = {"空气质量", "地表水水质",       "饮用水水源地", "重点排污单位",
                                       "排污许可", "环境影响评价",     "固体废物",     "噪声监测",
                                       "环境执法", "黄河流域生态保护", "碳排放"};
constexpr const char *ecoFacets[] = {"监测数据", "实时数据", "基本信息", "审批信息", "统计数据", "名录"};
constexpr const char *ecoKeys[] = {"监测点位名称"};
constexpr const char *ecoFields[] = {
    "监测时间",         "空气质量指数", "PM2.5浓度", "PM10浓度", "水质类别", "排污单位名称", "排污许可证编号",
    "统一社会信用代码", "污染物名称",   "排放浓度",  "审批文号", "经度",     "纬度"};
constexpr const char *ecoPurposes[] = {"环境质量监测", "污染源监管", "生态环境执法", "黄河流域生态保护"};
constexpr const char *ecoSystems[] = {"生态环境监测", "污染源在线监控", "排污许可管理", "环境执法", "碳排放监测"};

// 农牧业
constexpr const char *agriSubjects[] = {"耕地种植",   "牲畜存栏",     "奶牛养殖",     "农畜产品质量安全",
                                        "农牧业补贴", "家庭农牧场",   "农机购置补贴", "动物防疫",
                                        "高标准农田", "草原生态补奖", "种子经营"};
constexpr const char *agriFacets[] = {"基本信息", "统计数据", "登记信息", "台账", "发放明细", "监测信息"};
constexpr const char *agriKeys[] = {"经营主体名称"};
constexpr const char *agriFields[] = {"姓名",     "身份证号码", "所属苏木乡镇", "嘎查村",   "种植面积（亩）",
                                      "作物品种", "牲畜种类",   "存栏数量",     "补贴金额", "发放日期",
                                      "检测结果", "耳标号",     "联系电话"};
constexpr const char *agriPurposes[] = {"农牧业生产监测", "惠农惠牧补贴发放", "农畜产品质量追溯", "乡村振兴"};
constexpr const char *agriSystems[] = {"智慧农牧业", "农牧业补贴发放", "动物防疫监管", "农畜产品质量安全追溯",
                                       "高标准农田建设管理"};

// 文旅
constexpr const char *tourSubjects[] = {"A级旅游景区",    "星级饭店", "旅行社",   "文物保护单位", "公共文化场馆",
                                        "非物质文化遗产", "演出场所", "游客接待", "体育场馆",     "导游"};
constexpr const char *tourFacets[] = {"基本信息", "名录", "统计数据", "监测数据", "评定信息"};
constexpr const char *tourKeys[] = {"单位名称"};
constexpr const char *tourFields[] = {"景区名称", "景区等级",     "地址",      "开放时间", "接待游客人次",
                                      "旅游收入", "经营许可证号", "负责人",    "联系电话", "统一社会信用代码",
                                      "经度",     "纬度",         "所属旗县区"};
constexpr const char *tourPurposes[] = {"文旅市场监管", "游客流量监测", "文旅公共服务"};
constexpr const char *tourSystems[] = {"智慧文旅", "旅游市场监管", "公共文化服务", "文物安全监管"};

// 社会保障
constexpr const char *socialSubjects[] = {"养老保险参保", "失业保险", "工伤保险", "医疗保险参保",
                                          "最低生活保障", "特困供养", "临时救助", "就业登记",
                                          "职业技能培训", "退役军人", "优抚对象", "社会保障卡"};
constexpr const char *socialFacets[] = {"基本信息", "登记信息", "发放明细", "缴费信息", "待遇信息", "统计数据"};
constexpr const char *socialKeys[] = {"姓名", "身份证号码"};
constexpr const char *socialFields[] = {"社会保障号码", "参保单位",     "参保状态", "缴费基数",
                                        "缴费年月",     "待遇金额",     "发放日期", "救助类型",
                                        "家庭人口数",   "所属街道乡镇", "联系电话", "开户银行"};
constexpr const char *socialPurposes[] = {"社会保险经办", "社会救助精准认定", "就业服务", "待遇资格认证"};
constexpr const char *socialSystems[] = {"社会保险经办", "社会救助", "就业服务", "退役军人服务管理", "社会保障卡服务"};

// 市场监管
constexpr const char *marketSubjects[] = {"食品生产经营", "特种设备", "药品零售企业", "计量器具", "产品质量抽检",
                                          "消费投诉",     "广告监测", "双随机抽查",   "商标",     "知识产权"};
constexpr const char *marketFacets[] = {"许可信息", "检查信息", "基本信息", "抽检结果", "处置信息", "统计数据"};
constexpr const char *marketKeys[] = {"统一社会信用代码", "主体名称"};
constexpr const char *marketFields[] = {"许可证编号",   "检查日期",     "检查结果",  "抽检批次",
                                        "产品名称",     "不合格项目",   "投诉内容",  "处理结果",
                                        "设备注册代码", "下次检验日期", "所属旗县区"};
constexpr const char *marketPurposes[] = {"市场秩序监管", "食品药品安全监管", "消费维权", "双随机一公开监管"};
constexpr const char *marketSystems[] = {"智慧市场监管", "食品安全追溯", "特种设备安全监管", "消费投诉举报",
                                         "双随机一公开监管"};

// 城市运行
constexpr const char *cityOpsSubjects[] = {"城市部件",       "市政道路",   "供水管网", "燃气管网", "供热管网",
                                           "建筑工地",       "房屋建筑",   "物业小区", "热线工单", "应急避难场所",
                                           "危险化学品企业", "城市内涝点", "网格事件"};
constexpr const char *cityOpsFacets[] = {"基本信息", "普查数据", "运行监测", "台账", "处置信息", "实时数据"};
constexpr const char *cityOpsFields[] = {"设施名称", "设施类型", "位置",     "经度",        "纬度",
                                         "权属单位", "建成年份", "运行状态", "工单编号",    "诉求内容",
                                         "办理结果", "办结时间", "事件类型", "所属街道乡镇"};
constexpr const char *cityOpsPurposes[] = {"城市运行监测", "城市管理执法", "应急指挥调度", "群众诉求办理"};
constexpr const char *cityOpsSystems[] = {"城市运行管理服务", "数字城管", "智慧供热监管",
                                          "燃气安全监管",     "应急指挥", "网格化社会治理"};

// 能源电力
constexpr const char *energySubjects[] = {"全社会用电量", "新能源项目", "光伏电站", "风电场",  "重点用能单位",
                                          "充电基础设施", "天然气供应", "煤炭生产", "能耗监测"};
constexpr const char *energyFacets[] = {"统计数据", "监测数据", "基本信息", "名录", "月度数据"};
constexpr const char *energyFields[] = {"单位名称",  "统一社会信用代码", "装机容量", "发电量",     "用电量", "能耗总量",
                                        "统计期",    "项目名称",         "并网日期", "充电桩数量", "经度",   "纬度",
                                        "所属旗县区"};
constexpr const char *energyPurposes[] = {"能源运行监测", "节能降碳管理", "新能源项目管理"};
constexpr const char *energySystems[] = {"能源运行监测", "重点用能单位能耗在线监测", "充电设施监管"};

// 政务服务 (department libraries only)
constexpr const char *govSubjects[] = {"政务服务事项", "政务服务办件", "好差评",   "政府信息公开", "公共资源交易",
                                       "政府采购",     "行政复议",     "审计项目", "建议提案办理", "高效办成一件事"};
constexpr const char *govFacets[] = {"清单", "办理信息", "评价信息", "统计数据", "基本信息", "过程信息"};
constexpr const char *govKeys[] = {"事项名称"};
constexpr const char *govFields[] = {"办件编号", "事项编码", "申请人名称", "受理日期", "办结日期", "办理结果",
                                     "承办部门", "评价等级", "项目编号",   "成交金额", "公告日期"};
constexpr const char *govPurposes[] = {"政务服务效能监督", "一网通办", "政务公开"};
constexpr const char *govSystems[] = {"一体化政务服务", "政务服务好差评", "政府采购", "协同办公", "政务公开"};

const Topic topicTable[] = {
    {"population", "人口", "population", nullptr, 10, popSubjects, popFacets, popKeys, popFields, popPurposes,
     popSystems},
    {"legal", "法人", "legal_person", "market", 8, legalSubjects, legalFacets, legalKeys, legalFields, legalPurposes,
     legalSystems},
    {"geo", "自然资源", "geo", nullptr, 6, geoSubjects, geoFacets, geoKeys, geoFields, geoPurposes, geoSystems},
    {"credit", "社会信用", "credit", nullptr, 4, creditSubjects, creditFacets, creditKeys, creditFields, creditPurposes,
     creditSystems},
    {"licence", "电子证照", "licence", nullptr, 5, licenceSubjects, licenceFacets, licenceKeys, licenceFields,
     licencePurposes, licenceSystems},
    {"macro", "宏观经济", "macro", nullptr, 4, macroSubjects, macroFacets, macroKeys, macroFields, macroPurposes,
     macroSystems},
    {"education", "教育", nullptr, "education", 8, eduSubjects, eduFacets, eduKeys, eduFields, eduPurposes, eduSystems},
    {"health", "卫健", nullptr, "health", 8, healthSubjects, healthFacets, healthKeys, healthFields, healthPurposes,
     healthSystems},
    {"transport",
     "交通",
     nullptr,
     "transport",
     6,
     transportSubjects,
     transportFacets,
     {},
     transportFields,
     transportPurposes,
     transportSystems},
    {"ecology", "生态环境", nullptr, "ecology", 6, ecoSubjects, ecoFacets, ecoKeys, ecoFields, ecoPurposes, ecoSystems},
    {"agriculture", "农牧业", nullptr, "agriculture", 6, agriSubjects, agriFacets, agriKeys, agriFields, agriPurposes,
     agriSystems},
    {"tourism", "文旅", nullptr, "tourism", 4, tourSubjects, tourFacets, tourKeys, tourFields, tourPurposes,
     tourSystems},
    {"social", "社会保障", nullptr, "social_security", 7, socialSubjects, socialFacets, socialKeys, socialFields,
     socialPurposes, socialSystems},
    {"market", "市场监管", nullptr, "market", 5, marketSubjects, marketFacets, marketKeys, marketFields, marketPurposes,
     marketSystems},
    {"city_ops",
     "城市运行",
     nullptr,
     "city_ops",
     6,
     cityOpsSubjects,
     cityOpsFacets,
     {},
     cityOpsFields,
     cityOpsPurposes,
     cityOpsSystems},
    {"energy",
     "能源电力",
     nullptr,
     "energy",
     3,
     energySubjects,
     energyFacets,
     {},
     energyFields,
     energyPurposes,
     energySystems},
    {"government", "政务服务", nullptr, nullptr, 6, govSubjects, govFacets, govKeys, govFields, govPurposes,
     govSystems},
};

} // namespace

std::span<const Topic> topics()
{
    return topicTable;
}

} // namespace dew::models::seedwords
