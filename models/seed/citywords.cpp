// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedwords.h"

namespace dew::models::seedwords {
namespace {

// Hohhot's city bodies as they are named today; the companies are invented. Topics say which
// data each body provides; the bodies of functional zones provide any topic of their zone.
constexpr CityOrganisation organisationTable[] = {
    {"呼和浩特市人民政府办公室", "government", "150100", "government"},
    {"呼和浩特市数据局", "government", "150100", "licence,government"},
    {"呼和浩特市发展和改革委员会", "government", "150100", "credit,macro,energy"},
    {"呼和浩特市教育局", "government", "150100", "education"},
    {"呼和浩特市工业和信息化局", "government", "150100", "energy,legal"},
    {"呼和浩特市公安局", "government", "150100", "population,transport"},
    {"呼和浩特市民政局", "government", "150100", "population,social,legal"},
    {"呼和浩特市财政局", "government", "150100", "macro,government"},
    {"呼和浩特市人力资源和社会保障局", "government", "150100", "social"},
    {"呼和浩特市自然资源局", "government", "150100", "geo"},
    {"呼和浩特市生态环境局", "government", "150100", "ecology"},
    {"呼和浩特市住房和城乡建设局", "government", "150100", "city_ops,geo"},
    {"呼和浩特市交通运输局", "government", "150100", "transport"},
    {"呼和浩特市水务局", "government", "150100", "ecology,city_ops"},
    {"呼和浩特市农牧局", "government", "150100", "agriculture"},
    {"呼和浩特市商务局", "government", "150100", "market,macro"},
    {"呼和浩特市文化旅游广电局", "government", "150100", "tourism"},
    {"呼和浩特市卫生健康委员会", "government", "150100", "health,population"},
    {"呼和浩特市退役军人事务局", "government", "150100", "social"},
    {"呼和浩特市应急管理局", "government", "150100", "city_ops"},
    {"呼和浩特市市场监督管理局", "government", "150100", "legal,market,licence"},
    {"呼和浩特市统计局", "government", "150100", "macro"},
    {"呼和浩特市医疗保障局", "government", "150100", "health,social"},
    {"呼和浩特市城市管理综合执法局", "government", "150100", "city_ops"},
    {"呼和浩特市林业和草原局", "government", "150100", "geo,ecology"},
    {"呼和浩特市能源局", "government", "150100", "energy"},
    {"呼和浩特市不动产登记中心", "institution", "150100", "geo"},
    {"呼和浩特市疾病预防控制中心", "institution", "150100", "health"},
    {"呼和浩特市公共资源交易中心", "institution", "150100", "government"},
    {"呼和浩特市住房公积金管理中心", "institution", "150100", "social"},
    {"呼和浩特市政务服务中心", "institution", "150100", "government,licence"},
    {"呼和浩特经济技术开发区管理委员会", "government", "150172", ""},
    {"和林格尔新区管理委员会", "government", "150100Z01", ""},
    {"呼和浩特城市数据运营有限公司", "soe", "150100", ""},
    {"呼和浩特青城公交集团有限公司", "soe", "150100", "transport"},
    {"呼和浩特青城水务集团有限公司", "soe", "150100", "city_ops"},
    {"内蒙古青城数智科技有限公司", "enterprise", "150105", ""},
    {"呼和浩特云谷信息技术有限公司", "enterprise", "150172", ""},
    {"内蒙古草原征信服务有限公司", "enterprise", "150102", ""},
    {"内蒙古敕勒川智慧农牧科技有限公司", "enterprise", "150121", ""},
};

constexpr const char *townshipTable[] = {"150102001", "150105104", "150121100", "150125100"};

constexpr const char *brandTable[] = {"青城", "大青山", "敕勒川", "昭君", "塞上", "云中", "北疆", "金川",
                                      "如意", "白塔",   "大召",   "盛乐", "黑河", "草原", "北辰", "恒达"};
constexpr const char *tradeTable[] = {"数据科技", "信息技术", "智能科技",   "软件",
                                      "数字服务", "征信服务", "物联网科技", "云计算"};

constexpr const char *surnameTable[] = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁",
    "邓", "许", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "闫",
    "潘", "杜", "戴", "夏", "田", "任", "姜", "范", "方", "石", "姚", "郝", "孔", "白", "崔", "康",
    "秦", "史", "侯", "孟", "段", "雷", "钱", "尹", "常", "武", "乔", "贺", "云", "奇", "包", "乌"};
constexpr const char *givenNameTable[] = {
    "伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",   "勇",   "艳",   "杰",
    "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",   "刚",   "桂英", "建华", "建国", "志强", "海燕",
    "晓东", "丽娟", "婷",   "雪",   "鹏",   "宇",   "浩",   "欣怡", "子涵", "文博", "佳琪", "振华", "红梅",
    "玉兰", "永",   "俊杰", "晓燕", "春梅", "海军", "宏伟", "慧",   "亮",   "瑞",   "晨",   "博",   "琳"};
constexpr const char *mongolianNameTable[] = {"巴特尔", "其其格", "乌云",   "斯琴", "额尔敦", "那仁", "苏和", "阿拉坦",
                                              "朝鲁",   "宝音",   "乌力吉", "萨仁", "格日勒", "图雅", "孟和", "达来"};

} // namespace

std::span<const CityOrganisation> cityOrganisations()
{
    return organisationTable;
}

Words demoTownships()
{
    return townshipTable;
}

const char *townshipTopics()
{
    return "population,social,city_ops,agriculture,government";
}

Words enterpriseBrands()
{
    return brandTable;
}

Words enterpriseTrades()
{
    return tradeTable;
}

Words surnames()
{
    return surnameTable;
}

Words givenNames()
{
    return givenNameTable;
}

Words mongolianNames()
{
    return mongolianNameTable;
}

} // namespace dew::models::seedwords
