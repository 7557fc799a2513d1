#include "DemoNames.h"

namespace redgrid::demo::names {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int units = n % 10;
    QString text = (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十");
    if (units > 0)
        text += digits.at(units);
    return text;
}

const QStringList& placeParts()
{
    static const QStringList parts {
        QStringLiteral("龙溪"),
        QStringLiteral("望江"),
        QStringLiteral("金源"),
        QStringLiteral("翠云"),
        QStringLiteral("石门"),
        QStringLiteral("滨江"),
        QStringLiteral("盘溪"),
        QStringLiteral("玉峰"),
        QStringLiteral("青龙"),
        QStringLiteral("溉澜"),
        QStringLiteral("塔坪"),
        QStringLiteral("茶园"),
        QStringLiteral("云开"),
        QStringLiteral("民心"),
        QStringLiteral("黄桷"),
        QStringLiteral("朝阳"),
        QStringLiteral("松林"),
        QStringLiteral("长安"),
        QStringLiteral("桂湾"),
        QStringLiteral("凤栖"),
        QStringLiteral("兴隆"),
        QStringLiteral("双溪"),
        QStringLiteral("白鹤"),
        QStringLiteral("锦绣"),
        QStringLiteral("东升"),
        QStringLiteral("红岩"),
        QStringLiteral("和平"),
        QStringLiteral("嘉华"),
        QStringLiteral("明月"),
        QStringLiteral("太平"),
        QStringLiteral("新村"),
        QStringLiteral("清水"),
    };
    return parts;
}

const QStringList& compoundNames()
{
    static const QStringList compounds {
        QStringLiteral("金源花园"),
        QStringLiteral("龙湖新城"),
        QStringLiteral("嘉陵雅居"),
        QStringLiteral("华新小区"),
        QStringLiteral("翠湖苑"),
        QStringLiteral("锦绣家园"),
        QStringLiteral("江湾名都"),
        QStringLiteral("阳光星城"),
        QStringLiteral("御景天成"),
        QStringLiteral("融创公寓"),
        QStringLiteral("北城佳园"),
        QStringLiteral("观府华庭"),
        QStringLiteral("鲤鱼池小区"),
        QStringLiteral("建新东路宿舍"),
        QStringLiteral("红旗河沟小区"),
        QStringLiteral("松树桥小区"),
        QStringLiteral("望江府"),
        QStringLiteral("港城家园"),
        QStringLiteral("桂花园小区"),
        QStringLiteral("玉带山小区"),
        QStringLiteral("东和春天"),
        QStringLiteral("鸿恩嘉园"),
        QStringLiteral("五里店新村"),
        QStringLiteral("石子山苑"),
    };
    return compounds;
}

const QStringList& surnames()
{
    static const QStringList list {
        QStringLiteral("王"),
        QStringLiteral("李"),
        QStringLiteral("张"),
        QStringLiteral("刘"),
        QStringLiteral("陈"),
        QStringLiteral("杨"),
        QStringLiteral("黄"),
        QStringLiteral("周"),
        QStringLiteral("吴"),
        QStringLiteral("冉"),
        QStringLiteral("谭"),
        QStringLiteral("向"),
        QStringLiteral("罗"),
        QStringLiteral("唐"),
        QStringLiteral("曾"),
        QStringLiteral("邓"),
        QStringLiteral("蒋"),
        QStringLiteral("彭"),
        QStringLiteral("何"),
        QStringLiteral("秦"),
    };
    return list;
}

const QStringList& institutions()
{
    static const QStringList list {
        QStringLiteral("区人民医院"),
        QStringLiteral("区中医院"),
        QStringLiteral("实验中学"),
        QStringLiteral("中心小学"),
        QStringLiteral("鸿恩寺公园"),
        QStringLiteral("港城工业园"),
        QStringLiteral("政务服务中心"),
        QStringLiteral("职业教育中心"),
        QStringLiteral("物流园"),
        QStringLiteral("滨江公园"),
    };
    return list;
}

const QStringList& institutionBuildings()
{
    static const QStringList list {
        QStringLiteral("办公楼"),
        QStringLiteral("门诊楼"),
        QStringLiteral("教学楼"),
        QStringLiteral("综合楼"),
        QStringLiteral("宿舍楼"),
        QStringLiteral("厂房"),
        QStringLiteral("服务楼"),
    };
    return list;
}

}  // namespace redgrid::demo::names
