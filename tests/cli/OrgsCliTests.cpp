// redgrid-cli orgs list|add|edit|move|delete: the organisation tree of the window on the
// command line, run as a user runs it (real processes, real files, exit statuses).
#include "CliRun.h"
#include "common/Utf16.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "security/AccountStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

CliRun orgs(const QString& action, const QString& db, const QStringList& more = {},
    const QHash<QString, QString>& environment = {})
{
    return test::runCli(QStringList { QStringLiteral("orgs"), action, db } + more, environment);
}

QJsonArray listed(const QString& db)
{
    const CliRun run = orgs(QStringLiteral("list"), db, { QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    return run.json()[QStringLiteral("orgs")].toArray();
}

QJsonObject named(const QString& db, const QString& code)
{
    for (const QJsonValue& org : listed(db))
        if (org[QStringLiteral("code")].toString() == code)
            return org.toObject();
    FAIL("no organisation " << str(code));
    return {};
}

// 江北区 / 观音桥街道 / 花园新村社区 with two grids, and an account for its secretary.
struct Office
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("花园新村.redgrid"));
    QString communityCode, gridCode, otherGridCode;

    Office()
    {
        auto db = test::createJiangbeiDatabase(path);
        hierarchy::HierarchyEditor nodes(*db);
        const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
            { hierarchy::NodeKind::Street, s(u"观音桥街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        const auto community = nodes.add(
            street->id, { hierarchy::NodeKind::Community, s(u"花园新村社区"), {}, 0, std::nullopt, {} });
        REQUIRE(community.ok());
        const auto grid = nodes.add(
            community->id, { hierarchy::NodeKind::Grid, s(u"第一网格"), {}, 0, std::nullopt, {} });
        const auto other = nodes.add(
            community->id, { hierarchy::NodeKind::Grid, s(u"第二网格"), {}, 0, std::nullopt, {} });
        REQUIRE(grid.ok());
        REQUIRE(other.ok());
        communityCode = community->code;
        gridCode = grid->code;
        otherGridCode = other->code;
        REQUIRE(security::AccountStore(*db)
                    .add({ QStringLiteral("sec"), {}, security::Role::CommunitySecretary, community->id,
                        QStringLiteral("Secret-2026") })
                    .ok());
    }
};

}  // namespace

TEST_CASE("orgs: --help and the exit statuses of wrong usage", "[cli][orgs]")
{
    const CliRun help = test::runCli({ QStringLiteral("orgs"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* option : { "list", "add", "edit", "move", "delete", "--parent", "--top", "--kind",
             "--name", "--short-name", "--code", "--category", "--unit", "--founded", "--secretary",
             "--contact", "--phone", "--term-start", "--term-end", "--committee", "--covers", "--json" }) {
        INFO(option);
        CHECK(help.out.contains(QString::fromLatin1(option)));
    }
    CHECK(test::runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("orgs")));

    Office o;
    CHECK(test::runCli({ QStringLiteral("orgs") }).exitCode == 1);
    CHECK(orgs(QStringLiteral("rename"), o.path).exitCode == 1);
    CHECK(orgs(QStringLiteral("add"), o.path).exitCode == 1);  // no --name
    CHECK(orgs(QStringLiteral("edit"), o.path).exitCode == 1);  // no organisation
    CHECK(orgs(QStringLiteral("add"), o.path,
              { QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--kind"),
                  QStringLiteral("club") })
              .exitCode
        == 1);
    CHECK(orgs(QStringLiteral("add"), o.path,
              { QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--founded"),
                  QStringLiteral("2020-13-01") })
              .exitCode
        == 1);
    const CliRun category = orgs(QStringLiteral("add"), o.path,
        { QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("⑩") });
    CHECK(category.exitCode == 1);
    CHECK(category.err.contains(s(u"7 街道社区")));  // the accepted values
    CHECK(listed(o.path).isEmpty());
    // Not signed in.
    CHECK(orgs(QStringLiteral("list"), o.path, {},
              { { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Wrong-2026") } })
              .exitCode
        == 4);
}

TEST_CASE("orgs: add, list, edit, move and delete as the organisation tree does", "[cli][orgs]")
{
    Office o;
    // The community committee at the top, a branch with every item, a second branch, a group.
    const CliRun committee = orgs(QStringLiteral("add"), o.path,
        { QStringLiteral("--name"), s(u"中共花园新村社区委员会"), QStringLiteral("--short-name"),
            s(u"花园新村社区党委"), QStringLiteral("--covers"), o.communityCode });
    INFO(str(committee.err));
    REQUIRE(committee.exitCode == 0);
    CHECK(committee.out.contains(QStringLiteral("P01")));
    const CliRun branch = orgs(QStringLiteral("add"), o.path,
        { QStringLiteral("--parent"), s(u"花园新村社区党委"), QStringLiteral("--name"),
            s(u"中共花园新村社区第一支部委员会"), QStringLiteral("--short-name"), s(u"第一支部"),
            QStringLiteral("--category"), s(u"⑥"), QStringLiteral("--founded"), QStringLiteral("2005-07-01"),
            QStringLiteral("--phone"), QStringLiteral("023-67891234"), QStringLiteral("--term-start"),
            QStringLiteral("2023-04-01"), QStringLiteral("--term-end"), QStringLiteral("2026-03-31"),
            QStringLiteral("--committee"), QStringLiteral("yes"), QStringLiteral("--covers"), o.gridCode,
            QStringLiteral("--json") });
    INFO(str(branch.err));
    REQUIRE(branch.exitCode == 0);
    const QJsonObject added = branch.json();
    CHECK(added[QStringLiteral("code")].toString() == QStringLiteral("P01.01"));
    CHECK(added[QStringLiteral("kind")].toString() == QStringLiteral("branch"));  // below a committee
    CHECK(added[QStringLiteral("parentCode")].toString() == QStringLiteral("P01"));
    CHECK(added[QStringLiteral("shortName")].toString() == s(u"第一支部"));
    CHECK(!added[QStringLiteral("category")].toString().isEmpty());
    CHECK(added[QStringLiteral("foundedOn")].toString() == QStringLiteral("2005-07-01"));
    CHECK(added[QStringLiteral("termEnd")].toString() == QStringLiteral("2026-03-31"));
    CHECK(added[QStringLiteral("hasCommittee")].toBool());
    CHECK(added[QStringLiteral("covers")].toArray()[0][QStringLiteral("code")].toString() == o.gridCode);
    REQUIRE(orgs(QStringLiteral("add"), o.path,
                { QStringLiteral("--parent"), QStringLiteral("P01"), QStringLiteral("--name"),
                    s(u"中共花园新村社区第二支部委员会"), QStringLiteral("--code"), QStringLiteral("HY-2") })
                .exitCode
        == 0);
    const CliRun group = orgs(QStringLiteral("add"), o.path,
        { QStringLiteral("--parent"), s(u"第一支部"), QStringLiteral("--name"), s(u"第一党小组"),
            QStringLiteral("--json") });
    REQUIRE(group.exitCode == 0);
    CHECK(group.json()[QStringLiteral("kind")].toString() == QStringLiteral("group"));  // below a branch

    // The rules of OrgEditor, refused with exit 2: a taken code, a term that ends before it
    // starts, a committee inside a branch.
    const CliRun taken = orgs(QStringLiteral("add"), o.path,
        { QStringLiteral("--parent"), QStringLiteral("P01"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--code"), QStringLiteral("HY-2") });
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.contains(QStringLiteral("HY-2")));
    CHECK(orgs(QStringLiteral("edit"), o.path,
              { QStringLiteral("P01.01"), QStringLiteral("--term-end"), QStringLiteral("2020-01-01") })
              .exitCode
        == 2);
    CHECK(orgs(QStringLiteral("add"), o.path,
              { QStringLiteral("--parent"), QStringLiteral("P01.01"), QStringLiteral("--name"),
                  QStringLiteral("x"), QStringLiteral("--kind"), s(u"党委") })
              .exitCode
        == 2);
    CHECK(orgs(QStringLiteral("edit"), o.path,
              { s(u"不存在的支部"), QStringLiteral("--phone"), QStringLiteral("1") })
              .exitCode
        == 2);

    // The list: the tree in order, indented, with kinds and members.
    const CliRun text = orgs(QStringLiteral("list"), o.path);
    CHECK(text.exitCode == 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(QStringLiteral("P01\t")));
    CHECK(lines[1].startsWith(QStringLiteral("  HY-2\t")));  // siblings by sort order, then code
    CHECK(lines[2].startsWith(QStringLiteral("  P01.01\t")));
    CHECK(lines[3].startsWith(QStringLiteral("    P01.01.01\t")));
    CHECK(lines[2].contains(s(u"中共花园新村社区第一支部委员会")));
    CHECK(listed(o.path).size() == 4);
    CHECK(orgs(QStringLiteral("list"), o.path, { QStringLiteral("P01.01"), QStringLiteral("--json") })
              .json()[QStringLiteral("orgs")]
              .toArray()
              .size()
        == 2);

    // Edit changes only what is given; a secretary from the branch's members.
    QString memberId;
    {
        auto db = test::openSignedIn(o.path);
        roster::Member m;
        m.orgId = organisation::OrgStore(*db).orgByCode(QStringLiteral("P01.01"))->id;
        m.name = s(u"张三");
        m.birthDate = QDate(1985, 3, 12);
        const QString first17 = QStringLiteral("50010519850312123");
        m.idNumber = first17 + roster::IdNumber::checkCharacter(first17);
        memberId = m.idNumber;
        m.sex = QStringLiteral("1");
        m.joinedOn = QDate(2010, 7, 1);
        m.convertedOn = QDate(2011, 7, 1);
        REQUIRE(roster::MemberEditor(*db).add(m).ok());
    }
    const CliRun edited = orgs(QStringLiteral("edit"), o.path,
        { QStringLiteral("P01.01"), QStringLiteral("--secretary"), s(u"张三"), QStringLiteral("--contact"),
            memberId, QStringLiteral("--covers"), o.gridCode + QLatin1Char(',') + o.otherGridCode,
            QStringLiteral("--json") });
    INFO(str(edited.err));
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json()[QStringLiteral("secretary")].toString() == s(u"张三"));
    CHECK(edited.json()[QStringLiteral("contact")].toString() == s(u"张三"));
    CHECK(edited.json()[QStringLiteral("covers")].toArray().size() == 2);
    CHECK(edited.json()[QStringLiteral("phone")].toString() == QStringLiteral("023-67891234"));  // kept
    CHECK(edited.json()[QStringLiteral("shortName")].toString() == s(u"第一支部"));
    CHECK(orgs(QStringLiteral("edit"), o.path,
              { QStringLiteral("HY-2"), QStringLiteral("--secretary"), s(u"张三") })
              .exitCode
        == 2);  // not a member there

    // Move: the second branch below the first is refused (a branch holds groups only); the
    // group to the second branch; the second branch to the top and back.
    CHECK(orgs(QStringLiteral("move"), o.path, { QStringLiteral("HY-2") }).exitCode == 1);
    CHECK(orgs(QStringLiteral("move"), o.path,
              { QStringLiteral("HY-2"), QStringLiteral("--parent"), QStringLiteral("P01.01") })
              .exitCode
        == 2);
    const CliRun moved = orgs(QStringLiteral("move"), o.path,
        { s(u"第一党小组"), QStringLiteral("--parent"), QStringLiteral("HY-2"), QStringLiteral("--json") });
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.json()[QStringLiteral("parentCode")].toString() == QStringLiteral("HY-2"));
    REQUIRE(orgs(QStringLiteral("move"), o.path, { QStringLiteral("HY-2"), QStringLiteral("--top") }).exitCode
        == 0);
    CHECK(named(o.path, QStringLiteral("HY-2"))[QStringLiteral("parentCode")].toString().isEmpty());
    REQUIRE(orgs(QStringLiteral("move"), o.path,
                { QStringLiteral("HY-2"), QStringLiteral("--parent"), QStringLiteral("P01") })
                .exitCode
        == 0);

    // Delete: not while it holds members or organisations; an empty one goes.
    const CliRun full = orgs(QStringLiteral("delete"), o.path, { QStringLiteral("P01.01") });
    CHECK(full.exitCode == 2);
    CHECK(full.err.contains(QStringLiteral("member")));
    CHECK(
        orgs(QStringLiteral("delete"), o.path, { QStringLiteral("HY-2") }).exitCode == 2);  // holds the group
    REQUIRE(orgs(QStringLiteral("delete"), o.path, { s(u"第一党小组") }).exitCode == 0);
    const CliRun deleted
        = orgs(QStringLiteral("delete"), o.path, { QStringLiteral("HY-2"), QStringLiteral("--json") });
    CHECK(deleted.exitCode == 0);
    CHECK(deleted.json()[QStringLiteral("deleted")].toString() == QStringLiteral("HY-2"));
    CHECK(listed(o.path).size() == 2);
}

TEST_CASE("orgs: a community secretary changes only their own community's organisations", "[cli][orgs]")
{
    Office o;
    REQUIRE(orgs(QStringLiteral("add"), o.path,
                { QStringLiteral("--name"), s(u"中共花园新村社区委员会"), QStringLiteral("--covers"),
                    o.communityCode })
                .exitCode
        == 0);
    REQUIRE(
        orgs(QStringLiteral("add"), o.path, { QStringLiteral("--name"), s(u"中共别的社区委员会") }).exitCode
        == 0);
    const QHash<QString, QString> secretary { { QStringLiteral("REDGRID_USER"), QStringLiteral("sec") },
        { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Secret-2026") } };

    // They see their own committee only.
    const CliRun seen = orgs(QStringLiteral("list"), o.path, { QStringLiteral("--json") }, secretary);
    REQUIRE(seen.exitCode == 0);
    REQUIRE(seen.json()[QStringLiteral("orgs")].toArray().size() == 1);

    // Below their committee: yes. At the top: exit 4, the account may not.
    CHECK(orgs(QStringLiteral("add"), o.path,
              { QStringLiteral("--parent"), QStringLiteral("P01"), QStringLiteral("--name"), s(u"第一支部") },
              secretary)
              .exitCode
        == 0);
    const CliRun top
        = orgs(QStringLiteral("add"), o.path, { QStringLiteral("--name"), s(u"中共某委员会") }, secretary);
    CHECK(top.exitCode == 4);
    CHECK(top.err.contains(QStringLiteral("top-level")));
    CHECK(
        orgs(QStringLiteral("move"), o.path, { QStringLiteral("P01.01"), QStringLiteral("--top") }, secretary)
            .exitCode
        == 4);
    // Another community's committee does not exist for them.
    CHECK(orgs(QStringLiteral("delete"), o.path, { QStringLiteral("P02") }, secretary).exitCode == 2);
    CHECK(listed(o.path).size() == 3);
}
