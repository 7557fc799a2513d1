#include "DemoOrganisations.h"

#include "DemoNames.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"

#include <cmath>

namespace redgrid::demo {

using namespace hierarchy;
using organisation::OrgKind;
using organisation::PartyOrg;

namespace {

// Community and village 党委 and 党支部 serve five years, and so does a 基层党委
// (中办《关于党的基层组织任期的意见》2018, domain rules 1.4).
constexpr int TermYears = 5;
// Shares of the organisations with a term whose term is overdue, ends within the second
// reminder (2 months) or within the first (6 months); OrgChecks reminds at those times.
constexpr double OverdueShare = 0.015;
constexpr double VerySoonShare = 0.015;
constexpr double SoonShare = 0.05;

// Codes for party_org.category (CodeTable::orgCategory) and unit_situation (::unitSituation).
const QString CategoryRural = QStringLiteral("3");  // ③ 农村
const QString CategoryCommunity = QStringLiteral("7");  // ⑦ 街道社区
const QString UnitSameAsParent = QStringLiteral("1");  // 与上级党组织相同
const QString UnitLegalPerson = QStringLiteral("2");  // 法人单位

struct PlannedOrg
{
    PartyOrg org;
    int parent = -1;  // index in the plan; -1 at the top
};

QDate dayBetween(DemoRandom& random, const QDate& from, const QDate& to)
{
    return from.addDays(random.between(0, static_cast<int>(std::max<qint64>(0, from.daysTo(to)))));
}

QString landline(DemoRandom& random)
{
    // 重庆's area code 023 and an 8-digit local number; 江北 numbers start with 6.
    return QStringLiteral("023-6%1").arg(random.between(0, 9999999), 7, 10, QLatin1Char('0'));
}

QString mobile(DemoRandom& random)
{
    return random.pick(names::mobilePrefixes())
        + QStringLiteral("%1").arg(random.between(0, 99999999), 8, 10, QLatin1Char('0'));
}

QString childCode(const QString& parentCode, int number)
{
    return QStringLiteral("%1.%2").arg(parentCode).arg(number, 2, 10, QLatin1Char('0'));
}

// "第一网格", or "第一、二网格" for a branch over several grids.
QString gridsPart(const QList<HierarchyNode>& grids)
{
    QString text = grids.first().name;
    if (grids.size() == 1)
        return text;
    text.chop(2);  // 网格
    for (qsizetype i = 1; i < grids.size(); ++i) {
        QString number = grids[i].name;
        number.chop(2);
        text += QStringLiteral("、") + number.mid(1);  // without 第
    }
    return text + QStringLiteral("网格");
}

class OrgPlanner
{
public:
    OrgPlanner(HierarchyStore& store, DemoRandom& random, const QString& sealPrefix)
        : m_store(store)
        , m_random(random)
        , m_sealPrefix(sealPrefix)
    {
    }

    void planStreet(const HierarchyNode& street, int number)
    {
        const bool town = street.kind != NodeKind::Street;
        PlannedOrg planned;
        PartyOrg& org = planned.org;
        // A 街道 has a 党工委, a 镇 or 乡 its own 党委.
        org.kind = town ? OrgKind::Committee : OrgKind::WorkingCommittee;
        org.name
            = m_sealPrefix + street.name + (town ? QStringLiteral("委员会") : QStringLiteral("工作委员会"));
        org.shortName = street.name + (town ? QStringLiteral("党委") : QStringLiteral("党工委"));
        org.code = QStringLiteral("P%1").arg(number, 2, 10, QLatin1Char('0'));
        org.category = town ? CategoryRural : CategoryCommunity;
        org.unitSituation = UnitLegalPerson;
        org.foundedOn = dayBetween(m_random, QDate(1953, 1, 1), QDate(2005, 12, 31));
        org.phone = landline(m_random);
        org.hasCommittee = true;
        org.sortOrder = number;
        org.nodeIds = { street.id };
        const int index = add(planned);

        int communityNumber = 0;
        for (const HierarchyNode& community : m_store.children(street.id))
            planCommunity(community, street, index, ++communityNumber);
    }

    QList<PlannedOrg>& plan() { return m_plan; }

private:
    int add(const PlannedOrg& planned)
    {
        m_plan.append(planned);
        return static_cast<int>(m_plan.size()) - 1;
    }

    void planCommunity(const HierarchyNode& community, const HierarchyNode& street, int parent, int number)
    {
        const bool village = community.kind == NodeKind::Village;
        const QString place = m_sealPrefix + street.name + community.name;
        PlannedOrg planned;
        planned.parent = parent;
        PartyOrg& org = planned.org;
        org.kind = OrgKind::Committee;
        org.name = place + QStringLiteral("委员会");
        org.shortName = community.name + QStringLiteral("党委");
        org.code = childCode(m_plan[parent].org.code, number);
        org.category = village ? CategoryRural : CategoryCommunity;
        org.unitSituation = UnitLegalPerson;
        org.foundedOn = dayBetween(m_random, QDate(1985, 1, 1), QDate(2012, 12, 31));
        org.phone = landline(m_random);
        org.hasCommittee = true;
        org.sortOrder = number;
        org.nodeIds = { community.id };
        const int index = add(planned);

        QList<HierarchyNode> residential;
        QList<HierarchyNode> dedicated;
        for (const HierarchyNode& grid : m_store.children(community.id))
            (grid.kind == NodeKind::DedicatedGrid ? dedicated : residential).append(grid);
        // The deliberate gap: the last grid of the first community with three or more is
        // left without a branch or group, so the coverage view has a grid to show.
        if (m_uncoveredLeft > 0 && residential.size() >= 3) {
            residential.removeLast();
            --m_uncoveredLeft;
        }

        // One branch per grid; in villages often one per 2-3 grids, in communities now and then 2.
        QList<QList<HierarchyNode>> branches;
        for (qsizetype i = 0; i < residential.size();) {
            int take = 1;
            if (village ? m_random.chance(0.5) : m_random.chance(0.12))
                take = village ? m_random.between(2, 3) : 2;
            take = static_cast<int>(std::min<qsizetype>(take, residential.size() - i));
            branches.append(residential.mid(i, take));
            i += take;
        }
        int branchNumber = 0;
        for (const QList<HierarchyNode>& grids : branches) {
            ++branchNumber;
            // A 专属网格 has no residents: the last branch covers it too.
            const QList<HierarchyNode> extra
                = branchNumber == branches.size() ? dedicated : QList<HierarchyNode>();
            planBranch(grids, extra, village, place, community.name, index, branchNumber);
        }
    }

    void planBranch(const QList<HierarchyNode>& grids, const QList<HierarchyNode>& extraGrids, bool village,
        const QString& place, const QString& communityName, int parent, int number)
    {
        const QString part = gridsPart(grids);
        PlannedOrg planned;
        planned.parent = parent;
        PartyOrg& org = planned.org;
        org.kind = OrgKind::Branch;
        org.name = place + part + QStringLiteral("支部委员会");
        org.shortName = communityName + part + QStringLiteral("党支部");
        org.code = childCode(m_plan[parent].org.code, number);
        org.category = village ? CategoryRural : CategoryCommunity;
        org.unitSituation = UnitSameAsParent;
        // Grid branches were set up with the grids, mostly 2014-2020.
        org.foundedOn = dayBetween(m_random, QDate(2014, 1, 1), QDate(2020, 12, 31));
        org.phone = mobile(m_random);
        org.sortOrder = number;
        for (const HierarchyNode& grid : grids + extraGrids)
            org.nodeIds.append(grid.id);
        const int index = add(planned);

        // 党小组: one per grid when a branch has several; otherwise 0-3 over the buildings.
        QList<QList<RecordId>> groups;
        if (grids.size() > 1) {
            for (const HierarchyNode& grid : grids)
                groups.append(residentialBuildings(grid));
        } else {
            const QList<RecordId> buildings = residentialBuildings(grids.first());
            const int count = buildings.size() >= 4 ? m_random.between(0, 3) : 0;
            for (int g = 0; g < count; ++g) {
                const qsizetype from = buildings.size() * g / count;
                const qsizetype to = buildings.size() * (g + 1) / count;
                groups.append(buildings.mid(from, to - from));
            }
        }
        int groupNumber = 0;
        for (const QList<RecordId>& buildings : groups) {
            if (buildings.isEmpty())
                continue;
            ++groupNumber;
            PlannedOrg group;
            group.parent = index;
            PartyOrg& g = group.org;
            g.kind = OrgKind::Group;
            const QString groupName = QStringLiteral("第%1党小组").arg(names::chineseNumber(groupNumber));
            g.name = place + part + QStringLiteral("支部") + groupName;
            g.shortName = communityName + part + groupName;
            g.code = childCode(org.code, groupNumber);
            g.category = org.category;
            g.unitSituation = UnitSameAsParent;
            g.foundedOn = dayBetween(m_random, org.foundedOn, QDate(2021, 12, 31));
            g.sortOrder = groupNumber;
            g.nodeIds = buildings;
            add(group);
        }
    }

    QList<RecordId> residentialBuildings(const HierarchyNode& grid)
    {
        QList<RecordId> ids;
        for (const HierarchyNode& building : m_store.children(grid.id))
            if (building.households.value_or(0) > 0)
                ids.append(building.id);
        return ids;
    }

    HierarchyStore& m_store;
    DemoRandom& m_random;
    QString m_sealPrefix;
    int m_uncoveredLeft = DemoOrganisations::UncoveredGrids;
    QList<PlannedOrg> m_plan;
};

// Five-year terms. A shuffled few are overdue or end within 2 or 6 months; the others end
// more than 6 months from today. A term starts after the organisation was founded.
void planTerms(QList<PlannedOrg>& plan, DemoRandom& random, const QDate& today)
{
    QList<int> withTerm;
    for (int i = 0; i < plan.size(); ++i)
        if (plan[i].org.kind != OrgKind::Group)
            withTerm.append(i);
    for (qsizetype i = withTerm.size() - 1; i > 0; --i)  // Fisher-Yates
        withTerm.swapItemsAt(i, random.between(0, static_cast<int>(i)));

    const auto share = [&](double rate, int minimum) {
        return std::max(minimum, static_cast<int>(std::lround(rate * static_cast<double>(withTerm.size()))));
    };
    const int overdue = share(OverdueShare, DemoOrganisations::MinOverdueTerms);
    const int verySoon = overdue + share(VerySoonShare, DemoOrganisations::MinTermsEndingVerySoon);
    const int soon = verySoon + share(SoonShare, DemoOrganisations::MinTermsEndingSoon);
    for (int n = 0; n < withTerm.size(); ++n) {
        PartyOrg& org = plan[withTerm[n]].org;
        QDate end;
        if (n < overdue)
            end = today.addDays(-random.between(5, 240));
        else if (n < verySoon)  // within 2 months: 59 days at least
            end = today.addDays(random.between(1, 55));
        else if (n < soon)  // after 2 months (62 days at most), within 6 (181 days at least)
            end = today.addDays(random.between(70, 175));
        else
            end = today.addMonths(6).addDays(random.between(5, 365 * (TermYears - 1)));
        org.termEnd = end;
        org.termStart = end.addYears(-TermYears);
        if (org.foundedOn > org.termStart)
            org.foundedOn = org.termStart.addDays(-random.between(0, 3 * 365));
    }
    // A 党小组 cannot be older than its branch.
    for (PlannedOrg& planned : plan)
        if (planned.org.kind == OrgKind::Group && planned.parent >= 0)
            planned.org.foundedOn = std::max(planned.org.foundedOn, plan[planned.parent].org.foundedOn);
}

}  // namespace

QString DemoOrganisations::description() const
{
    return tr("party organisations");
}

Status DemoOrganisations::build(DemoContext& context)
{
    HierarchyStore store(context.db);
    const auto root = store.root();
    if (!root)
        return Error::plain(tr("the demo has no district to set up party organisations in"));
    DemoRandom random = context.random.fork(3);
    const QDate today = QDate::currentDate();

    // Seal names: 中共 + the full place name (中共重庆市江北区观音桥街道…委员会).
    OrgPlanner planner(store, random, QStringLiteral("中共重庆市") + root->name);
    int streetNumber = 0;
    for (const HierarchyNode& street : store.children(root->id))
        planner.planStreet(street, ++streetNumber);
    QList<PlannedOrg>& plan = planner.plan();
    planTerms(plan, random, today);

    organisation::OrgEditor editor(context.db);
    QList<RecordId> ids;
    ids.reserve(plan.size());
    for (PlannedOrg& planned : plan) {
        if (planned.parent >= 0)
            planned.org.parentId = ids[planned.parent];
        auto added = editor.add(planned.org);
        if (!added)
            return Error::plain(tr("%1: %2").arg(planned.org.name, added.error().message));
        ids.append(added->id);
    }
    return Status::success();
}

}  // namespace redgrid::demo
