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

}  // namespace redgrid::demo::names
