#pragma once

#include <QString>
#include <QStringList>

namespace redgrid::demo::names {

// Invented but plausible names for the demo, in the style of 重庆 place names.
QString chineseNumber(int n);  // 1-99: 一 … 九十九
const QStringList& placeParts();  // 龙溪, 望江 … for invented streets and communities
const QStringList& compoundNames();  // residential compounds: 金源花园 …
const QStringList& surnames();  // for rural courtyards: 王家院子
const QStringList& institutions();  // for 专属网格: 区人民医院 …
const QStringList& institutionBuildings();  // 门诊楼, 教学楼 …

// People. Common surnames in rough order of frequency in 重庆; rare ones (单 shan, 乐 yue,
// 覃 qin, 翟 zhai, 曾 zeng, compound 欧阳 …) that sorting and search must read right.
const QStringList& commonPersonSurnames();
const QStringList& rarePersonSurnames();
// Characters of given names, by sex and by generation (older names: 建国, 秀英; younger: 浩宇, 欣怡).
const QStringList& givenNameCharacters(bool female, bool young);

// Other data for the demo roster.
const QStringList& skillTags();  // 特长: 文艺, 法律咨询 …
const QStringList& mobileDestinations();  // 外出流向: 广东省深圳市 …
const QStringList& transferDestinations();  // the organisations members transferred out to
const QStringList& mobilePrefixes();  // 138, 139 … (the 13-19 segments of MIIT)
// Work units (工作单位) by sector, for members in work.
const QStringList& governmentUnits();  // 党政机关
const QStringList& publicInstitutions();  // 事业单位: hospitals, schools
const QStringList& stateEnterprises();  // 国有企业
const QStringList& privateEnterprises();  // 非公有制企业
const QStringList& universities();  // for student members

}  // namespace redgrid::demo::names
