#include "DefaultTemplates.h"

#include "DataSourceKeys.h"

namespace redgrid::assessment {

namespace {

Indicator block(const QString& key, const QString& name, QList<Indicator> children)
{
    Indicator node;
    node.key = key;
    node.name = name;
    node.method = ScoringMethod::Sum;
    for (const Indicator& child : children)
        node.max += child.max;
    node.children = std::move(children);
    return node;
}

Indicator manual(const QString& key, const QString& name, const QString& standard, qint64 max)
{
    Indicator node;
    node.key = key;
    node.name = name;
    node.standard = standard;
    node.max = Points::whole(max);
    return node;
}

Indicator computed(
    const QString& key, const QString& name, const QString& standard, qint64 max, const QString& source)
{
    Indicator node = manual(key, name, standard, max);
    node.method = ScoringMethod::Computed;
    node.source = source;
    return node;
}

// `rules`: (finding, hundredths deducted per finding).
Indicator deductions(const QString& key, const QString& name, const QString& standard, qint64 max,
    const QList<std::pair<QString, qint64>>& rules)
{
    Indicator node = manual(key, name, standard, max);
    node.method = ScoringMethod::Deductions;
    int number = 1;
    for (const auto& [finding, hundredths] : rules)
        node.deductions.append(DeductionRule {
            QStringLiteral("d%1").arg(number++), finding, Points::fromHundredths(hundredths) });
    return node;
}

Indicator extra(Indicator node, IndicatorKind kind, bool innovation = false)
{
    node.kind = kind;
    node.innovation = innovation;
    return node;
}

}  // namespace

// The built-in texts are Chinese whatever the interface language: they are the wording of the
// tables a street office prints and hands upward, and are edited as data.
AssessmentTemplate DefaultTemplates::communityQuarterly()
{
    AssessmentTemplate table;
    table.id = RecordId::fromString(u"0190f1a0-0000-7000-8000-000000000001");
    table.name = QStringLiteral("社区（村）党建引领网格化管理季度考核");
    table.target = TargetKind::Community;
    table.indicators = {
        block(QStringLiteral("1"), QStringLiteral("强化党的领导"),
            {
                computed(QStringLiteral("1.1"), QStringLiteral("网格党组织覆盖"),
                    QStringLiteral("一网格一党小组（党支部），每个网格有党组织覆盖"), 6,
                    DataSourceKeys::GridsCovered),
                manual(QStringLiteral("1.2"), QStringLiteral("网格党小组组长"),
                    QStringLiteral("网格党小组组长原则上由社区“两委”成员担任"), 6),
                deductions(QStringLiteral("1.3"), QStringLiteral("党建专业网格员"),
                    QStringLiteral("每个网格配备1至2名党建专业网格员"), 4,
                    { { QStringLiteral("每缺1名党建专业网格员"), 100 } }),
                computed(QStringLiteral("1.4"), QStringLiteral("党员信息完整"),
                    QStringLiteral("党员名册健全，16项基本信息完整准确"), 6, DataSourceKeys::MembersComplete),
                computed(QStringLiteral("1.5"), QStringLiteral("党组织设置规范"),
                    QStringLiteral("党支部党员人数、支委会设置符合规定"), 6,
                    DataSourceKeys::BranchesWellFormed),
            }),
        block(QStringLiteral("2"), QStringLiteral("党员队伍管理"),
            {
                computed(QStringLiteral("2.1"), QStringLiteral("按期换届"),
                    QStringLiteral("党组织任期届满按期换届"), 6, DataSourceKeys::TermsCurrent),
                computed(QStringLiteral("2.2"), QStringLiteral("在职党员双报到"),
                    QStringLiteral("在职党员到社区报到并参加活动"), 6, DataSourceKeys::DualRegistered),
                computed(QStringLiteral("2.3"), QStringLiteral("失联党员排查"),
                    QStringLiteral("失去联系的党员查找到位"), 5, DataSourceKeys::LostContactFound),
                computed(QStringLiteral("2.4"), QStringLiteral("流动党员管理"),
                    QStringLiteral("流动党员保持经常联系"), 5, DataSourceKeys::MobileInContact),
            }),
        block(QStringLiteral("3"), QStringLiteral("组织生活"),
            {
                deductions(QStringLiteral("3.1"), QStringLiteral("三会一课"),
                    QStringLiteral("按期召开支部党员大会、支委会、党小组会，按时上党课"), 8,
                    { { QStringLiteral("每少开1次支部党员大会"), 100 },
                        { QStringLiteral("每少开1次支委会"), 50 },
                        { QStringLiteral("每少开1次党小组会"), 50 },
                        { QStringLiteral("每少上1次党课"), 100 } }),
                deductions(QStringLiteral("3.2"), QStringLiteral("主题党日"),
                    QStringLiteral("每月开展主题党日活动"), 6,
                    { { QStringLiteral("每少开展1次主题党日"), 200 } }),
                deductions(QStringLiteral("3.3"), QStringLiteral("组织生活会和民主评议党员"),
                    QStringLiteral("每年召开组织生活会，开展民主评议党员"), 6,
                    { { QStringLiteral("未召开组织生活会"), 300 },
                        { QStringLiteral("未开展民主评议党员"), 300 } }),
            }),
        block(QStringLiteral("4"), QStringLiteral("网格服务与治理"),
            {
                manual(QStringLiteral("4.1"), QStringLiteral("入户走访"),
                    QStringLiteral("网格员定期走访住户，重点人群全覆盖"), 6),
                manual(QStringLiteral("4.2"), QStringLiteral("群众诉求办理"),
                    QStringLiteral("点单、派单、接单、评单闭环办理，按时办结"), 8),
                deductions(QStringLiteral("4.3"), QStringLiteral("平安稳定"),
                    QStringLiteral("矛盾纠纷及时排查化解、按规定上报"), 6,
                    { { QStringLiteral("每发现1起矛盾纠纷未及时上报"), 200 } }),
            }),
        block(QStringLiteral("5"), QStringLiteral("群众评价"),
            {
                manual(QStringLiteral("5.1"), QStringLiteral("群众满意度测评"),
                    QStringLiteral("党员群众满意度测评得分折算"), 10),
            }),
        extra(manual(QStringLiteral("B1"), QStringLiteral("创新加分"),
                  QStringLiteral("创新做法被街道、区级及以上推广或宣传"), 5),
            IndicatorKind::Bonus, true),
        extra(
            manual(QStringLiteral("B2"), QStringLiteral("表彰加分"), QStringLiteral("受到区级及以上表彰"), 3),
            IndicatorKind::Bonus),
        extra(manual(QStringLiteral("P1"), QStringLiteral("通报批评"),
                  QStringLiteral("被上级通报批评的，每次扣减"), 10),
            IndicatorKind::Penalty),
    };
    table.bonusCap = Points::whole(5);
    table.vetoes = {
        VetoRule { QStringLiteral("incident"), QStringLiteral("发生重大安全事故或群体性事件"),
            QStringLiteral("较差"), QStringLiteral("一星") },
        VetoRule {
            QStringLiteral("satisfaction"), QStringLiteral("群众满意率低于90%"), QStringLiteral("一般"), {} },
    };
    return table;
}

AssessmentTemplate DefaultTemplates::branchStars()
{
    AssessmentTemplate table;
    table.id = RecordId::fromString(u"0190f1a0-0000-7000-8000-000000000002");
    table.name = QStringLiteral("党支部星级评定");
    table.target = TargetKind::Branch;
    table.indicators = {
        deductions(QStringLiteral("1"), QStringLiteral("领导班子"),
            QStringLiteral("班子健全、按期换届、经常开展活动"), 15,
            { { QStringLiteral("不按期换届"), 500 }, { QStringLiteral("班子不健全"), 500 },
                { QStringLiteral("半年以上不开展党的活动"), 500 } }),
        deductions(QStringLiteral("2"), QStringLiteral("骨干队伍"),
            QStringLiteral("配齐党务干部，承诺践诺、志愿服务落实"), 10,
            { { QStringLiteral("未配兼职党务干部"), 300 },
                { QStringLiteral("“先锋创绩”等制度落实不好"), 200 },
                { QStringLiteral("未开展承诺践诺和志愿服务"), 300 } }),
        deductions(QStringLiteral("3"), QStringLiteral("活动阵地"),
            QStringLiteral("有党员活动场所和教育设施"), 10,
            { { QStringLiteral("无党员活动场所"), 1000 }, { QStringLiteral("有场所无教育设施"), 500 } }),
        deductions(QStringLiteral("4"), QStringLiteral("工作制度"),
            QStringLiteral("三会一课、民主评议党员、谈心谈话等制度健全并落实"), 10,
            { { QStringLiteral("每缺1项制度或1项制度未落实"), 100 } }),
        manual(QStringLiteral("5"), QStringLiteral("保障机制"),
            QStringLiteral("经费、场所、激励关怀帮扶有保障"), 15),
        manual(QStringLiteral("6"), QStringLiteral("工作业绩"),
            QStringLiteral("完成年度任务，党员发挥先锋模范作用"), 25),
        manual(QStringLiteral("7"), QStringLiteral("群众评价"), QStringLiteral("党员群众测评满意"), 15),
        extra(manual(QStringLiteral("B1"), QStringLiteral("创新项目"),
                  QStringLiteral("有创新项目，经上级党组织认定"), 10),
            IndicatorKind::Bonus, true),
    };
    table.bonusCap = Points::whole(10);
    table.vetoes = {
        VetoRule {
            QStringLiteral("satisfaction"), QStringLiteral("群众满意率低于90%"), QStringLiteral("一般"), {} },
    };
    return table;
}

QList<AssessmentTemplate> DefaultTemplates::all()
{
    return { communityQuarterly(), branchStars() };
}

}  // namespace redgrid::assessment
