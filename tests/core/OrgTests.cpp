// Party organisations: the tree and its rules (OrgEditor), reading it (OrgStore) and the
// checks of domain rules 1.4 and 1.5 (OrgChecks), on a real database file.
#include "common/Utf16.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgChecks.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "security/AccountStore.h"
#include "settings/SettingStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::organisation;
using hierarchy::NodeKind;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

// A community of 江北区 with two grids, a building in the first, and helpers to add
// organisations and members.
struct World
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("org.redgrid")));
    RecordId street, community, grid1, grid2, building;
    int nextPerson = 0;

    World()
    {
        hierarchy::HierarchyEditor editor(*db);
        const auto node = [&](const RecordId& parent, NodeKind kind, const QString& name) {
            auto added = editor.add(parent, { kind, name, {}, 0, std::nullopt, {} });
            INFO((added ? QString() : added.error().message).toStdString());
            REQUIRE(added.ok());
            return added->id;
        };
        street = node(hierarchy::HierarchyStore(*db).root()->id, NodeKind::Street, s(u"观音桥街道"));
        community = node(street, NodeKind::Community, s(u"花园新村社区"));
        grid1 = node(community, NodeKind::Grid, s(u"第一网格"));
        grid2 = node(community, NodeKind::Grid, s(u"第二网格"));
        building = node(grid1, NodeKind::Building, s(u"1栋"));
    }

    Result<PartyOrg> tryAdd(OrgKind kind, const QString& name, const RecordId& parent = {},
        const QList<RecordId>& nodes = {}, const QString& code = {})
    {
        PartyOrg org;
        org.kind = kind;
        org.name = name;
        org.parentId = parent;
        org.nodeIds = nodes;
        org.code = code;
        return OrgEditor(*db).add(org);
    }
    PartyOrg add(
        OrgKind kind, const QString& name, const RecordId& parent = {}, const QList<RecordId>& nodes = {})
    {
        auto added = tryAdd(kind, name, parent, nodes);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return *added;
    }

    // A member with a valid ID number; `category` "1" full, "2" probationary.
    RecordId addMember(const RecordId& org, const QString& category = QStringLiteral("1"),
        const QString& standing = QStringLiteral("1"))
    {
        const int n = nextPerson++;
        roster::Member m;
        m.orgId = org;
        m.name = s(u"党员") + QString::number(n);
        m.birthDate = QDate(1960, 1, 1).addDays(n * 13);
        const QString first17 = QStringLiteral("500105") + m.birthDate.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(101 + 2 * (n % 400), 3, 10, QLatin1Char('0'));
        m.idNumber = first17 + roster::IdNumber::checkCharacter(first17);
        m.sex = QStringLiteral("1");
        m.category = category;
        m.standing = standing;
        m.joinedOn = m.birthDate.addYears(25);
        if (category == QLatin1String("1"))
            m.convertedOn = m.joinedOn.addYears(1);
        auto added = roster::MemberEditor(*db).add(m);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added->id;
    }
    void addMembers(const RecordId& org, int count, const QString& category = QStringLiteral("1"))
    {
        for (int i = 0; i < count; ++i)
            addMember(org, category);
    }
};

QList<OrgFinding> findingsAbout(const QList<OrgFinding>& findings, const RecordId& subject)
{
    QList<OrgFinding> result;
    for (const OrgFinding& finding : findings)
        if (finding.subjectId == subject)
            result.append(finding);
    return result;
}

std::vector<OrgFinding::Kind> kindsAbout(const QList<OrgFinding>& findings, const RecordId& subject)
{
    std::vector<OrgFinding::Kind> kinds;
    for (const OrgFinding& finding : findingsAbout(findings, subject))
        kinds.push_back(finding.kind);
    return kinds;
}

using Kinds = std::vector<OrgFinding::Kind>;

}  // namespace

TEST_CASE("Organisations: a 党委, its 党支部 and their 党小组, anchored to the hierarchy", "[roster][org]")
{
    World w;
    const PartyOrg committee = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"), {}, { w.community });
    const PartyOrg branch
        = w.add(OrgKind::Branch, s(u"中共花园新村社区第一支部委员会"), committee.id, { w.grid1 });
    const PartyOrg group
        = w.add(OrgKind::Group, s(u"花园新村社区第一支部1栋党小组"), branch.id, { w.building });

    // Codes follow the tree when none is given.
    CHECK(str(committee.code) == "P01");
    CHECK(str(branch.code) == "P01.01");
    CHECK(str(group.code) == "P01.01.01");
    CHECK(committee.nodeIds == QList<RecordId> { w.community });
    CHECK(group.nodeIds == QList<RecordId> { w.building });

    OrgStore store(*w.db);
    CHECK(store.count() == 3);
    CHECK(store.countByKind(OrgKind::Branch) == 1);
    REQUIRE(store.children({}).size() == 1);
    CHECK(store.children({}).front().id == committee.id);
    CHECK(store.children({}).front().childCount == 1);
    REQUIRE(store.children(committee.id).size() == 1);
    CHECK(store.children(committee.id).front().nodeIds == QList<RecordId> { w.grid1 });

    const auto chain = store.ancestors(group.id);
    REQUIRE(chain.size() == 3);
    CHECK(chain.at(0).id == committee.id);
    CHECK(chain.at(1).id == branch.id);
    CHECK(chain.at(2).id == group.id);
    CHECK(store.subtree(committee.id).size() == 3);
    CHECK(store.subtree(group.id) == QList<RecordId> { group.id });
    CHECK(store.branchOf(group.id) == branch.id);
    CHECK(store.branchOf(branch.id) == branch.id);
    CHECK(store.branchOf(committee.id).isNull());

    const auto all = store.all();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).id == committee.id);
    CHECK(all.at(2).id == group.id);

    REQUIRE(store.coveringNode(w.building).size() == 1);
    CHECK(store.coveringNode(w.building).front().id == group.id);
    CHECK(store.coveringNode(w.grid2).isEmpty());

    // By code, full name or short name, as the CLI's --org takes it.
    CHECK(store.find(QStringLiteral("P01.01"))->id == branch.id);
    CHECK(store.find(s(u"中共花园新村社区第一支部委员会"))->id == branch.id);
    PartyOrg renamed = committee;
    renamed.shortName = s(u"花园新村社区党委");
    REQUIRE(OrgEditor(*w.db).update(renamed).ok());
    CHECK(store.find(s(u"花园新村社区党委"))->id == committee.id);
    const auto unknown = store.find(s(u"不存在的党支部"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(s(u"不存在的党支部")));
}

TEST_CASE("Organisations: kinds that may not sit where they are put are refused", "[roster][org]")
{
    World w;
    const PartyOrg committee = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"));
    const PartyOrg branch = w.add(OrgKind::Branch, s(u"中共花园新村社区第一支部委员会"), committee.id);
    const PartyOrg group = w.add(OrgKind::Group, s(u"第一党小组"), branch.id);
    OrgStore store(*w.db);
    const qint64 before = store.count();

    const auto refused = [&](OrgKind kind, const RecordId& parent) {
        const auto added = w.tryAdd(kind, s(u"新组织"), parent);
        CHECK_FALSE(added.ok());
        if (!added.ok())
            CHECK_FALSE(added.error().message.isEmpty());
    };
    refused(OrgKind::Group, {});  // a 党小组 at the top
    refused(OrgKind::Committee, branch.id);  // a 党委 inside a 党支部
    refused(OrgKind::Branch, branch.id);
    refused(OrgKind::Branch, group.id);  // nothing inside a 党小组
    refused(OrgKind::Group, committee.id);  // a 党小组 belongs to a branch
    CHECK(store.count() == before);

    // A 党总支 holds branches but not groups.
    const PartyOrg general = w.add(OrgKind::GeneralBranch, s(u"中共花园新村社区总支部委员会"), committee.id);
    w.add(OrgKind::JointBranch, s(u"中共花园新村社区非公企业联合支部委员会"), general.id);
    refused(OrgKind::Group, general.id);

    // A branch that holds a group cannot become a 党总支; a group cannot move to the top,
    // and nothing moves inside itself.
    PartyOrg asGeneral = branch;
    asGeneral.kind = OrgKind::GeneralBranch;
    CHECK_FALSE(OrgEditor(*w.db).update(asGeneral).ok());
    CHECK(store.org(branch.id)->kind == OrgKind::Branch);
    CHECK_FALSE(OrgEditor(*w.db).move(group.id, {}).ok());
    CHECK_FALSE(OrgEditor(*w.db).move(committee.id, group.id).ok());
    CHECK(store.org(group.id)->parentId == branch.id);
}

TEST_CASE("Organisations: codes are unique, names required, terms end after they start", "[roster][org]")
{
    World w;
    const PartyOrg committee = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"));
    OrgStore store(*w.db);

    const auto duplicate = w.tryAdd(OrgKind::Committee, s(u"中共建新北路社区委员会"), {}, {}, committee.code);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(committee.code));
    CHECK(store.count() == 1);

    CHECK_FALSE(w.tryAdd(OrgKind::Committee, QStringLiteral("   ")).ok());

    PartyOrg org;
    org.kind = OrgKind::Branch;
    org.parentId = committee.id;
    org.name = s(u"中共花园新村社区第一支部委员会");
    org.termStart = QDate(2024, 3, 1);
    org.termEnd = QDate(2021, 3, 1);
    const auto backwards = OrgEditor(*w.db).add(org);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(QStringLiteral("2021-03-01")));
    org.termEnd = org.termStart;
    CHECK_FALSE(OrgEditor(*w.db).add(org).ok());
    org.termEnd = QDate(2027, 3, 1);
    const auto added = OrgEditor(*w.db).add(org);
    REQUIRE(added.ok());
    CHECK(added->termEnd == QDate(2027, 3, 1));

    // An update to another organisation's code is refused too.
    PartyOrg clash = *added;
    clash.code = committee.code;
    CHECK_FALSE(OrgEditor(*w.db).update(clash).ok());
    CHECK(store.org(added->id)->code == added->code);

    // An anchor to a node that does not exist: refused, and nothing is left half-written.
    const auto ghost = w.tryAdd(OrgKind::Branch, s(u"中共花园新村社区第二支部委员会"), committee.id,
        { w.grid1, RecordId::generate() });
    CHECK_FALSE(ghost.ok());
    CHECK(store.count() == 2);
    CHECK(w.db->scalar("SELECT count(*) FROM party_org_node") == 0);
}

TEST_CASE("Organisations: one with members or sub-organisations is not removed", "[roster][org]")
{
    World w;
    const PartyOrg committee = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"));
    const PartyOrg branch = w.add(OrgKind::Branch, s(u"中共花园新村社区第一支部委员会"), committee.id);
    const PartyOrg group = w.add(OrgKind::Group, s(u"第一党小组"), branch.id, { w.building });
    OrgEditor editor(*w.db);
    OrgStore store(*w.db);

    const Status withChild = editor.remove(branch.id);
    REQUIRE_FALSE(withChild.ok());
    CHECK(withChild.error().message.contains(branch.name));

    // A member who has left the active roster still holds the organisation.
    const RecordId member = w.addMember(group.id);
    REQUIRE(roster::MemberEvents(*w.db).death(member, QDate(2024, 2, 3)).ok());
    CHECK(store.memberCount(group.id, false) == 0);
    const Status withMember = editor.remove(group.id);
    REQUIRE_FALSE(withMember.ok());
    CHECK(store.count() == 3);

    REQUIRE(roster::MemberEditor(*w.db).moveTo({ member }, branch.id).ok());
    REQUIRE(editor.remove(group.id).ok());
    CHECK_FALSE(store.org(group.id).has_value());
    CHECK(w.db->scalar("SELECT count(*) FROM party_org_node") == 0);
    CHECK_FALSE(editor.remove(branch.id).ok());  // the member is there now
    CHECK_FALSE(editor.remove(group.id).ok());  // gone already
}

TEST_CASE(
    "Organisation checks: branch sizes count full members in the branch and its groups", "[roster][org]")
{
    World w;
    const PartyOrg committee = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"));
    // 2 full + 1 probationary: too few full members (支部工作条例 Art. 4 counts 正式党员).
    const PartyOrg small = w.add(OrgKind::Branch, s(u"中共花园新村社区第一支部委员会"), committee.id);
    w.addMembers(small.id, 2);
    w.addMember(small.id, QStringLiteral("2"));
    // 2 in the branch + 1 in its group: exactly 3, enough.
    const PartyOrg three = w.add(OrgKind::Branch, s(u"中共花园新村社区第二支部委员会"), committee.id);
    const PartyOrg threeGroup = w.add(OrgKind::Group, s(u"第二支部第一党小组"), three.id);
    w.addMembers(three.id, 2);
    w.addMember(threeGroup.id);
    // 3 full, but one suspended (停止党籍) and one transferred out: only 1 counts.
    const PartyOrg shrinking = w.add(OrgKind::Branch, s(u"中共花园新村社区第三支部委员会"), committee.id);
    w.addMember(shrinking.id);
    w.addMember(shrinking.id, QStringLiteral("1"), QStringLiteral("2"));
    const RecordId leaving = w.addMember(shrinking.id);
    REQUIRE(roster::MemberEvents(*w.db)
                .transferOut(
                    leaving, QDate(2024, 5, 6), s(u"中共重庆市渝北区某支部委员会"), QDate(2024, 6, 6), {})
                .ok());
    // 7 full members and no committee; 6 full members; 7 with a committee.
    const PartyOrg seven = w.add(OrgKind::Branch, s(u"中共花园新村社区第四支部委员会"), committee.id);
    w.addMembers(seven.id, 7);
    const PartyOrg six = w.add(OrgKind::Branch, s(u"中共花园新村社区第五支部委员会"), committee.id);
    w.addMembers(six.id, 6);
    PartyOrg withCommittee;
    withCommittee.kind = OrgKind::Branch;
    withCommittee.parentId = committee.id;
    withCommittee.name = s(u"中共花园新村社区第六支部委员会");
    withCommittee.hasCommittee = true;
    withCommittee = *OrgEditor(*w.db).add(withCommittee);
    w.addMembers(withCommittee.id, 7);
    // 51 members (the 51st probationary) with a committee: too many; 50: not.
    PartyOrg big = withCommittee;
    big.name = s(u"中共花园新村社区第七支部委员会");
    big.code.clear();
    big = *OrgEditor(*w.db).add(big);
    w.addMembers(big.id, 50);
    w.addMember(big.id, QStringLiteral("2"));
    PartyOrg fifty = withCommittee;
    fifty.name = s(u"中共花园新村社区第八支部委员会");
    fifty.code.clear();
    fifty = *OrgEditor(*w.db).add(fifty);
    w.addMembers(fifty.id, 50);

    OrgStore store(*w.db);
    CHECK(store.memberCount(three.id, false) == 2);
    CHECK(store.memberCount(three.id, true) == 3);
    CHECK(store.memberCount(shrinking.id, false) == 2);  // the transferred member has left
    CHECK(store.memberCount(committee.id, true) == 3 + 3 + 2 + 7 + 6 + 7 + 51 + 50);

    const auto findings = OrgChecks(*w.db).branchSizes();
    using K = OrgFinding::Kind;
    CHECK(kindsAbout(findings, small.id) == Kinds { K::TooFewFullMembers });
    CHECK(kindsAbout(findings, three.id).empty());
    CHECK(kindsAbout(findings, threeGroup.id).empty());  // a group is not a branch
    CHECK(kindsAbout(findings, shrinking.id) == Kinds { K::TooFewFullMembers });
    CHECK(kindsAbout(findings, seven.id) == Kinds { K::CommitteeMissing });
    CHECK(kindsAbout(findings, six.id).empty());
    CHECK(kindsAbout(findings, withCommittee.id).empty());
    CHECK(kindsAbout(findings, big.id) == Kinds { K::TooManyMembers });
    CHECK(kindsAbout(findings, fifty.id).empty());
    CHECK(kindsAbout(findings, committee.id).empty());  // a 党委 is not counted as a branch

    const auto tooFew = findingsAbout(findings, small.id);
    REQUIRE(tooFew.size() == 1);
    CHECK(tooFew.front().isWarning());
    CHECK(tooFew.front().subjectCode == small.code);
    CHECK(tooFew.front().subjectName == small.name);
    CHECK(tooFew.front().message.contains(small.name));
    CHECK(tooFew.front().message.contains(QLatin1Char('2')));
    CHECK(str(findingKey(K::TooFewFullMembers)) == "too_few_full_members");
    CHECK(str(findingKey(K::CommitteeMissing)) == "committee_missing");

    // run() includes the same findings.
    const auto all = OrgChecks(*w.db).run(QDate(2025, 6, 1));
    CHECK(kindsAbout(all, seven.id) == Kinds { K::CommitteeMissing });
}

TEST_CASE("Organisation checks: a grid is covered by a branch or a group anchored to it or its buildings",
    "[roster][org]")
{
    World w;
    OrgChecks checks(*w.db);
    const auto uncovered = [&] {
        std::vector<std::string> names;
        for (const OrgFinding& finding : checks.uncoveredGrids()) {
            CHECK(finding.kind == OrgFinding::Kind::GridUncovered);
            names.push_back(str(finding.subjectName));
        }
        return names;
    };
    CHECK(uncovered() == std::vector<std::string> { "第一网格", "第二网格" });

    // A 党委 covering the community (or a grid) does not cover the grids.
    const PartyOrg committee
        = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"), {}, { w.community, w.grid2 });
    CHECK(uncovered().size() == 2);

    // A group anchored to a building covers the building's grid.
    const PartyOrg branch = w.add(OrgKind::Branch, s(u"中共花园新村社区第一支部委员会"), committee.id);
    w.add(OrgKind::Group, s(u"1栋党小组"), branch.id, { w.building });
    CHECK(uncovered() == std::vector<std::string> { "第二网格" });
    const auto findings = checks.uncoveredGrids();
    REQUIRE(findings.size() == 1);
    CHECK(findings.front().subjectId == w.grid2);
    CHECK(findings.front().message.contains(s(u"花园新村社区")));

    // A branch anchored to the grid itself.
    PartyOrg second = *OrgStore(*w.db).org(branch.id);
    second.nodeIds = { w.grid2 };
    REQUIRE(OrgEditor(*w.db).update(second).ok());
    CHECK(uncovered().empty());
    CHECK(kindsAbout(checks.run(QDate(2025, 6, 1)), w.grid1).empty());
}

TEST_CASE("Organisation checks: terms ending within 6 months, within 2 months, and ended", "[roster][org]")
{
    World w;
    const QDate today(2025, 6, 1);
    const PartyOrg committee = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"));
    int n = 0;
    const auto withTerm = [&](const QDate& end, OrgKind kind = OrgKind::Branch, const RecordId& parent = {}) {
        PartyOrg org;
        org.kind = kind;
        org.parentId = parent.isNull() ? committee.id : parent;
        org.name = s(u"中共花园新村社区支部委员会") + QString::number(++n);
        org.termStart = end.addYears(-3);
        org.termEnd = end;
        auto added = OrgEditor(*w.db).add(org);
        REQUIRE(added.ok());
        return added->id;
    };
    const RecordId beyond = withTerm(QDate(2025, 12, 2));  // 6 months + 1 day
    const RecordId sixMonths = withTerm(QDate(2025, 12, 1));  // exactly 6 months
    const RecordId soon = withTerm(QDate(2025, 11, 30));
    const RecordId twoMonths = withTerm(QDate(2025, 8, 1));  // exactly 2 months
    const RecordId verySoon = withTerm(QDate(2025, 7, 15));
    const RecordId endsToday = withTerm(today);
    const RecordId ended = withTerm(QDate(2025, 5, 31));
    const RecordId longAgo = withTerm(QDate(2019, 1, 1));
    const RecordId group = withTerm(QDate(2020, 1, 1), OrgKind::Group, soon);  // groups have no term

    const auto findings = OrgChecks(*w.db).terms(today);
    using K = OrgFinding::Kind;
    CHECK(kindsAbout(findings, beyond).empty());
    CHECK(kindsAbout(findings, sixMonths) == Kinds { K::TermEndingSoon });
    CHECK(kindsAbout(findings, soon) == Kinds { K::TermEndingSoon });
    CHECK(kindsAbout(findings, twoMonths) == Kinds { K::TermEndingVerySoon });
    CHECK(kindsAbout(findings, verySoon) == Kinds { K::TermEndingVerySoon });
    CHECK(kindsAbout(findings, endsToday) == Kinds { K::TermEndingVerySoon });
    CHECK(kindsAbout(findings, ended) == Kinds { K::TermOverdue });
    CHECK(kindsAbout(findings, longAgo) == Kinds { K::TermOverdue });
    CHECK(kindsAbout(findings, group).empty());
    CHECK(kindsAbout(findings, committee.id).empty());  // no term recorded

    const auto overdue = findingsAbout(findings, ended);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.front().isWarning());
    CHECK(overdue.front().message.contains(QStringLiteral("2025-05-31")));
    CHECK_FALSE(findingsAbout(findings, soon).front().isWarning());

    // Another day gives other findings: a year later all of them are overdue.
    const auto later = OrgChecks(*w.db).terms(QDate(2026, 6, 1));
    CHECK(kindsAbout(later, beyond) == Kinds { K::TermOverdue });
    CHECK(kindsAbout(later, verySoon) == Kinds { K::TermOverdue });

    // The reminder lead times are settings (domain rules 1.4: configurable).
    settings::SettingStore(*w.db).setValue(QStringLiteral("org.term.remind.first"), QStringLiteral("3"));
    const auto shorter = OrgChecks(*w.db).terms(today);
    CHECK(kindsAbout(shorter, soon).empty());
    CHECK(kindsAbout(shorter, twoMonths) == Kinds { K::TermEndingVerySoon });
}

TEST_CASE("The whole tree in one listing: parents first, siblings by sort order and code, scoped to the "
          "account",
    "[roster][org]")
{
    World w;
    hierarchy::HierarchyEditor editor(*w.db);
    const auto other = editor.add(w.street, { NodeKind::Community, s(u"北城社区"), {}, 0, std::nullopt, {} });
    REQUIRE(other.ok());
    const PartyOrg second = w.add(OrgKind::Committee, s(u"中共北城社区委员会"), {}, { other->id });
    const PartyOrg first = w.add(OrgKind::Committee, s(u"中共花园新村社区委员会"), {}, { w.community });
    PartyOrg firstUp = first;
    firstUp.sortOrder = -1;  // before the committee added earlier
    REQUIRE(OrgEditor(*w.db).update(firstUp).ok());
    // Ten branches (more than are read one by one), the nodes of one given out of code order.
    QList<PartyOrg> branches;
    for (int i = 0; i < 10; ++i)
        branches.append(w.add(OrgKind::Branch, s(u"中共花园新村社区第%1支部委员会").arg(i + 1), first.id,
            i == 0 ? QList<RecordId> { w.grid2, w.grid1 } : QList<RecordId> {}));
    PartyOrg lastFirst = branches.last();
    lastFirst.sortOrder = -5;
    REQUIRE(OrgEditor(*w.db).update(lastFirst).ok());
    const PartyOrg group = w.add(OrgKind::Group, s(u"第一党小组"), branches.first().id, { w.building });
    w.addMembers(branches.first().id, 3);
    w.addMember(group.id);

    OrgStore store(*w.db);
    const QList<PartyOrg> all = store.all();
    QStringList names;
    for (const PartyOrg& org : all)
        names << org.name;
    QStringList expected { first.name, branches.last().name, branches.first().name, group.name };
    for (int i = 1; i < 9; ++i)
        expected << branches.at(i).name;
    expected << second.name;
    CHECK(names == expected);
    CHECK(all.at(0).childCount == 10);
    CHECK(all.at(2).childCount == 1);
    CHECK(all.at(3).childCount == 0);
    CHECK(all.at(2).nodeIds == (QList<RecordId> { w.grid1, w.grid2 }));  // in code order
    CHECK(all.at(3).nodeIds == QList<RecordId> { w.building });
    CHECK(all.last().nodeIds == QList<RecordId> { other->id });
    // The tree to show: the same organisations in the same order, without the nodes.
    const QList<PartyOrg> tree = store.tree();
    REQUIRE(tree.size() == all.size());
    for (qsizetype i = 0; i < tree.size(); ++i) {
        CHECK(tree.at(i).id == all.at(i).id);
        CHECK(tree.at(i).childCount == all.at(i).childCount);
        CHECK(tree.at(i).nodeIds.isEmpty());
    }
    const QHash<RecordId, qint64> counts = store.ownMemberCounts();
    CHECK(counts.value(branches.first().id) == 3);
    CHECK(counts.value(group.id) == 1);
    CHECK_FALSE(counts.contains(first.id));

    // A secretary of the other community sees its committee alone.
    security::AccountStore accounts(*w.db);
    REQUIRE(accounts
                .add({ QStringLiteral("beicheng"), s(u"北城书记"), security::Role::CommunitySecretary,
                    other->id, QStringLiteral("Beicheng-2026") })
                .ok());
    auto secretary = test::openSignedIn(w.dir.path(QStringLiteral("org.redgrid")), QStringLiteral("beicheng"),
        QStringLiteral("Beicheng-2026"));
    const QList<PartyOrg> seen = OrgStore(*secretary).all();
    REQUIRE(seen.size() == 1);
    CHECK(OrgStore(*secretary).tree().size() == 1);
    CHECK(seen.front().id == second.id);
    CHECK(seen.front().nodeIds == QList<RecordId> { other->id });
    PartyOrg named = second;
    named.shortName = s(u"北城社区党委");
    REQUIRE(OrgEditor(*w.db).update(named).ok());
    PartyOrg hidden = first;
    hidden.shortName = s(u"花园新村社区党委");
    hidden.sortOrder = -1;
    REQUIRE(OrgEditor(*w.db).update(hidden).ok());
    CHECK(OrgStore(*secretary).shortNames() == (QHash<RecordId, QString> { { second.id, named.shortName } }));
    CHECK(OrgStore(*secretary).ownMemberCounts().isEmpty());  // the other community's members are not theirs
    CHECK(store.shortNames().size() == 2);
}
