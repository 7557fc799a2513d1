// redgrid-cli check and info, run as each role would run them: the findings and counts of
// the account's area, not of the district (issue 21, section 1).
#include "cli/CliRun.h"
#include "hierarchy/HierarchyStore.h"
#include "roster/MemberStore.h"
#include "support/AreaDemo.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using security::Role;
using test::runCli;

namespace {

QHash<QString, QString> as(const QString& account)
{
    return { { QStringLiteral("REDGRID_USER"), account },
        { QStringLiteral("REDGRID_PASSWORD"), test::AreaDemo::AccountPassword } };
}

QStringList findingsOf(const test::CliRun& run)
{
    QStringList result;
    for (const QJsonValue& finding : run.json()[QStringLiteral("findings")].toArray()) {
        const QJsonObject object = finding.toObject();
        result.append(object[QStringLiteral("kind")].toString() + QLatin1Char(' ')
            + object[QStringLiteral("code")].toString());
    }
    result.sort();
    return result;
}

}  // namespace

TEST_CASE("redgrid-cli check lists the findings of the account's area", "[cli][scope][organisation]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("grid"), Role::GridWorker, d.grid.id);
    const QStringList ofDistrict = d.findingsIn(d.district);
    const QStringList ofStreet = d.findingsIn(d.street);
    const QStringList ofCommunity = d.findingsIn(d.community);
    REQUIRE_FALSE(ofCommunity.isEmpty());
    REQUIRE(ofStreet.size() > ofCommunity.size());
    REQUIRE(ofDistrict.size() > ofStreet.size());
    d.admin.reset();

    const QStringList check { QStringLiteral("check"), d.path, QStringLiteral("--json"),
        QStringLiteral("--today"), test::AreaDemo::Today.toString(Qt::ISODate) };
    const auto administrator = runCli(check);
    REQUIRE(administrator.exitCode == 0);
    CHECK(findingsOf(administrator) == ofDistrict);
    const auto street = runCli(check, as(QStringLiteral("street")));
    REQUIRE(street.exitCode == 0);
    CHECK(findingsOf(street) == ofStreet);
    const auto secretary = runCli(check, as(QStringLiteral("secretary")));
    REQUIRE(secretary.exitCode == 0);
    CHECK(findingsOf(secretary) == ofCommunity);
    CHECK(secretary.json()[QStringLiteral("count")].toInt() == ofCommunity.size());
    // The text form too: the community's findings, one line each, and the total.
    const auto text = runCli(check.mid(0, 2) + check.mid(3), as(QStringLiteral("secretary")));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.count(QLatin1Char('\n')) == ofCommunity.size() + 1);
    CHECK(text.out.contains(d.grid.code));

    // A grid worker may not read party organisations: refused, with the reason.
    const auto gridWorker = runCli(check, as(QStringLiteral("grid")));
    CHECK(gridWorker.exitCode == 4);
    CHECK(gridWorker.out.isEmpty());
    CHECK(gridWorker.err.contains(QStringLiteral("may not")));
}

TEST_CASE("redgrid-cli info counts the account's area", "[cli][scope]")
{
    test::AreaDemo d;
    d.addAccount(QStringLiteral("street"), Role::StreetAdmin, d.street.id);
    d.addAccount(QStringLiteral("secretary"), Role::CommunitySecretary, d.community.id);
    d.addAccount(QStringLiteral("grid"), Role::GridWorker, d.grid.id);
    struct Expected
    {
        QString account;
        hierarchy::HierarchyNode area;
        hierarchy::LevelCounts nodes;
        qint64 organisations = 0;
        qint64 members = 0;
    };
    QList<Expected> cases;
    for (const auto& [account, area] : { std::pair { QStringLiteral("street"), d.street },
             std::pair { QStringLiteral("secretary"), d.community },
             std::pair { QStringLiteral("grid"), d.grid } }) {
        Expected expected { account, area, hierarchy::HierarchyStore(*d.admin).countBelow(area.id) };
        expected.nodes[area.level] = 1;
        if (account != QLatin1String("grid")) {
            const QSet<RecordId> orgs = d.orgsOf(area);
            expected.organisations = orgs.size();
            for (const RecordId& org : orgs)
                expected.members += d.admin->scalar(
                    "SELECT count(*) FROM member WHERE org_id = ? AND status = 'active'", org);
        }
        cases.append(expected);
    }
    const qint64 allMembers = roster::MemberStore(*d.admin).count(roster::MemberStatus::Active);
    d.admin.reset();

    for (const Expected& expected : std::as_const(cases)) {
        INFO(expected.account.toStdString());
        const auto info
            = runCli({ QStringLiteral("info"), d.path, QStringLiteral("--json") }, as(expected.account));
        REQUIRE(info.exitCode == 0);
        const QJsonObject counts = info.json()[QStringLiteral("counts")].toObject();
        CHECK(counts[QStringLiteral("districts")].toInteger() == 0);
        CHECK(counts[QStringLiteral("streets")].toInteger() == expected.nodes[hierarchy::NodeLevel::Street]);
        CHECK(counts[QStringLiteral("communities")].toInteger()
            == expected.nodes[hierarchy::NodeLevel::Community]);
        CHECK(counts[QStringLiteral("grids")].toInteger() == expected.nodes[hierarchy::NodeLevel::Grid]);
        CHECK(counts[QStringLiteral("buildings")].toInteger()
            == expected.nodes[hierarchy::NodeLevel::Building]);
        CHECK(counts[QStringLiteral("organisations")].toInteger() == expected.organisations);
        CHECK(counts[QStringLiteral("members")].toInteger() == expected.members);
        CHECK(counts[QStringLiteral("members")].toInteger() < allMembers);
        // Whose figures these are.
        const QJsonObject area = info.json()[QStringLiteral("area")].toObject();
        CHECK(area[QStringLiteral("code")].toString() == expected.area.code);
        CHECK(area[QStringLiteral("name")].toString() == expected.area.name);
        const auto text = runCli({ QStringLiteral("info"), d.path }, as(expected.account));
        CHECK(text.out.contains(QStringLiteral("Area:")));
        CHECK(text.out.contains(expected.area.name));
    }
}
