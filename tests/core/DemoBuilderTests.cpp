#include "demo/DemoBuilder.h"
#include "demo/DemoDivisions.h"
#include "demo/DemoRandom.h"
#include "hierarchy/HierarchyStore.h"
#include "security/SecuredFile.h"
#include "settings/SettingStore.h"
#include "storage/DatabaseFile.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::demo;
using namespace redgrid::hierarchy;

namespace {

std::unique_ptr<storage::Connection> buildDemo(
    const test::TempDir& dir, const QString& name, DemoOptions options)
{
    auto built = DemoBuilder::create(dir.path(name), test::testAdministrator(), options);
    INFO((built.ok() ? QString() : built.error().toString()).toStdString());
    REQUIRE(built.ok());
    return std::move(built).value();
}

// Everything a user sees of the hierarchy, in a stable order (ids and times differ by design).
QStringList dump(storage::Connection& db)
{
    QStringList lines;
    auto st = db.prepare(
        "SELECT level, kind, code, name, coalesce(households, -1) FROM hierarchy_node ORDER BY code");
    while (st.step())
        lines << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4));
    return lines;
}

}  // namespace

TEST_CASE("DemoRandom: the same seed gives the same stream; ranges are respected", "[core][demo]")
{
    DemoRandom a(42), b(42), c(43);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const int x = a.between(300, 500);
        REQUIRE(x == b.between(300, 500));
        REQUIRE(x >= 300);
        REQUIRE(x <= 500);
        differs = differs || x != c.between(300, 500);
    }
    CHECK(differs);
    // A known value pins the generator (xoshiro256** seeded by splitmix64, computed
    // independently): a change here would change every demo database.
    CHECK(DemoRandom(1).next() == 12966619160104079557ULL);
}

TEST_CASE("The demo is deterministic for a seed and differs between seeds", "[core][demo]")
{
    test::TempDir dir;
    auto a = buildDemo(dir, QStringLiteral("a.redgrid"), { 11, DemoScale::Small });
    auto b = buildDemo(dir, QStringLiteral("b.redgrid"), { 11, DemoScale::Small });
    auto c = buildDemo(dir, QStringLiteral("c.redgrid"), { 12, DemoScale::Small });
    CHECK(dump(*a) == dump(*b));
    CHECK(dump(*a) != dump(*c));
    CHECK(DemoBuilder::isDemo(*a));
    CHECK_FALSE(
        DemoBuilder::isDemo(*test::createJiangbeiDatabase(dir.path(QStringLiteral("plain.redgrid")))));
}

TEST_CASE("The district demo has the real streets and communities of 江北区 and sized grids", "[core][demo]")
{
    test::TempDir dir;
    // The hierarchy alone: the roster and scores of the district demo are built (and timed) by
    // the GUI's --demo test and bench-roster; building them here cost 7 minutes under ASan.
    auto db = buildDemo(dir, QStringLiteral("district.redgrid"), { 1, DemoScale::District, false });
    HierarchyStore store(*db);
    const LevelCounts counts = store.countByLevel();
    CHECK(counts[NodeLevel::Street] == 12);
    CHECK(counts[NodeLevel::Community] == 132);
    CHECK(counts[NodeLevel::Grid] > 500);
    CHECK(counts[NodeLevel::Building] > 5000);

    CHECK(store.root()->name == QStringLiteral("江北区"));
    CHECK(store.nodeByCode(QStringLiteral("500105006000"))->name == QStringLiteral("观音桥街道"));
    CHECK(store.nodeByCode(QStringLiteral("500105100000"))->kind == NodeKind::Town);
    const auto village = store.nodeByCode(QStringLiteral("500105100201"));
    if (village)  // the first village of 鱼嘴镇 in the 2023 list
        CHECK(village->kind == NodeKind::Village);

    int dedicated = 0;
    for (const HierarchyNode& street : store.children(store.root()->id)) {
        for (const HierarchyNode& community : store.children(street.id)) {
            INFO(community.name.toStdString());
            REQUIRE(community.childCount > 0);  // every community is covered by grids
            for (const HierarchyNode& grid : store.children(community.id)) {
                if (grid.kind == NodeKind::DedicatedGrid) {
                    ++dedicated;
                    continue;
                }
                const qint64 households = store.householdsBelow(grid.id);
                INFO(grid.name.toStdString() << " " << households);
                CHECK(households >= 300);
                CHECK(households <= 500);
            }
        }
    }
    CHECK(dedicated >= 1);
}

TEST_CASE(
    "The large demo says which streets and communities it made up; the district demo none", "[core][demo]")
{
    test::TempDir dir;
    // The large demo's streets and communities, as it builds them (its 120,000 buildings left out).
    const DemoOptions large { 1, DemoScale::Large };
    auto created = security::SecuredFile::create(dir.path(QStringLiteral("large.redgrid")),
        test::testAdministrator(), [&](storage::Connection& db) -> Status {
            DemoContext context { db, large, DemoRandom(large.seed) };
            if (Status built = DemoDivisions().build(context); !built)
                return built;
            settings::SettingStore(db).setValue(settings::SettingKey::DemoSeed, QStringLiteral("1"));
            return Status::success();
        });
    REQUIRE(created.ok());
    auto db = std::move(created).value();
    const DemoBuilder::InventedPlaces invented = DemoBuilder::inventedPlaces(*db);
    // 江北区 has 12 streets and 132 communities; the large demo has 20 and 300.
    CHECK(invented.streets.size() == 20 - 12);
    CHECK(invented.communities.size() == 300 - 132);
    // Made up: exactly the places whose codes the official list (the fixture copy) does not have.
    const QString list
        = QString::fromUtf8(test::readBytes(test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"))));
    const auto official = [&](const HierarchyNode& node) {
        return list.contains(QLatin1Char('\n') + node.code + QLatin1Char(','));
    };
    HierarchyStore store(*db);
    for (const HierarchyNode& street : store.children(store.root()->id)) {
        INFO(street.name.toStdString());
        CHECK(invented.streets.contains(street.name) != official(street));
        for (const HierarchyNode& community : store.children(street.id)) {
            INFO(community.name.toStdString());
            CHECK(invented.communities.contains(community.name) != official(community));
        }
    }

    auto district = buildDemo(dir, QStringLiteral("district.redgrid"), { 1, DemoScale::District, false });
    CHECK(DemoBuilder::inventedPlaces(*district).isEmpty());
    CHECK(DemoBuilder::inventedPlaces(*test::createJiangbeiDatabase(dir.path(QStringLiteral("real.redgrid"))))
              .isEmpty());
}

TEST_CASE("A failed demo leaves no file", "[core][demo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("taken.redgrid"));
    test::writeText(path, QStringLiteral("not a database"));
    CHECK_FALSE(DemoBuilder::create(path, test::testAdministrator(), {}).ok());
    CHECK(test::readBytes(path) == QByteArray("not a database"));
}
