// What a first import asks of the user (MemberImporter): the codes of values no code table
// knows, chosen and remembered per database; the branches the file names that do not exist
// yet, listed and set up below a chosen organisation.
#include "common/Utf16.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/MemberImporter.h"
#include "importexport/ValueMapping.h"
#include "organisation/OrgEditor.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "roster/MemberStore.h"
#include "security/AccountStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::importexport;

namespace {

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + roster::IdNumber::checkCharacter(first17);
}

const QDate Today(2025, 6, 1);
const QString Branch1 = QStringLiteral("中共红旗河沟社区第一支部委员会");
const QString Branch2 = QStringLiteral("中共红旗河沟社区第二支部委员会");

struct Row
{
    QString name, org, id, jobPost;
};

// A short roster as an office keeps it: 姓名, 所在党支部, 公民身份证号, 工作岗位 and the dates.
QString writeRoster(const test::TempDir& dir, const QString& name, const QList<Row>& rows)
{
    QString text = s(u"姓名,所在党支部,公民身份证号,性别,加入党组织日期,转为正式党员日期,工作岗位\n");
    for (const Row& row : rows)
        text += QStringLiteral("%1,%2,%3,男,2010-07-01,2011-07-01,%4\n")
                    .arg(row.name, row.org, row.id, row.jobPost);
    const QString path = dir.path(name);
    test::writeText(path, text);
    return path;
}

QList<Row> fourMembers()
{
    return { { s(u"李明"), Branch1, idFor(QDate(1980, 1, 1), 11), s(u"企业管理人员") },
        { s(u"王刚"), Branch1, idFor(QDate(1981, 2, 2), 13), s(u"公务员") },
        { s(u"赵强"), Branch2, idFor(QDate(1982, 3, 3), 15), s(u"企业管理人员") },
        { s(u"孙伟"), Branch2, idFor(QDate(1983, 4, 4), 17), s(u"网格员") } };
}

MemberImportReport run(storage::Connection& db, const QString& path, MemberImportOptions options = {})
{
    options.today = Today;
    auto report = MemberImporter(db).run(path, options);
    INFO((report ? QString() : report.error().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->read == report->inserted + report->updated + report->unchanged + report->rejected);
    return *report;
}

std::optional<roster::Member> member(storage::Connection& db, const QString& id)
{
    return roster::MemberStore(db).findByIdNumber(id, roster::Exposure::Unmasked);
}

const UnknownValueCount* unknown(const MemberImportReport& report, const QString& text)
{
    for (const UnknownValueCount& value : report.unknownValues)
        if (value.text == text)
            return &value;
    return nullptr;
}

RecordId addOrg(storage::Connection& db, const RecordId& parent, organisation::OrgKind kind,
    const QString& name, const QList<RecordId>& nodes = {})
{
    organisation::PartyOrg org;
    org.parentId = parent;
    org.kind = kind;
    org.name = name;
    org.nodeIds = nodes;
    const auto added = organisation::OrgEditor(db).add(org);
    INFO((added ? QString() : added.error().toString()).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

}  // namespace

TEST_CASE(
    "Import choices: a code chosen for an unknown value is used, listed and remembered", "[roster][import]")
{
    test::TempDir dir;
    auto db = test::createJiangbeiDatabase(dir.path(QStringLiteral("v.redgrid")));
    const RecordId top = addOrg(*db, {}, organisation::OrgKind::Committee, s(u"中共红旗河沟社区委员会"));
    addOrg(*db, top, organisation::OrgKind::Branch, Branch1);
    addOrg(*db, top, organisation::OrgKind::Branch, Branch2);
    const QList<Row> rows = fourMembers();
    const QString path = writeRoster(dir, QStringLiteral("花名册.csv"), rows);

    // A dry run lists the values with their rows; nothing chosen yet.
    MemberImportOptions dry;
    dry.dryRun = true;
    const MemberImportReport first = run(*db, path, dry);
    CHECK(first.rejected == 0);
    REQUIRE(first.unknownValues.size() == 2);
    const UnknownValueCount* manager = unknown(first, s(u"企业管理人员"));
    REQUIRE(manager);
    CHECK(manager->field == RosterField::JobPost);
    CHECK(manager->rows == 2);
    CHECK(manager->firstRow == 2);
    CHECK_FALSE(manager->chosenCode.has_value());
    REQUIRE(unknown(first, s(u"网格员")));
    CHECK(unknown(first, s(u"网格员"))->rows == 1);
    CHECK(first.firstWarnings.size() == 3);

    // The user chooses 021 (非公有制单位 企业管理人员) for one and leaves the other out.
    MemberImportOptions options;
    options.valueMapping.set(RosterField::JobPost, s(u"企业管理人员"), QStringLiteral("021"));
    options.valueMapping.set(RosterField::JobPost, s(u"网格员"), QString());
    const auto preview = MemberImporter(*db).preview(path, options, 10);
    REQUIRE(preview.ok());
    for (const MemberPreviewRow& row : *preview) {
        CHECK(row.errors.isEmpty());
        CHECK(row.warnings.isEmpty());
    }
    const MemberImportReport imported = run(*db, path, options);
    CHECK(imported.inserted == 4);
    CHECK(imported.warnings == 0);
    CHECK(imported.unknownValues.size() == 2);
    CHECK(unknown(imported, s(u"企业管理人员"))->chosenCode == QStringLiteral("021"));
    CHECK(unknown(imported, s(u"网格员"))->chosenCode == QString());
    CHECK(member(*db, rows[0].id)->jobPost == QStringLiteral("021"));
    CHECK(member(*db, rows[2].id)->jobPost == QStringLiteral("021"));
    CHECK(member(*db, rows[3].id)->jobPost.isEmpty());

    // Remembered: the next roster of the office imports without asking.
    const ValueMapping remembered = ValueMapping::remembered(*db);
    CHECK(remembered.codeFor(RosterField::JobPost, s(u"企业管理人员")) == QStringLiteral("021"));
    const Row newcomer { s(u"周敏"), Branch2, idFor(QDate(1984, 5, 5), 19), s(u" 企业管理人员 ") };
    const MemberImportReport next = run(*db, writeRoster(dir, QStringLiteral("新.csv"), { newcomer }));
    CHECK(next.inserted == 1);
    CHECK(next.warnings == 0);
    CHECK(member(*db, newcomer.id)->jobPost == QStringLiteral("021"));

    // A dry run remembers nothing.
    MemberImportOptions other;
    other.dryRun = true;
    other.valueMapping.set(RosterField::JobPost, s(u"网格员"), QStringLiteral("502"));
    run(*db, path, other);
    CHECK(ValueMapping::remembered(*db).codeFor(RosterField::JobPost, s(u"网格员")) == QString());
}

TEST_CASE("Import choices: branches that do not exist are listed, and set up below a chosen organisation",
    "[roster][import]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("o.redgrid"));
    auto db = test::createJiangbeiDatabase(file);
    const QList<Row> rows = fourMembers();
    const QString path = writeRoster(dir, QStringLiteral("花名册.csv"), rows);

    // A new office: no organisation at all, so every row is rejected, and the report says why.
    const MemberImportReport none = run(*db, path);
    CHECK(none.rejected == 4);
    REQUIRE(none.missingOrgs.size() == 2);
    CHECK(none.missingOrgs[0].name == Branch1);
    CHECK(none.missingOrgs[0].rows == 2);
    CHECK(none.missingOrgs[0].firstRow == 2);
    CHECK(none.missingOrgs[1].name == Branch2);
    CHECK(none.createdOrgs.isEmpty());

    // At the top (the administrator of the whole database may): a dry run and the preview
    // set them up only for the count.
    MemberImportOptions top;
    top.createOrgsUnder = RecordId();
    top.dryRun = true;
    const MemberImportReport dry = run(*db, path, top);
    CHECK(dry.rejected == 0);
    CHECK(dry.inserted == 4);
    CHECK(dry.createdOrgs == QStringList { Branch1, Branch2 });
    CHECK(dry.missingOrgs.isEmpty());
    const auto preview = MemberImporter(*db).preview(path, top, 10);
    REQUIRE(preview.ok());
    for (const MemberPreviewRow& row : *preview)
        CHECK(row.errors.isEmpty());
    CHECK(organisation::OrgStore(*db).count() == 0);
    CHECK(db->scalar("SELECT count(*) FROM member") == 0);

    // Below a committee the user set up first.
    const RecordId committee
        = addOrg(*db, {}, organisation::OrgKind::Committee, s(u"中共红旗河沟社区委员会"));
    MemberImportOptions below;
    below.createOrgsUnder = committee;
    const MemberImportReport imported = run(*db, path, below);
    CHECK(imported.inserted == 4);
    CHECK(imported.createdOrgs == QStringList { Branch1, Branch2 });
    organisation::OrgStore store(*db);
    const QList<organisation::PartyOrg> children = store.children(committee);
    REQUIRE(children.size() == 2);
    for (const organisation::PartyOrg& branch : children) {
        CHECK(branch.kind == organisation::OrgKind::Branch);
        CHECK(store.memberCount(branch.id, false) == 2);
    }
    CHECK(member(*db, rows[0].id)->orgId == store.find(Branch1)->id);
    CHECK(
        db->scalar("SELECT count(*) FROM audit_entry WHERE action = 'created' AND target_table = 'party_org'")
        == 3);

    // Again: they exist now; nothing more is set up.
    const MemberImportReport again = run(*db, path, below);
    CHECK(again.unchanged == 4);
    CHECK(again.createdOrgs.isEmpty());
    CHECK(store.count() == 3);

    // A name the organisation kind rules refuse below that parent is a reason, per row.
    const Row groupRow { s(u"钱进"), s(u"中共红旗河沟社区第一党小组"), idFor(QDate(1985, 6, 6), 21), {} };
    const MemberImportReport refused
        = run(*db, writeRoster(dir, QStringLiteral("组.csv"), { groupRow }), below);
    REQUIRE(refused.rejected == 1);
    CHECK(refused.firstRejected[0].reasons.contains(QStringLiteral("could not be created")));
    CHECK(store.count() == 3);
}

TEST_CASE("Import choices: only where the account may set up organisations", "[roster][import]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("s.redgrid"));
    RecordId committee;
    {
        auto db = test::createJiangbeiDatabase(file);
        hierarchy::HierarchyEditor nodes(*db);
        const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
            { hierarchy::NodeKind::Street, s(u"华新街街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        const auto community = nodes.add(
            street->id, { hierarchy::NodeKind::Community, s(u"红旗河沟社区"), {}, 0, std::nullopt, {} });
        REQUIRE(community.ok());
        committee = addOrg(
            *db, {}, organisation::OrgKind::Committee, s(u"中共红旗河沟社区委员会"), { community->id });
        REQUIRE(security::AccountStore(*db)
                    .add({ QStringLiteral("sec"), {}, security::Role::CommunitySecretary, community->id,
                        QStringLiteral("Secret-2026") })
                    .ok());
    }
    auto db = test::openSignedIn(file, QStringLiteral("sec"), QStringLiteral("Secret-2026"));
    const QString path = writeRoster(dir, QStringLiteral("花名册.csv"), fourMembers());

    // Not at the top: that takes an administrator of the whole database.
    MemberImportOptions top;
    top.createOrgsUnder = RecordId();
    top.today = Today;
    const auto refused = MemberImporter(*db).run(path, top);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("top-level")));

    // Below the committee of the secretary's own community.
    MemberImportOptions own;
    own.createOrgsUnder = committee;
    const MemberImportReport imported = run(*db, path, own);
    CHECK(imported.inserted == 4);
    CHECK(imported.createdOrgs.size() == 2);
}
