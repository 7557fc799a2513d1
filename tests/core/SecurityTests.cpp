// Accounts, roles and scopes, passwords and lockout, the recovery key, and the member
// fields sealed at rest, on real database files.
#include "audit/AuditLog.h"
#include "demo/DemoBuilder.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/MemberExporter.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "security/AccountStore.h"
#include "security/AuditTrail.h"
#include "security/KeySlots.h"
#include "security/PasswordPolicy.h"
#include "security/RecoveryKey.h"
#include "security/SecuredFile.h"
#include "security/SignIn.h"
#include "storage/DatabaseFile.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <sodium.h>

using namespace redgrid;
using namespace redgrid::security;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

// A small demo district, its administrator signed in, and two of its communities.
struct District
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("district.redgrid"));
    std::unique_ptr<storage::Connection> admin;
    hierarchy::HierarchyNode communityA, communityB;
    hierarchy::HierarchyNode gridA;  // a grid of community A

    District()
    {
        auto built
            = demo::DemoBuilder::create(path, test::testAdministrator(), { 7, demo::DemoScale::Small });
        REQUIRE(built.ok());
        admin = std::move(built).value();
        const auto communities = hierarchy::HierarchyStore(*admin).search(
            QStringLiteral("社区"), 50, hierarchy::NodeLevel::Community);
        REQUIRE(communities.size() >= 2);
        communityA = communities.at(0);
        communityB = communities.at(1);
        const auto grids = hierarchy::HierarchyStore(*admin).children(communityA.id);
        REQUIRE_FALSE(grids.isEmpty());
        gridA = grids.at(0);
        REQUIRE(gridA.level == hierarchy::NodeLevel::Grid);
    }

    void addAccount(const QString& name, Role role, const RecordId& area)
    {
        auto added = AccountStore(*admin).add({ name, {}, role, area, QStringLiteral("Secret-2026") });
        REQUIRE(added.ok());
    }

    std::unique_ptr<storage::Connection> signIn(const QString& name)
    {
        return test::openSignedIn(path, name, QStringLiteral("Secret-2026"));
    }

    // The active members of the organisations covering a community (as the administrator sees them).
    std::vector<roster::Member> membersOf(const hierarchy::HierarchyNode& community)
    {
        std::vector<roster::Member> result;
        for (const auto& org : organisation::OrgStore(*admin).coveringNode(community.id)) {
            roster::RosterCursor cursor(*admin, { .orgId = org.id }, {});
            std::vector<qint64> rowIds;
            cursor.fetch(rowIds, 1000);
            for (const auto& row : roster::MemberStore(*admin).rows(rowIds, roster::Exposure::Unmasked))
                result.push_back(row.member);
        }
        return result;
    }
};

qint64 visibleMembers(storage::Connection& db)
{
    roster::RosterCursor cursor(db, {}, {});
    return cursor.count();
}

}  // namespace

TEST_CASE("A community secretary reads and changes only their own community", "[core][security][scope]")
{
    District d;
    d.addAccount(QStringLiteral("sec-a"), Role::CommunitySecretary, d.communityA.id);
    const auto own = d.membersOf(d.communityA);
    const auto other = d.membersOf(d.communityB);
    REQUIRE_FALSE(own.empty());
    REQUIRE_FALSE(other.empty());
    auto db = d.signIn(QStringLiteral("sec-a"));

    // Reading: the roster holds their community's members and no one else's.
    roster::MemberStore members(*db);
    roster::MemberEditor editor(*db);
    const qint64 seen = visibleMembers(*db);
    CHECK(seen >= qint64(own.size()));
    CHECK(seen < visibleMembers(*d.admin));
    CHECK(members.member(own.front().id).has_value());
    CHECK_FALSE(members.member(other.front().id).has_value());
    CHECK_FALSE(members.findByIdNumber(other.front().idNumber).has_value());
    roster::RosterCursor byName(*db, { .search = other.front().idNumber }, {});
    CHECK(byName.count() == 0);
    CHECK(hierarchy::HierarchyStore(*db).node(d.communityA.id).has_value());
    CHECK_FALSE(hierarchy::HierarchyStore(*db).node(d.communityB.id).has_value());
    const auto otherOrgs = organisation::OrgStore(*d.admin).coveringNode(d.communityB.id);
    REQUIRE_FALSE(otherOrgs.empty());
    CHECK_FALSE(organisation::OrgStore(*db).org(otherOrgs.front().id).has_value());

    // Changing: every write about the other community is refused, and nothing changes.
    roster::Member edited = other.front();
    edited.remarks = QStringLiteral("改了");
    const auto updated = editor.update(edited);
    REQUIRE_FALSE(updated.ok());
    CHECK(s(updated.error().message).find("outside") != std::string::npos);
    CHECK_FALSE(editor.moveTo({ own.front().id }, other.front().orgId).ok());
    CHECK_FALSE(editor.moveTo({ other.front().id }, own.front().orgId).ok());
    CHECK_FALSE(
        roster::MemberEvents(*db).suspend(other.front().id, QDate::currentDate(), QStringLiteral("x")).ok());
    roster::Member newcomer = own.front();
    newcomer.orgId = other.front().orgId;
    newcomer.idNumber = QStringLiteral("500105199001011235");
    CHECK_FALSE(editor.add(newcomer).ok());
    organisation::PartyOrg org = otherOrgs.front();
    org.remarks = QStringLiteral("改了");
    CHECK_FALSE(organisation::OrgEditor(*db).update(org).ok());
    CHECK_FALSE(hierarchy::HierarchyEditor(*db).rename(d.communityB.id, QStringLiteral("别的社区")).ok());
    CHECK(roster::MemberStore(*d.admin).member(other.front().id)->remarks == other.front().remarks);
    CHECK(hierarchy::HierarchyStore(*d.admin).node(d.communityB.id)->name == d.communityB.name);

    // Their own community they may change.
    roster::Member mine = own.front();
    mine.remarks = QStringLiteral("本社区");
    CHECK(editor.update(mine).ok());
    // …but not accounts, nor the audit log.
    CHECK_FALSE(AccountStore(*db).list().ok());
    CHECK_FALSE(AccountStore(*db)
                    .add({ QStringLiteral("x"), {}, Role::GridWorker, d.communityA.id,
                        QStringLiteral("Secret-2026") })
                    .ok());
}

TEST_CASE("Grid workers and auditors read no party members", "[core][security][scope]")
{
    District d;
    d.addAccount(QStringLiteral("grid"), Role::GridWorker, d.gridA.id);
    d.addAccount(QStringLiteral("audit"), Role::Auditor, {});
    const auto own = d.membersOf(d.communityA);
    REQUIRE_FALSE(own.empty());
    for (const QString& name : { QStringLiteral("grid"), QStringLiteral("audit") }) {
        auto db = d.signIn(name);
        INFO(s(name));
        CHECK(visibleMembers(*db) == 0);
        CHECK_FALSE(roster::MemberStore(*db).member(own.front().id).has_value());
        CHECK(roster::MemberStore(*db).rows({ 1, 2, 3 }).isEmpty());
        roster::Member edited = own.front();
        edited.remarks = QStringLiteral("x");
        CHECK_FALSE(roster::MemberEditor(*db).update(edited).ok());
    }
    // A grid worker sees where their grids are; an auditor not even that.
    CHECK(hierarchy::HierarchyStore(*d.signIn(QStringLiteral("grid"))).node(d.gridA.id).has_value());
    CHECK_FALSE(
        hierarchy::HierarchyStore(*d.signIn(QStringLiteral("audit"))).node(d.communityA.id).has_value());
}

TEST_CASE("Nobody signed in, nothing read", "[core][security]")
{
    District d;
    auto opened = storage::DatabaseFile::open(d.path);
    REQUIRE(opened.ok());
    CHECK(visibleMembers(**opened) == 0);
    CHECK_FALSE(hierarchy::HierarchyStore(**opened).root().has_value());
    CHECK(organisation::OrgStore(**opened).all().isEmpty());
}

TEST_CASE("Unmasked values only for roles allowed to see them", "[core][security][masking]")
{
    District d;
    const auto own = d.membersOf(d.communityA);
    REQUIRE_FALSE(own.empty());
    const roster::Member& m = own.front();
    REQUIRE(m.idNumber.size() == 18);
    // An administrator asking for the full value gets it, and the audit log says so.
    audit::AuditLog log(*d.admin, {});
    const qint64 before = log.count({});
    CHECK(roster::MemberStore(*d.admin).member(m.id, roster::Exposure::Unmasked)->idNumber == m.idNumber);
    CHECK(log.count({}) == before + 1);
    CHECK(log.list({}).front().action == QStringLiteral("viewed_unmasked"));
    // Masked by default.
    CHECK(roster::MemberStore(*d.admin).member(m.id)->idNumber
        == m.idNumber.left(6) + QStringLiteral("********") + m.idNumber.right(4));
}

TEST_CASE("Passwords need 8 characters of 3 kinds", "[core][security][password]")
{
    CHECK(PasswordPolicy::problem(QStringLiteral("Ab1-")));
    CHECK(PasswordPolicy::problem(QStringLiteral("abcdefgh")));
    CHECK(PasswordPolicy::problem(QStringLiteral("abcdefg1")));
    CHECK_FALSE(PasswordPolicy::problem(QStringLiteral("abcdefG1")));
    CHECK_FALSE(PasswordPolicy::problem(QStringLiteral("abcdef-1")));
    CHECK_FALSE(PasswordPolicy::problem(QStringLiteral("党建引领ab12")));
    test::TempDir dir;
    auto weak = security::SecuredFile::create(dir.path(QStringLiteral("weak.redgrid")),
        { QStringLiteral("admin"), {}, QStringLiteral("password") }, {});
    REQUIRE_FALSE(weak.ok());
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("weak.redgrid"))));
}

TEST_CASE("Five wrong passwords lock an account for 15 minutes", "[core][security][password]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("lock.redgrid"));
    test::createJiangbeiDatabase(path);
    auto db = storage::DatabaseFile::open(path);
    REQUIRE(db.ok());
    const qint64 t0 = nowMs();
    for (int i = 0; i < 4; ++i) {
        const auto wrong
            = SignIn::withPassword(**db, QStringLiteral("admin"), QStringLiteral("Wrong-2026"), t0);
        REQUIRE_FALSE(wrong.ok());
        CHECK(s(wrong.error().message) == "wrong user name or password");
    }
    const auto fifth = SignIn::withPassword(**db, QStringLiteral("admin"), QStringLiteral("Wrong-2026"), t0);
    REQUIRE_FALSE(fifth.ok());
    CHECK(s(fifth.error().message).find("locked for 15 minutes") != std::string::npos);
    // Locked: even the right password is refused, until the 15 minutes are over.
    const auto locked
        = SignIn::withPassword(**db, QStringLiteral("admin"), test::TestPassword, t0 + 14 * 60000);
    REQUIRE_FALSE(locked.ok());
    CHECK(s(locked.error().message).find("locked until") != std::string::npos);
    CHECK(SignIn::withPassword(**db, QStringLiteral("admin"), test::TestPassword, t0 + 16 * 60000).ok());
    // The failures and the lockout are in the audit log, sealed by the successful sign-in.
    audit::AuditLog log(**db, {});
    CHECK(log.count({ .action = QStringLiteral("login_failed") }) == 5);
    CHECK(log.count({ .action = QStringLiteral("locked_out") }) == 1);
    for (const auto& entry : log.list({}))
        CHECK(entry.isSealed());
    // An unknown user gets the same answer as a wrong password.
    const auto unknown = SignIn::withPassword(**db, QStringLiteral("nobody"), test::TestPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(s(unknown.error().message) == "wrong user name or password");
}

TEST_CASE("Five wrong attempts under a name no account has are answered as for an account",
    "[core][security][password]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("unknown.redgrid"));
    test::createJiangbeiDatabase(path);
    auto db = storage::DatabaseFile::open(path);
    REQUIRE(db.ok());
    // The same five attempts and a sixth, for the administrator and for a name nobody has.
    const auto answers = [&](const QString& name) {
        const qint64 t0 = nowMs();
        QStringList said;
        for (int i = 0; i < 6; ++i) {
            const auto refused = SignIn::withPassword(**db, name, QStringLiteral("Wrong-2026"), t0);
            REQUIRE_FALSE(refused.ok());
            // The time a lock ends (HH:mm) is the same but for the milliseconds between them.
            said.append(QString(refused.error().message)
                            .replace(name, QStringLiteral("NAME"))
                            .remove(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d$"))));
        }
        return said;
    };
    const QStringList real = answers(QStringLiteral("admin"));
    const QStringList unknown = answers(QStringLiteral("nobody"));
    CHECK(s(real[4]).find("locked for 15 minutes") != std::string::npos);
    CHECK(s(real[5]).find("locked until") != std::string::npos);
    CHECK(unknown == real);
    // The lockout of a name passes as an account's does.
    CHECK(s(SignIn::withPassword(
              **db, QStringLiteral("nobody"), QStringLiteral("Wrong-2026"), nowMs() + 16 * 60000)
                  .error()
                  .message)
        == "wrong user name or password");
}

TEST_CASE("Administrators reset passwords; users change their own; locked accounts stay out",
    "[core][security][password]")
{
    District d;
    d.addAccount(QStringLiteral("sec-a"), Role::CommunitySecretary, d.communityA.id);
    AccountStore admin(*d.admin);
    REQUIRE(admin.resetPassword(QStringLiteral("sec-a"), QStringLiteral("Reset-2026")).ok());
    auto db = test::openSignedIn(d.path, QStringLiteral("sec-a"), QStringLiteral("Reset-2026"));
    AccountStore own(*db);
    CHECK_FALSE(own.changeOwnPassword(QStringLiteral("Wrong-2026"), QStringLiteral("Mine-20261")).ok());
    CHECK_FALSE(own.changeOwnPassword(QStringLiteral("Reset-2026"), QStringLiteral("short")).ok());
    REQUIRE(own.changeOwnPassword(QStringLiteral("Reset-2026"), QStringLiteral("Mine-20261")).ok());
    auto reopened = storage::DatabaseFile::open(d.path);
    CHECK_FALSE(SignIn::withPassword(**reopened, QStringLiteral("sec-a"), QStringLiteral("Reset-2026")).ok());
    CHECK(SignIn::withPassword(**reopened, QStringLiteral("sec-a"), QStringLiteral("Mine-20261")).ok());
    // The same master key opens the same sealed values, whatever the password.
    CHECK(visibleMembers(**reopened) > 0);

    REQUIRE(admin.lock(QStringLiteral("sec-a")).ok());
    auto again = storage::DatabaseFile::open(d.path);
    const auto refused = SignIn::withPassword(**again, QStringLiteral("sec-a"), QStringLiteral("Mine-20261"));
    REQUIRE_FALSE(refused.ok());
    CHECK(s(refused.error().message).find("locked") != std::string::npos);
    REQUIRE(admin.unlock(QStringLiteral("sec-a")).ok());
    CHECK(SignIn::withPassword(**again, QStringLiteral("sec-a"), QStringLiteral("Mine-20261")).ok());
}

TEST_CASE("The recovery key opens the database when every password is lost", "[core][security][recovery]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("recover.redgrid"));
    SecuredDatabase secured;
    {
        auto created = security::SecuredFile::create(path, test::testAdministrator(), {}, &secured);
        REQUIRE(created.ok());
    }
    REQUIRE(secured.recoveryKey.size() == 13 * 4 + 12);
    REQUIRE(RecoveryKey::parse(secured.recoveryKey.toLower().remove(QLatin1Char('-'))).has_value());
    auto db = storage::DatabaseFile::open(path);
    REQUIRE(db.ok());
    // A wrong key (one character changed) and a malformed one are refused.
    QString wrong = secured.recoveryKey;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(
        SignIn::withRecoveryKey(**db, QStringLiteral("admin"), wrong, QStringLiteral("New-pass-2026")).ok());
    CHECK_FALSE(SignIn::withRecoveryKey(
        **db, QStringLiteral("admin"), QStringLiteral("AAAA"), QStringLiteral("New-pass-2026"))
                    .ok());
    REQUIRE(SignIn::withRecoveryKey(
        **db, QStringLiteral("admin"), secured.recoveryKey, QStringLiteral("New-pass-2026"))
                .ok());
    auto reopened = storage::DatabaseFile::open(path);
    CHECK_FALSE(SignIn::withPassword(**reopened, QStringLiteral("admin"), test::TestPassword).ok());
    CHECK(SignIn::withPassword(**reopened, QStringLiteral("admin"), QStringLiteral("New-pass-2026")).ok());
}

TEST_CASE("Programs derive keys at a cost well above libsodium's interactive one", "[core][security]")
{
    const KdfCost standard = KdfCost::standard();
    CHECK(standard.opsLimit == 6);
    CHECK(standard.memLimit == 64 * 1024 * 1024);
    CHECK(standard.opsLimit >= 3 * crypto_pwhash_OPSLIMIT_INTERACTIVE);
    CHECK(standard.memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    // Tests run at the interactive cost (TestMain); a slot weaker than that is refused.
    CHECK(KeySlots::costOfNewSlots().isAtLeastInteractive());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("weakened.redgrid"));
    test::createJiangbeiDatabase(path);
    {
        auto raw = storage::Connection::open(path, storage::Connection::OpenMode::ReadWrite);
        raw->exec("UPDATE key_slot SET ops_limit = 1, mem_limit = 8192 WHERE kind = 'password'");
    }
    auto db = storage::DatabaseFile::open(path);
    CHECK_FALSE(SignIn::withPassword(**db, QStringLiteral("admin"), test::TestPassword).ok());
}

TEST_CASE("Changes, views and exports are written to the audit log", "[core][security][audit]")
{
    District d;
    audit::AuditLog log(*d.admin, {});
    const auto latest = [&] { return log.list({ .limit = 1 }).value(0); };

    REQUIRE(hierarchy::HierarchyEditor(*d.admin).rename(d.communityA.id, QStringLiteral("新名社区")).ok());
    CHECK(latest().action == QStringLiteral("changed"));
    CHECK(latest().targetTable == QStringLiteral("hierarchy_node"));
    CHECK(latest().targetId == d.communityA.id);
    CHECK(latest().details.contains(QStringLiteral("新名社区")));
    CHECK(latest().username == QStringLiteral("admin"));

    auto org = organisation::OrgStore(*d.admin).coveringNode(d.communityA.id).value(0);
    org.remarks = QStringLiteral("备注");
    REQUIRE(organisation::OrgEditor(*d.admin).update(org).ok());
    CHECK(latest().targetTable == QStringLiteral("party_org"));

    const auto own = d.membersOf(d.communityA);
    REQUIRE(roster::MemberEvents(*d.admin)
                .suspend(own.front().id, QDate::currentDate(), QStringLiteral("测试"))
                .ok());
    CHECK(latest().action == QStringLiteral("member_event"));
    CHECK(latest().details.contains(QStringLiteral("suspended")));

    const QString file = d.dir.path(QStringLiteral("roster.csv"));
    REQUIRE(
        importexport::MemberExporter(*d.admin).run(file, { .exposure = roster::Exposure::Unmasked }).ok());
    CHECK(latest().action == QStringLiteral("exported"));
    CHECK(latest().details.contains(QStringLiteral("\"unmasked\":true")));

    // A grid worker may not export, and a refused export leaves no file.
    d.addAccount(QStringLiteral("grid"), Role::GridWorker, d.gridA.id);
    auto grid = d.signIn(QStringLiteral("grid"));
    const QString refused = d.dir.path(QStringLiteral("refused.csv"));
    CHECK_FALSE(importexport::MemberExporter(*grid).run(refused, {}).ok());
    CHECK_FALSE(QFile::exists(refused));
    // Every entry so far is sealed and the chain is intact.
    auto verified = verifyAuditLog(*d.admin);
    REQUIRE(verified.ok());
    CHECK(verified->isIntact());
}

TEST_CASE("An account's area is the level of the hierarchy its role works at", "[core][security]")
{
    District d;
    const RecordId street = hierarchy::HierarchyStore(*d.admin).ancestors(d.communityA.id).value(1).id;
    REQUIRE(hierarchy::HierarchyStore(*d.admin).node(street)->level == hierarchy::NodeLevel::Street);
    AccountStore accounts(*d.admin);
    const auto add = [&](const QString& name, Role role, const RecordId& area) {
        return accounts.add({ name, {}, role, area, QStringLiteral("Secret-2026") });
    };
    // A secretary of a street, a grid worker of a street, a street administrator of the
    // whole database: each would reach far more than the role is for.
    const auto secretaryOfStreet = add(QStringLiteral("s1"), Role::CommunitySecretary, street);
    REQUIRE_FALSE(secretaryOfStreet.ok());
    CHECK(secretaryOfStreet.error().message.contains(QStringLiteral("must be")));
    CHECK_FALSE(add(QStringLiteral("g1"), Role::GridWorker, street).ok());
    const auto streetAdminEverywhere = add(QStringLiteral("a1"), Role::StreetAdmin, {});
    REQUIRE_FALSE(streetAdminEverywhere.ok());
    CHECK(streetAdminEverywhere.error().message.contains(QStringLiteral("needs an area")));
    CHECK_FALSE(add(QStringLiteral("s2"), Role::CommunitySecretary, {}).ok());
    CHECK(d.admin->scalar("SELECT count(*) FROM account") == 1);  // none of them was made

    CHECK(add(QStringLiteral("s3"), Role::CommunitySecretary, d.communityA.id).ok());
    CHECK(add(QStringLiteral("g2"), Role::GridWorker, d.gridA.id).ok());
    CHECK(add(QStringLiteral("g3"), Role::GridWorker, d.communityA.id).ok());  // its grids
    CHECK(add(QStringLiteral("a2"), Role::StreetAdmin, street).ok());
    CHECK(add(QStringLiteral("d2"), Role::DistrictAdmin, {}).ok());
    CHECK(add(QStringLiteral("au"), Role::Auditor, {}).ok());
}
