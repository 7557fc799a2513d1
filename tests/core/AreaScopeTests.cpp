// What an account sees beyond its members: the organisation checks and every count follow
// its area, for each role, on the small demo district (issue 21, section 1); and what an
// import tells a secretary of members outside it (issue 24, section 6).
#include "hierarchy/HierarchyStore.h"
#include "importexport/MemberImporter.h"
#include "organisation/OrgChecks.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/MemberEditor.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"
#include "support/AreaDemo.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using hierarchy::HierarchyNode;
using hierarchy::NodeLevel;
using organisation::OrgFinding;
using security::Role;

namespace {

using Demo = test::AreaDemo;

QStringList findingsOf(storage::Connection& db)
{
    QStringList result;
    for (const OrgFinding& finding : organisation::OrgChecks(db).run(Demo::Today))
        result.append(organisation::findingKey(finding.kind) + QLatin1Char(' ') + finding.subjectCode);
    result.sort();
    return result;
}

}  // namespace

TEST_CASE(
    "The organisation checks hold the findings of the account's area only", "[core][scope][organisation]")
{
    Demo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("grid"), Role::GridWorker, d.grid.id);

    // The district administrator: every finding of the district.
    const QStringList everything = findingsOf(*d.admin);
    CHECK(everything == d.findingsIn(d.district));

    // The street's administrator and the community's secretary: those of their area, their
    // own included, and none of the other streets.
    const QStringList ofStreet = d.findingsIn(d.street);
    const QStringList ofCommunity = d.findingsIn(d.community);
    REQUIRE(ofCommunity.size() >= 2);
    CHECK_FALSE(ofCommunity.filter(QStringLiteral("term_overdue")).isEmpty());
    CHECK(ofCommunity.contains(QStringLiteral("grid_uncovered ") + d.grid.code));
    REQUIRE(ofStreet.size() > ofCommunity.size());
    REQUIRE(everything.size() > ofStreet.size());
    CHECK(findingsOf(*d.signIn(QStringLiteral("street"))) == ofStreet);
    auto secretary = d.signIn(QStringLiteral("secretary"));
    CHECK(findingsOf(*secretary) == ofCommunity);
    CHECK(organisation::OrgChecks(*secretary).allowed().ok());

    // A grid worker may not read organisations: no checks, and a reason.
    auto gridWorker = d.signIn(QStringLiteral("grid"));
    CHECK(findingsOf(*gridWorker).isEmpty());
    const Status refused = organisation::OrgChecks(*gridWorker).allowed();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("grid")));
}

TEST_CASE("Counts and households follow the account's area", "[core][scope][hierarchy]")
{
    Demo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("grid"), Role::GridWorker, d.grid.id);
    hierarchy::HierarchyStore admin(*d.admin);
    const qint64 districtHouseholds = admin.householdsBelow(d.district.id);
    const qint64 communityHouseholds = admin.householdsBelow(d.community.id);
    REQUIRE(communityHouseholds > 0);
    REQUIRE(districtHouseholds > admin.householdsBelow(d.street.id));

    struct Case
    {
        QString account;
        HierarchyNode area;
    };
    for (const Case& c : { Case { QStringLiteral("street"), d.street },
             Case { QStringLiteral("secretary"), d.community }, Case { QStringLiteral("grid"), d.grid } }) {
        INFO(c.account.toStdString());
        auto db = d.signIn(c.account);
        hierarchy::HierarchyStore store(*db);
        // The district above the area is seen (the path down to it), its figures are the area's.
        CHECK(store.householdsBelow(d.district.id) == admin.householdsBelow(c.area.id));
        CHECK(store.householdsBelow(c.area.id) == admin.householdsBelow(c.area.id));
        const hierarchy::LevelCounts below = store.countBelow(d.district.id);
        const hierarchy::LevelCounts areaBelow = admin.countBelow(c.area.id);
        CHECK(below[c.area.level] == 1);
        for (int level = int(c.area.level) + 1; level <= int(NodeLevel::Building); ++level)
            CHECK(below[NodeLevel(level)] == areaBelow[NodeLevel(level)]);
        const hierarchy::LevelCounts levels = store.countByLevel();
        CHECK(levels[NodeLevel::District] == 0);
        CHECK(levels[c.area.level] == 1);
        CHECK(levels.total() == areaBelow.total() + 1);
    }

    // Organisations and members: those of the area, also counted by kind and per organisation.
    auto secretary = d.signIn(QStringLiteral("secretary"));
    organisation::OrgStore orgs(*secretary);
    const QSet<RecordId> own = d.orgsOf(d.community);
    CHECK(orgs.count() == own.size());
    qint64 byKind = 0;
    for (organisation::OrgKind kind : organisation::allOrgKinds())
        byKind += orgs.countByKind(kind);
    CHECK(byKind == own.size());
    const QSet<RecordId> ofStreet = d.orgsOf(d.street);
    RecordId outside;
    for (const RecordId& id : ofStreet)
        if (!own.contains(id) && organisation::OrgStore(*d.admin).memberCount(id, true) > 0)
            outside = id;
    REQUIRE_FALSE(outside.isNull());
    CHECK(orgs.memberCount(outside, true) == 0);
    CHECK(orgs.memberCount(outside, false) == 0);
    qint64 members = 0;
    for (const organisation::PartyOrg& org : orgs.all())
        members += orgs.memberCount(org.id, false);
    CHECK(roster::MemberStore(*secretary).count(roster::MemberStatus::Active) == members);
    CHECK(members > 0);
}

TEST_CASE("A community secretary changes the top organisation of their area, not where it sits",
    "[core][scope][organisation]")
{
    Demo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    organisation::PartyOrg committee = organisation::OrgStore(*d.admin).coveringNode(d.community.id).front();
    const RecordId streetCommittee = committee.parentId;
    REQUIRE_FALSE(streetCommittee.isNull());
    auto secretary = d.signIn(QStringLiteral("secretary"));
    // Its parent, the street's committee, lies outside their area: the committee is still theirs.
    committee.phone = QStringLiteral("023-67890000");
    const auto updated = organisation::OrgEditor(*secretary).update(committee);
    INFO((updated ? QString() : updated.error().message).toStdString());
    REQUIRE(updated.ok());
    CHECK(organisation::OrgStore(*d.admin).org(committee.id)->phone == QStringLiteral("023-67890000"));
    CHECK(organisation::OrgStore(*d.admin).org(committee.id)->parentId == streetCommittee);
    // Moving it out from under the street, or to the top, is refused.
    CHECK_FALSE(organisation::OrgEditor(*secretary).move(committee.id, {}).ok());
}

TEST_CASE(
    "A secretary cannot learn where an ID number outside their area is registered", "[core][scope][import]")
{
    Demo d;
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    auto secretary = d.signIn(QStringLiteral("secretary"));
    // A member the secretary may not see, read in full as the administrator.
    std::optional<roster::Member> outside;
    {
        auto ids = d.admin->prepare("SELECT id FROM member ORDER BY rowid");
        while (!outside && ids.step()) {
            const auto member = roster::MemberStore(*d.admin).member(ids.id(0), roster::Exposure::Unmasked);
            if (member && roster::MemberStore(*secretary).lookupByIdNumber(member->idNumber).outsideScope)
                outside = member;
        }
    }
    REQUIRE(outside);
    const auto registeredIn = organisation::OrgStore(*d.admin).org(outside->orgId);
    REQUIRE(registeredIn);
    const QString whereRegistered = registeredIn->name;
    // A branch of the secretary's own community to import the number into.
    QString ownBranch;
    RecordId ownBranchId;
    for (const organisation::PartyOrg& org : organisation::OrgStore(*secretary).coveringNode(d.community.id))
        for (const organisation::PartyOrg& child : organisation::OrgStore(*secretary).children(org.id))
            if (organisation::isBranch(child.kind) && ownBranch.isEmpty()) {
                ownBranch = child.name;
                ownBranchId = child.id;
            }
    REQUIRE_FALSE(ownBranch.isEmpty());

    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("花名册.csv"));
    test::writeText(csv,
        QStringLiteral("姓名,所在党支部,公民身份证号,性别,加入党组织日期,转为正式党员日期\n%1,%2,%3,%4,2010-"
                       "07-01,2011-07-01\n")
            .arg(outside->name, ownBranch, outside->idNumber,
                outside->sex == QStringLiteral("2") ? QStringLiteral("女") : QStringLiteral("男")));
    const qint64 before = d.admin->scalar("SELECT count(*) FROM member");
    importexport::MemberImportOptions options;
    options.today = Demo::Today;
    const auto report = importexport::MemberImporter(*secretary).run(csv, options);
    REQUIRE(report.ok());
    CHECK(report->rejected == 1);
    REQUIRE(report->firstRejected.size() == 1);
    const QString reason = report->firstRejected.front().reasons;
    INFO(reason.toStdString());
    CHECK(reason.contains(QStringLiteral("公民身份证号")));
    CHECK_FALSE(reason.contains(QStringLiteral("outside")));
    CHECK_FALSE(reason.contains(QStringLiteral("registered")));
    CHECK_FALSE(reason.contains(whereRegistered));
    CHECK(d.admin->scalar("SELECT count(*) FROM member") == before);

    // The form's Add says no more.
    roster::Member typed = *outside;
    typed.id = RecordId();
    typed.orgId = ownBranchId;
    const auto added = roster::MemberEditor(*secretary).add(typed);
    REQUIRE_FALSE(added.ok());
    CHECK_FALSE(added.error().message.contains(QStringLiteral("already on record")));
}
