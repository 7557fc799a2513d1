#include "demo/DemoBuilder.h"
#include "demo/DemoMembers.h"
#include "demo/DemoOrganisations.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgChecks.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "roster/MemberValidator.h"
#include "roster/PhoneNumber.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace redgrid;
using namespace redgrid::demo;
using namespace redgrid::hierarchy;
using namespace redgrid::organisation;
using namespace redgrid::roster;

namespace {

std::unique_ptr<storage::Connection> buildDemo(
    const test::TempDir& dir, const QString& name, DemoOptions options)
{
    auto built = DemoBuilder::create(dir.path(name), test::testAdministrator(), options);
    INFO((built.ok() ? QString() : built.error().toString()).toStdString());
    REQUIRE(built.ok());
    return std::move(built).value();
}

// One small demo for the tests that only read it: building it is the slow part.
storage::Connection& smallDemo()
{
    static test::TempDir dir;
    static std::unique_ptr<storage::Connection> db
        = buildDemo(dir, QStringLiteral("small.redgrid"), { 7, DemoScale::Small });
    return *db;
}

// Every member, ID numbers and phones in full, in the order they were written.
QList<RosterRow> allMembers(storage::Connection& db)
{
    std::vector<qint64> rowIds;
    auto st = db.prepare("SELECT rowid FROM member ORDER BY rowid");
    while (st.step())
        rowIds.push_back(st.int64(0));
    return MemberStore(db).rows(rowIds, Exposure::Unmasked);
}

// What a user sees of the organisations and the roster, hashed (ids and times differ by design).
QByteArray digest(storage::Connection& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PartyOrg& org : OrgStore(db).all())
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6\n")
                         .arg(org.code, org.name, org.termEnd.toString(Qt::ISODate),
                             org.foundedOn.toString(Qt::ISODate), org.phone)
                         .arg(org.hasCommittee)
                         .toUtf8());
    for (const RosterRow& row : allMembers(db)) {
        const Member& m = row.member;
        hash.addData(QStringList { m.name, m.idNumber, m.mobile, m.address, row.orgCode, m.category,
            m.joinedOn.toString(Qt::ISODate), m.convertedOn.toString(Qt::ISODate), memberStatusKey(m.status),
            m.education, m.jobPost, m.mobileDestination, m.skills.join(QLatin1Char(',')) }
                         .join(QLatin1Char('|'))
                         .toUtf8());
    }
    return hash.result().toHex();
}

int countOf(const QList<OrgFinding>& findings, OrgFinding::Kind kind)
{
    return static_cast<int>(
        std::count_if(findings.begin(), findings.end(), [&](const OrgFinding& f) { return f.kind == kind; }));
}

}  // namespace

TEST_CASE(
    "The demo sets up a 党委 for every street, community and village, with branches over the grids", "[demo]")
{
    storage::Connection& db = smallDemo();
    HierarchyStore nodes(db);
    OrgStore orgs(db);
    const QString prefix = QStringLiteral("中共重庆市江北区");

    for (const HierarchyNode& street : nodes.children(nodes.root()->id)) {
        const QList<PartyOrg> streetOrgs = orgs.coveringNode(street.id);
        REQUIRE(streetOrgs.size() == 1);
        if (street.kind == NodeKind::Street) {
            CHECK(streetOrgs[0].kind == OrgKind::WorkingCommittee);
            CHECK(streetOrgs[0].name == prefix + street.name + QStringLiteral("工作委员会"));
        } else {
            CHECK(streetOrgs[0].kind == OrgKind::Committee);  // 镇党委
            CHECK(streetOrgs[0].name == prefix + street.name + QStringLiteral("委员会"));
        }
        for (const HierarchyNode& community : nodes.children(street.id)) {
            INFO(community.name.toStdString());
            const QList<PartyOrg> covering = orgs.coveringNode(community.id);
            REQUIRE(covering.size() == 1);
            const PartyOrg& committee = covering[0];
            CHECK(committee.kind == OrgKind::Committee);
            CHECK(committee.parentId == streetOrgs[0].id);
            CHECK(committee.name == prefix + street.name + community.name + QStringLiteral("委员会"));
            CHECK(committee.category
                == (community.kind == NodeKind::Village ? QStringLiteral("3") : QStringLiteral("7")));
            CHECK_FALSE(committee.secretaryId.isNull());
            const QList<PartyOrg> branches = orgs.children(committee.id);
            REQUIRE_FALSE(branches.isEmpty());
            for (const PartyOrg& branch : branches) {
                CHECK(branch.kind == OrgKind::Branch);
                CHECK(branch.name.startsWith(prefix + street.name + community.name + QStringLiteral("第")));
                CHECK(branch.name.endsWith(QStringLiteral("网格支部委员会")));
                for (const RecordId& gridId : branch.nodeIds)
                    CHECK(nodes.node(gridId)->parentId == community.id);
                for (const PartyOrg& group : orgs.children(branch.id)) {
                    CHECK(group.kind == OrgKind::Group);
                    CHECK(group.name.endsWith(QStringLiteral("党小组")));
                    for (const RecordId& buildingId : group.nodeIds)
                        CHECK(branch.nodeIds.contains(nodes.node(buildingId)->parentId));
                }
            }
        }
    }
    CHECK(orgs.find(QStringLiteral("中共重庆市江北区观音桥街道工作委员会")).ok());
    CHECK(orgs.countByKind(OrgKind::Group) > 0);
}

TEST_CASE("Demo terms last five years and start after the founding", "[demo]")
{
    for (const PartyOrg& org : OrgStore(smallDemo()).all()) {
        INFO(org.name.toStdString());
        CHECK(org.foundedOn.isValid());
        CHECK(org.foundedOn <= QDate::currentDate());
        if (org.kind == OrgKind::Group) {
            CHECK_FALSE(org.termEnd.isValid());
            continue;
        }
        REQUIRE(org.termStart.isValid());
        CHECK(org.termStart.addYears(5) == org.termEnd);
        CHECK(org.foundedOn <= org.termStart);
        CHECK_FALSE(org.phone.isEmpty());
        CHECK(PhoneNumber::check(org.phone).ok());
    }
}

TEST_CASE("Every demo branch has members, living in the buildings it covers", "[demo]")
{
    storage::Connection& db = smallDemo();
    OrgStore orgs(db);
    HierarchyStore nodes(db);
    for (const PartyOrg& org : orgs.all()) {
        if (isBranch(org.kind)) {
            INFO(org.name.toStdString());
            CHECK(orgs.memberCount(org.id, true) > 0);
        }
    }
    const QList<RosterRow> rows = allMembers(db);
    REQUIRE(rows.size() > 200);
    REQUIRE(rows.size() < 1000);  // the small demo stays quick
    QHash<RecordId, PartyOrg> branchOf;
    for (const RosterRow& row : rows) {
        const Member& m = row.member;
        INFO(m.name.toStdString() << " " << m.address.toStdString());
        const auto building = nodes.node(m.residenceNodeId);
        REQUIRE(building);
        CHECK(building->level == NodeLevel::Building);
        const auto grid = nodes.node(building->parentId);
        const auto community = nodes.node(grid->parentId);
        const auto street = nodes.node(community->parentId);
        // "观音桥街道桃源社区金源花园3栋2单元1502号", "鱼嘴镇…村一组王家院子12号"
        CHECK(m.address.startsWith(street->name + community->name + building->name));
        CHECK(m.address.endsWith(QStringLiteral("号")));
        const RecordId branchId = orgs.branchOf(m.orgId);
        if (!branchOf.contains(branchId))
            branchOf.insert(branchId, *orgs.org(branchId));
        CHECK(branchOf[branchId].nodeIds.contains(grid->id));
        // A member in a 党小组 lives in one of its buildings.
        if (branchId != m.orgId)
            CHECK(orgs.org(m.orgId)->nodeIds.contains(building->id));
    }
}

TEST_CASE("Demo ID numbers and phones are valid and agree with the birth date and sex", "[demo]")
{
    QSet<QString> seen;
    int jiangbei = 0;
    const QList<RosterRow> rows = allMembers(smallDemo());
    for (const RosterRow& row : rows) {
        const Member& m = row.member;
        INFO(m.name.toStdString() << " " << m.idNumber.toStdString());
        const IdNumberCheck id = IdNumber::check(m.idNumber);
        REQUIRE(id.ok());
        CHECK(id.warning.isEmpty());
        CHECK(id.birthDate == m.birthDate);
        CHECK(QString::number(id.sex) == m.sex);
        CHECK(m.birthDate.year() >= 1935);
        CHECK(m.birthDate.year() <= 2003);
        CHECK_FALSE(seen.contains(m.idNumber));
        seen.insert(m.idNumber);
        jiangbei += m.idNumber.startsWith(QStringLiteral("500105")) ? 1 : 0;
        if (!m.mobile.isEmpty()) {
            const PhoneCheck phone = PhoneNumber::check(m.mobile);
            CHECK(phone.kind == PhoneKind::Mobile);
            CHECK(phone.normalised == m.mobile);
        }
        if (!m.landline.isEmpty())
            CHECK(PhoneNumber::check(m.landline).kind == PhoneKind::Landline);
    }
    // Most were registered in 江北区, not all.
    CHECK(jiangbei > rows.size() / 3);
    CHECK(jiangbei < rows.size());
}

TEST_CASE("The validator finds no errors in the demo roster, only the deliberate warnings", "[demo]")
{
    int offConversion = 0;
    int overdueProbation = 0;
    for (const RosterRow& row : allMembers(smallDemo())) {
        const QList<FieldProblem> problems = MemberValidator::check(row.member);
        INFO(row.member.name.toStdString()
            << ": " << MemberValidator::describe(problems, false).toStdString());
        CHECK_FALSE(MemberValidator::hasErrors(problems));
        for (const FieldProblem& problem : problems) {
            CHECK(problem.field == MemberField::ConvertedOn);
            (row.member.isProbationary() ? overdueProbation : offConversion) += 1;
        }
    }
    CHECK(offConversion == DemoMembers::OffConversionDates);
    CHECK(overdueProbation == DemoMembers::OverdueProbations);
}

TEST_CASE("The organisation checks find each deliberate problem of the demo", "[demo]")
{
    const QList<OrgFinding> findings = OrgChecks(smallDemo()).run(QDate::currentDate());
    CHECK(countOf(findings, OrgFinding::Kind::TooFewFullMembers) == DemoMembers::TooSmallBranches);
    CHECK(countOf(findings, OrgFinding::Kind::TooManyMembers) == DemoMembers::OversizedBranches);
    CHECK(countOf(findings, OrgFinding::Kind::CommitteeMissing) == DemoMembers::BranchesWithoutCommittee);
    CHECK(countOf(findings, OrgFinding::Kind::GridUncovered) == DemoOrganisations::UncoveredGrids);
    CHECK(countOf(findings, OrgFinding::Kind::TermOverdue) >= DemoOrganisations::MinOverdueTerms);
    CHECK(
        countOf(findings, OrgFinding::Kind::TermEndingVerySoon) >= DemoOrganisations::MinTermsEndingVerySoon);
    CHECK(countOf(findings, OrgFinding::Kind::TermEndingSoon) >= DemoOrganisations::MinTermsEndingSoon);
}

TEST_CASE(
    "Demo branches have their secretary among their members and a committee from 7 full members", "[demo]")
{
    storage::Connection& db = smallDemo();
    OrgStore orgs(db);
    MemberStore members(db);
    int withCommittee = 0;
    for (const PartyOrg& org : orgs.all()) {
        if (!isBranch(org.kind))
            continue;
        INFO(org.name.toStdString());
        REQUIRE_FALSE(org.secretaryId.isNull());
        const auto secretary = members.member(org.secretaryId);
        REQUIRE(secretary);
        CHECK(orgs.branchOf(secretary->orgId) == org.id);
        CHECK(secretary->status == MemberStatus::Active);
        CHECK_FALSE(secretary->isProbationary());
        const qint64 full = db.scalar("SELECT count(*) FROM member m JOIN party_org o ON o.id = m.org_id "
                                      "WHERE (o.id = ?1 OR o.parent_id = ?1) AND m.status = 'active' "
                                      "AND m.category = '1' AND m.standing = '1'",
            org.id);
        if (org.hasCommittee) {
            ++withCommittee;
            CHECK(full >= 7);
            CHECK_FALSE(org.contactId.isNull());
        }
    }
    CHECK(withCommittee > 0);
}

TEST_CASE("The demo roster has plausible shares of ages, sexes, education and statuses", "[demo]")
{
    storage::Connection& db = smallDemo();
    const QDate today = QDate::currentDate();
    int active = 0, probationary = 0, men = 0, all = 0;
    int oldDegrees = 0, old = 0, youngDegrees = 0, young = 0;
    int mobile = 0, lost = 0, suspended = 0, transferred = 0, dual = 0, rareSurname = 0;
    const QStringList rare { QStringLiteral("曾"), QStringLiteral("单"), QStringLiteral("乐"),
        QStringLiteral("覃"), QStringLiteral("翟"), QStringLiteral("仇"), QStringLiteral("解"),
        QStringLiteral("查"), QStringLiteral("区"), QStringLiteral("朴"), QStringLiteral("缪"),
        QStringLiteral("员"), QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"),
        QStringLiteral("上官") };
    MemberEvents events(db);
    for (const RosterRow& row : allMembers(db)) {
        const Member& m = row.member;
        ++all;
        men += m.sex == QLatin1String("1") ? 1 : 0;
        // 本科, 大专 and above
        const bool degree = m.education.startsWith(QLatin1Char('1'))
            || m.education.startsWith(QLatin1Char('2')) || m.education.startsWith(QLatin1Char('3'));
        if (m.birthDate.year() < 1960) {
            ++old;
            oldDegrees += degree ? 1 : 0;
        } else if (m.birthDate.year() >= 1985) {
            ++young;
            youngDegrees += degree ? 1 : 0;
        }
        for (const QString& surname : rare)
            if (m.name.startsWith(surname))
                ++rareSurname;
        if (m.status == MemberStatus::TransferredOut) {
            ++transferred;
            const QList<MemberEvent> history = events.history(m.id);
            REQUIRE(history.size() == 1);
            CHECK(history[0].kind == MemberEvent::Kind::TransferOut);
            CHECK_FALSE(history[0].details.value(QStringLiteral("destination")).toString().isEmpty());
            CHECK(history[0].occurredOn <= today);
        }
        if (m.standing == QLatin1String("2")) {
            ++suspended;
            CHECK(m.isLostContact());
            CHECK(m.lostContactOn.addMonths(6) <= today);
            CHECK(events.history(m.id).constFirst().kind == MemberEvent::Kind::Suspended);
        }
        if (m.status != MemberStatus::Active)
            continue;
        ++active;
        probationary += m.isProbationary() ? 1 : 0;
        if (m.isMobile) {
            ++mobile;
            CHECK_FALSE(m.mobileDestination.isEmpty());
        }
        lost += m.isLostContact() ? 1 : 0;
        dual += m.dualNodeId.isNull() ? 0 : 1;
    }
    INFO("members " << all << ", active " << active << ", probationary " << probationary << ", men " << men);
    CHECK(probationary * 100 >= 3 * active);
    CHECK(probationary * 100 <= 5 * active);
    CHECK(men * 100 >= 62 * all);
    CHECK(men * 100 <= 78 * all);
    // Older members went to school less long than younger ones.
    REQUIRE(old > 0);
    REQUIRE(young > 0);
    CHECK(oldDegrees * 100 < 35 * old);
    CHECK(youngDegrees * 100 > 60 * young);
    CHECK(mobile > 0);
    CHECK(lost > 0);
    CHECK(suspended > 0);
    CHECK(transferred > 0);
    CHECK(dual > 0);
    CHECK(rareSurname > 0);
}

TEST_CASE("The demo organisations and roster are the same for a seed and differ between seeds", "[demo]")
{
    test::TempDir dir;
    auto a = buildDemo(dir, QStringLiteral("a.redgrid"), { 11, DemoScale::Small });
    auto b = buildDemo(dir, QStringLiteral("b.redgrid"), { 11, DemoScale::Small });
    auto c = buildDemo(dir, QStringLiteral("c.redgrid"), { 12, DemoScale::Small });
    CHECK(digest(*a) == digest(*b));
    CHECK(digest(*a) != digest(*c));
    CHECK(MemberStore(*a).count(std::nullopt) == MemberStore(*b).count(std::nullopt));
}
