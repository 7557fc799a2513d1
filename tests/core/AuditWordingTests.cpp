// The audit log as people read it (core/audit/AuditWording): ids shown as the names of the
// records they stand for, coded values and keys in words, while the stored details stay as
// written. Real entries written by the real services of a real database.
#include "audit/AuditLog.h"
#include "audit/AuditWording.h"
#include "common/Utf16.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"
#include "roster/MemberEditor.h"
#include "security/AccountStore.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

// Compared as std::string, which Catch prints as text when they differ.
std::string str(const QString& text)
{
    return text.toStdString();
}

// The newest entry of an action.
audit::AuditEntry newest(storage::Connection& db, audit::AuditAction action)
{
    audit::AuditFilter filter;
    filter.action = audit::auditActionKey(action);
    filter.limit = 1;
    const auto entries = audit::AuditLog(db, {}).list(filter);
    REQUIRE(entries.size() == 1);
    return entries.first();
}

}  // namespace

TEST_CASE("Audit details read with the names of the records and the words of the values", "[audit][wording]")
{
    test::TempDir dir;
    auto db = test::createJiangbeiDatabase(dir.path(QStringLiteral("wording.redgrid")));
    hierarchy::HierarchyEditor nodes(*db);
    const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
        { hierarchy::NodeKind::Street, s(u"观音桥街道"), {}, 0, std::nullopt, {} });
    REQUIRE(street.ok());
    const auto community
        = nodes.add(street->id, { hierarchy::NodeKind::Community, s(u"电测社区"), {}, 0, std::nullopt, {} });
    REQUIRE(community.ok());

    REQUIRE(security::AccountStore(*db)
                .add({ QStringLiteral("dianceshuji"), s(u"王书记"), security::Role::CommunitySecretary,
                    community->id, QStringLiteral("Shuji-2026x") })
                .ok());
    audit::AuditWording wording(*db);
    const audit::AuditEntry created = newest(*db, audit::AuditAction::AccountCreated);
    // Stored as written: the role's key and the area's id.
    CHECK(created.details.contains(QStringLiteral("community_secretary")));
    CHECK(created.details.contains(community->id.toString()));
    CHECK(str(wording.details(created))
        == str(s(u"role: Community secretary; area: 电测社区 (Community); user name: dianceshuji")));
    CHECK(str(wording.target(created)) == str(QStringLiteral("account dianceshuji")));
    CHECK(str(wording.account(created)) == str(QStringLiteral("admin")));

    organisation::PartyOrg committee;
    committee.kind = organisation::OrgKind::Committee;
    committee.name = s(u"中共电测社区委员会");
    const auto top = organisation::OrgEditor(*db).add(committee);
    REQUIRE(top.ok());
    organisation::PartyOrg branch;
    branch.kind = organisation::OrgKind::Branch;
    branch.parentId = top->id;
    branch.name = s(u"中共电测社区第一支部委员会");
    const auto first = organisation::OrgEditor(*db).add(branch);
    REQUIRE(first.ok());
    CHECK(str(wording.details(newest(*db, audit::AuditAction::Created)))
        == str(s(u"code: %1; name: 中共电测社区第一支部委员会; higher organisation: 中共电测社区委员会")
                   .arg(first->code)));

    roster::Member m;
    m.orgId = first->id;
    m.name = s(u"张三");
    m.sex = QStringLiteral("1");
    m.ethnicity = QStringLiteral("01");
    m.birthDate = QDate(1985, 3, 12);
    m.idNumber = QStringLiteral("110105198503121238");
    m.education = QStringLiteral("21");
    m.joinedOn = QDate(2010, 7, 1);
    m.convertedOn = QDate(2011, 7, 1);
    m.mobile = QStringLiteral("13812345678");
    const auto added = roster::MemberEditor(*db).add(m);
    REQUIRE(added.ok());
    roster::Member changed = *added;
    changed.sex = QStringLiteral("2");
    changed.mobile = QStringLiteral("13987654321");
    REQUIRE(roster::MemberEditor(*db).update(changed).ok());
    const audit::AuditEntry change = newest(*db, audit::AuditAction::Changed);
    CHECK(str(wording.target(change)) == str(s(u"member 张三")));
    const QString text = wording.details(change);
    INFO(text.toStdString());
    CHECK(text.contains(s(u"sex: 男 → 女")));
    CHECK(text.contains(QStringLiteral("mobile phone: now 139****4321")));
    CHECK_FALSE(text.contains(QStringLiteral("13987654321")));

    REQUIRE(roster::MemberEditor(*db).moveTo({ added->id }, top->id).ok());
    CHECK(str(wording.details(newest(*db, audit::AuditAction::Moved)))
        == str(s(u"from: 中共电测社区第一支部委员会; to: 中共电测社区委员会")));

    // A record gone since, a key and a code nobody knows: shown as stored.
    audit::AuditEntry unknown;
    unknown.targetTable = QStringLiteral("member");
    const QString gone = RecordId::generate().toString();
    unknown.details = QStringLiteral(R"({"to":"%1","colour":"red","sex":"5"})").arg(gone);
    CHECK(str(wording.details(unknown)) == str(QStringLiteral("colour: red; sex: 5; to: %1").arg(gone)));
    unknown.details = QStringLiteral("not json");
    CHECK(str(wording.details(unknown)) == str(QStringLiteral("not json")));
}
