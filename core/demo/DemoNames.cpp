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

const QStringList& commonPersonSurnames()
{
    // Roughly by frequency in 重庆 (the first ones are picked more often).
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
        QStringLiteral("徐"),
        QStringLiteral("冉"),
        QStringLiteral("谭"),
        QStringLiteral("向"),
        QStringLiteral("罗"),
        QStringLiteral("唐"),
        QStringLiteral("邓"),
        QStringLiteral("蒋"),
        QStringLiteral("彭"),
        QStringLiteral("何"),
        QStringLiteral("秦"),
        QStringLiteral("赵"),
        QStringLiteral("胡"),
        QStringLiteral("廖"),
        QStringLiteral("余"),
        QStringLiteral("袁"),
        QStringLiteral("付"),
        QStringLiteral("熊"),
        QStringLiteral("郭"),
        QStringLiteral("杜"),
        QStringLiteral("田"),
        QStringLiteral("马"),
        QStringLiteral("孙"),
        QStringLiteral("朱"),
        QStringLiteral("梁"),
        QStringLiteral("林"),
        QStringLiteral("汪"),
        QStringLiteral("高"),
        QStringLiteral("程"),
        QStringLiteral("雷"),
        QStringLiteral("夏"),
        QStringLiteral("任"),
        QStringLiteral("文"),
        QStringLiteral("贺"),
        QStringLiteral("邹"),
        QStringLiteral("钟"),
        QStringLiteral("蔡"),
        QStringLiteral("龙"),
        QStringLiteral("江"),
    };
    return list;
}

const QStringList& rarePersonSurnames()
{
    // Surnames read differently from their everyday reading, and compound surnames.
    static const QStringList list {
        QStringLiteral("曾"),
        QStringLiteral("单"),
        QStringLiteral("乐"),
        QStringLiteral("覃"),
        QStringLiteral("翟"),
        QStringLiteral("仇"),
        QStringLiteral("解"),
        QStringLiteral("查"),
        QStringLiteral("区"),
        QStringLiteral("朴"),
        QStringLiteral("缪"),
        QStringLiteral("员"),
        QStringLiteral("欧阳"),
        QStringLiteral("司马"),
        QStringLiteral("诸葛"),
        QStringLiteral("上官"),
    };
    return list;
}

const QStringList& givenNameCharacters(bool female, bool young)
{
    static const QStringList maleOld {
        QStringLiteral("建"),
        QStringLiteral("国"),
        QStringLiteral("明"),
        QStringLiteral("华"),
        QStringLiteral("平"),
        QStringLiteral("德"),
        QStringLiteral("文"),
        QStringLiteral("志"),
        QStringLiteral("福"),
        QStringLiteral("强"),
        QStringLiteral("军"),
        QStringLiteral("伟"),
        QStringLiteral("忠"),
        QStringLiteral("清"),
        QStringLiteral("成"),
        QStringLiteral("林"),
        QStringLiteral("荣"),
        QStringLiteral("贵"),
        QStringLiteral("昌"),
        QStringLiteral("海"),
        QStringLiteral("祥"),
        QStringLiteral("泽"),
        QStringLiteral("勇"),
        QStringLiteral("刚"),
        QStringLiteral("云"),
        QStringLiteral("正"),
        QStringLiteral("发"),
        QStringLiteral("兴"),
    };
    static const QStringList maleYoung {
        QStringLiteral("浩"),
        QStringLiteral("宇"),
        QStringLiteral("杰"),
        QStringLiteral("鹏"),
        QStringLiteral("俊"),
        QStringLiteral("涛"),
        QStringLiteral("磊"),
        QStringLiteral("鑫"),
        QStringLiteral("超"),
        QStringLiteral("洋"),
        QStringLiteral("博"),
        QStringLiteral("轩"),
        QStringLiteral("晨"),
        QStringLiteral("凯"),
        QStringLiteral("斌"),
        QStringLiteral("峰"),
        QStringLiteral("亮"),
        QStringLiteral("毅"),
        QStringLiteral("航"),
        QStringLiteral("睿"),
        QStringLiteral("然"),
        QStringLiteral("楠"),
        QStringLiteral("翔"),
        QStringLiteral("帆"),
        QStringLiteral("锐"),
        QStringLiteral("豪"),
    };
    static const QStringList femaleOld {
        QStringLiteral("秀"),
        QStringLiteral("英"),
        QStringLiteral("兰"),
        QStringLiteral("珍"),
        QStringLiteral("玉"),
        QStringLiteral("芳"),
        QStringLiteral("桂"),
        QStringLiteral("淑"),
        QStringLiteral("琼"),
        QStringLiteral("素"),
        QStringLiteral("凤"),
        QStringLiteral("华"),
        QStringLiteral("萍"),
        QStringLiteral("蓉"),
        QStringLiteral("群"),
        QStringLiteral("霞"),
        QStringLiteral("红"),
        QStringLiteral("梅"),
        QStringLiteral("莲"),
        QStringLiteral("惠"),
        QStringLiteral("琴"),
        QStringLiteral("丽"),
        QStringLiteral("敏"),
        QStringLiteral("燕"),
    };
    static const QStringList femaleYoung {
        QStringLiteral("婷"),
        QStringLiteral("雪"),
        QStringLiteral("琳"),
        QStringLiteral("洁"),
        QStringLiteral("倩"),
        QStringLiteral("颖"),
        QStringLiteral("欣"),
        QStringLiteral("怡"),
        QStringLiteral("佳"),
        QStringLiteral("璐"),
        QStringLiteral("雯"),
        QStringLiteral("晓"),
        QStringLiteral("静"),
        QStringLiteral("丹"),
        QStringLiteral("悦"),
        QStringLiteral("萌"),
        QStringLiteral("思"),
        QStringLiteral("雨"),
        QStringLiteral("蕾"),
        QStringLiteral("月"),
        QStringLiteral("瑶"),
        QStringLiteral("娜"),
        QStringLiteral("莉"),
        QStringLiteral("琪"),
    };
    if (female)
        return young ? femaleYoung : femaleOld;
    return young ? maleYoung : maleOld;
}

const QStringList& skillTags()
{
    static const QStringList list {
        QStringLiteral("文艺"),
        QStringLiteral("法律咨询"),
        QStringLiteral("医疗保健"),
        QStringLiteral("心理疏导"),
        QStringLiteral("书法"),
        QStringLiteral("摄影"),
        QStringLiteral("电脑维修"),
        QStringLiteral("水电维修"),
        QStringLiteral("志愿服务"),
        QStringLiteral("矛盾调解"),
        QStringLiteral("教育辅导"),
        QStringLiteral("理发"),
        QStringLiteral("烹饪"),
        QStringLiteral("驾驶"),
        QStringLiteral("财会"),
        QStringLiteral("宣讲"),
    };
    return list;
}

const QStringList& mobileDestinations()
{
    static const QStringList list {
        QStringLiteral("广东省深圳市"),
        QStringLiteral("广东省东莞市"),
        QStringLiteral("广东省广州市"),
        QStringLiteral("浙江省杭州市"),
        QStringLiteral("浙江省宁波市"),
        QStringLiteral("上海市浦东新区"),
        QStringLiteral("江苏省苏州市"),
        QStringLiteral("四川省成都市"),
        QStringLiteral("北京市朝阳区"),
        QStringLiteral("福建省厦门市"),
        QStringLiteral("湖北省武汉市"),
        QStringLiteral("贵州省贵阳市"),
        QStringLiteral("新疆维吾尔自治区乌鲁木齐市"),
    };
    return list;
}

const QStringList& transferDestinations()
{
    static const QStringList list {
        QStringLiteral("中共重庆市渝北区龙溪街道松石支路社区委员会"),
        QStringLiteral("中共重庆市南岸区南坪街道后堡社区委员会"),
        QStringLiteral("中共重庆市沙坪坝区小龙坎街道西藏村社区委员会"),
        QStringLiteral("中共重庆市渝中区解放碑街道民生路社区委员会"),
        QStringLiteral("中共成都市武侯区玉林街道玉林北路社区委员会"),
        QStringLiteral("中共重庆市九龙坡区杨家坪街道前进支路社区委员会"),
        QStringLiteral("中共深圳市南山区粤海街道科技园社区委员会"),
        QStringLiteral("中共重庆长安汽车股份有限公司委员会"),
    };
    return list;
}

const QStringList& mobilePrefixes()
{
    static const QStringList list {
        QStringLiteral("138"),
        QStringLiteral("139"),
        QStringLiteral("135"),
        QStringLiteral("136"),
        QStringLiteral("137"),
        QStringLiteral("150"),
        QStringLiteral("151"),
        QStringLiteral("152"),
        QStringLiteral("157"),
        QStringLiteral("158"),
        QStringLiteral("159"),
        QStringLiteral("182"),
        QStringLiteral("183"),
        QStringLiteral("187"),
        QStringLiteral("188"),
        QStringLiteral("130"),
        QStringLiteral("131"),
        QStringLiteral("132"),
        QStringLiteral("155"),
        QStringLiteral("156"),
        QStringLiteral("185"),
        QStringLiteral("186"),
        QStringLiteral("133"),
        QStringLiteral("153"),
        QStringLiteral("177"),
        QStringLiteral("180"),
        QStringLiteral("181"),
        QStringLiteral("189"),
        QStringLiteral("199"),
        QStringLiteral("166"),
        QStringLiteral("178"),
        QStringLiteral("173"),
    };
    return list;
}

const QStringList& governmentUnits()
{
    static const QStringList list {
        QStringLiteral("重庆市江北区人民政府观音桥街道办事处"),
        QStringLiteral("重庆市江北区税务局"),
        QStringLiteral("重庆市江北区市场监督管理局"),
        QStringLiteral("重庆市江北区人民法院"),
        QStringLiteral("重庆市江北区民政局"),
        QStringLiteral("重庆市江北区城市管理局"),
    };
    return list;
}

const QStringList& publicInstitutions()
{
    static const QStringList list {
        QStringLiteral("重庆市江北区人民医院"),
        QStringLiteral("重庆市江北区中医院"),
        QStringLiteral("重庆市第十八中学校"),
        QStringLiteral("重庆市江北区华新实验小学"),
        QStringLiteral("重庆市江北区疾病预防控制中心"),
        QStringLiteral("重庆市江北区图书馆"),
    };
    return list;
}

const QStringList& stateEnterprises()
{
    static const QStringList list {
        QStringLiteral("重庆长安汽车股份有限公司"),
        QStringLiteral("国网重庆市电力公司江北供电分公司"),
        QStringLiteral("重庆银行江北支行"),
        QStringLiteral("重庆市轨道交通（集团）有限公司"),
        QStringLiteral("重庆港务物流集团有限公司"),
        QStringLiteral("中国邮政集团有限公司重庆市江北区分公司"),
    };
    return list;
}

const QStringList& privateEnterprises()
{
    static const QStringList list {
        QStringLiteral("重庆北城物业服务有限公司"),
        QStringLiteral("重庆嘉陵江科技有限公司"),
        QStringLiteral("重庆观音桥商贸有限公司"),
        QStringLiteral("重庆华新建筑工程有限公司"),
        QStringLiteral("重庆渝江律师事务所"),
        QStringLiteral("重庆鸿恩餐饮管理有限公司"),
    };
    return list;
}

const QStringList& universities()
{
    static const QStringList list {
        QStringLiteral("重庆大学"),
        QStringLiteral("西南大学"),
        QStringLiteral("重庆交通大学"),
        QStringLiteral("重庆师范大学"),
        QStringLiteral("重庆邮电大学"),
        QStringLiteral("重庆医科大学"),
    };
    return list;
}

}  // namespace redgrid::demo::names
