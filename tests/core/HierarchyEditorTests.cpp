#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::hierarchy;

namespace {

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("h.redgrid")));
    HierarchyEditor editor { *db };
    HierarchyStore store { *db };

    HierarchyNode add(const RecordId& parent, NodeKind kind, const QString& name, const QString& code = {},
        std::optional<int> households = std::nullopt)
    {
        auto added = editor.add(parent, { kind, name, code, 0, households, {} });
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added.value();
    }
    QString codeOf(const RecordId& id) { return store.node(id)->code; }
};

}  // namespace

TEST_CASE("Adding nodes level by level gives each the next code of its parent", "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    CHECK(district.code == QStringLiteral("500105"));
    const auto street
        = f.add(district.id, NodeKind::Street, QStringLiteral("观音桥街道"), QStringLiteral("500105006000"));
    const auto town = f.add(district.id, NodeKind::Town, QStringLiteral("鱼嘴镇"));
    CHECK(town.code == QStringLiteral("500105007000"));
    const auto community = f.add(street.id, NodeKind::Community, QStringLiteral("建新北路社区"));
    CHECK(community.code == QStringLiteral("500105006001"));
    const auto grid = f.add(community.id, NodeKind::Grid, QStringLiteral("第一网格"));
    CHECK(grid.code == QStringLiteral("500105006001001"));
    const auto building = f.add(grid.id, NodeKind::Building, QStringLiteral("1栋"), {}, 48);
    CHECK(building.code == QStringLiteral("50010500600100100001"));
    CHECK(building.households == 48);
    CHECK(building.level == NodeLevel::Building);
    CHECK(f.store.householdsBelow(street.id) == 48);

    const auto counts = f.store.countByLevel();
    CHECK(counts[NodeLevel::District] == 1);
    CHECK(counts[NodeLevel::Street] == 2);
    CHECK(counts[NodeLevel::Building] == 1);
    CHECK(f.store.ancestors(building.id).size() == 4);
    CHECK(f.store.ancestors(building.id).first().id == district.id);
}

TEST_CASE("The hierarchy's shape is enforced: a grid belongs to a community, never to a street",
    "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    const auto street = f.add(district.id, NodeKind::Street, QStringLiteral("华新街街道"));
    auto grid = f.editor.add(street.id, { NodeKind::Grid, QStringLiteral("直属网格") });
    REQUIRE_FALSE(grid.ok());
    CHECK(grid.error().message.contains(QStringLiteral("cannot be placed directly below")));
    CHECK(f.store.childCount(street.id) == 0);

    const auto community = f.add(street.id, NodeKind::Village, QStringLiteral("石子村"));
    const auto onlyGrid = f.add(community.id, NodeKind::DedicatedGrid, QStringLiteral("学校专属网格"));
    const auto yard = f.add(onlyGrid.id, NodeKind::Courtyard, QStringLiteral("王家院子"));
    auto below = f.editor.add(yard.id, { NodeKind::Building, QStringLiteral("x") });
    REQUIRE_FALSE(below.ok());

    auto householdsOnGrid = f.editor.update(onlyGrid.id, { NodeKind::Grid, onlyGrid.name, {}, 0, 400, {} });
    REQUIRE_FALSE(householdsOnGrid.ok());
    CHECK(householdsOnGrid.error().message.contains(QStringLiteral("only buildings")));
}

TEST_CASE("Names are required and unique among siblings; codes are valid and unique", "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    const auto a = f.add(district.id, NodeKind::Street, QStringLiteral("寸滩街道"));
    const auto b = f.add(district.id, NodeKind::Street, QStringLiteral("五里店街道"));
    f.add(a.id, NodeKind::Community, QStringLiteral("港城社区"));
    f.add(b.id, NodeKind::Community, QStringLiteral("港城社区"));  // same name, other parent: fine

    auto duplicate = f.editor.add(a.id, { NodeKind::Community, QStringLiteral(" 港城社区 ") });
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("already exists")));
    CHECK_FALSE(f.editor.add(a.id, { NodeKind::Community, QStringLiteral("   ") }).ok());
    CHECK_FALSE(f.editor.add(a.id, { NodeKind::Community, QStringLiteral("换行\n社区") }).ok());
    CHECK_FALSE(f.editor.rename(b.id, QStringLiteral("寸滩街道")).ok());

    auto takenCode = f.editor.add(
        a.id, { NodeKind::Community, QStringLiteral("新社区"), QStringLiteral("500105001001") });
    REQUIRE_FALSE(takenCode.ok());
    CHECK(takenCode.error().message.contains(QStringLiteral("already used by")));
    auto foreignCode = f.editor.add(
        a.id, { NodeKind::Community, QStringLiteral("新社区"), QStringLiteral("500105002009") });
    REQUIRE_FALSE(foreignCode.ok());
    CHECK(foreignCode.error().message.contains(QStringLiteral("must begin with")));

    auto renamed = f.editor.rename(a.id, QStringLiteral("寸滩街道（新）"));
    REQUIRE(renamed.ok());
    CHECK(f.store.node(a.id)->name == QStringLiteral("寸滩街道（新）"));
}

TEST_CASE("Changing a node's code carries the codes below it along", "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    const auto street
        = f.add(district.id, NodeKind::Street, QStringLiteral("石马河街道"), QStringLiteral("500105003000"));
    const auto community
        = f.add(street.id, NodeKind::Community, QStringLiteral("南桥寺社区"), QStringLiteral("500105003005"));
    const auto grid = f.add(community.id, NodeKind::Grid, QStringLiteral("一网格"));
    const auto building = f.add(grid.id, NodeKind::Building, QStringLiteral("3栋"));

    auto edited = f.editor.update(
        street.id, { NodeKind::Street, street.name, QStringLiteral("500105013000"), 0, {}, {} });
    REQUIRE(edited.ok());
    CHECK(f.codeOf(community.id) == QStringLiteral("500105013005"));
    CHECK(f.codeOf(grid.id) == QStringLiteral("500105013005001"));
    CHECK(f.codeOf(building.id) == QStringLiteral("50010501300500100001"));
}

TEST_CASE("Moving a subtree: codes follow, or the user is told why not", "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    const auto from
        = f.add(district.id, NodeKind::Street, QStringLiteral("大石坝街道"), QStringLiteral("500105004000"));
    const auto to
        = f.add(district.id, NodeKind::Street, QStringLiteral("观音桥街道"), QStringLiteral("500105006000"));
    const auto moving
        = f.add(from.id, NodeKind::Community, QStringLiteral("东原社区"), QStringLiteral("500105004003"));
    const auto grid = f.add(moving.id, NodeKind::Grid, QStringLiteral("网格一"));
    const auto building = f.add(grid.id, NodeKind::Building, QStringLiteral("A栋"));

    SECTION("the node keeps its sequence number under the new parent")
    {
        auto moved = f.editor.move(moving.id, to.id);
        REQUIRE(moved.ok());
        CHECK(moved->parentId == to.id);
        CHECK(moved->code == QStringLiteral("500105006003"));
        CHECK(f.codeOf(grid.id) == QStringLiteral("500105006003001"));
        CHECK(f.codeOf(building.id) == QStringLiteral("50010500600300100001"));
        CHECK(f.store.childCount(from.id) == 0);
    }
    SECTION("a taken number is refused, naming the next free code, and nothing changes")
    {
        f.add(to.id, NodeKind::Community, QStringLiteral("占位社区"), QStringLiteral("500105006003"));
        auto moved = f.editor.move(moving.id, to.id);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().message.contains(QStringLiteral("500105006004")));
        CHECK(f.store.node(moving.id)->parentId == from.id);
        CHECK(f.codeOf(grid.id) == QStringLiteral("500105004003001"));

        auto withCode = f.editor.move(moving.id, to.id, QStringLiteral("500105006004"));
        REQUIRE(withCode.ok());
        CHECK(f.codeOf(building.id) == QStringLiteral("50010500600400100001"));
    }
    SECTION("a node cannot skip a level or leave the district")
    {
        auto toStreet = f.editor.move(grid.id, to.id);
        REQUIRE_FALSE(toStreet.ok());
        CHECK(toStreet.error().message.contains(QStringLiteral("must be placed below")));
        CHECK_FALSE(f.editor.move(district.id, to.id).ok());
    }
    SECTION("a sibling with the same name at the destination blocks the move")
    {
        f.add(to.id, NodeKind::Community, QStringLiteral("东原社区"));
        CHECK_FALSE(f.editor.move(moving.id, to.id).ok());
        CHECK(f.store.node(moving.id)->parentId == from.id);
    }
}

TEST_CASE("Deleting: only when empty, or the whole branch when confirmed", "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    const auto street = f.add(district.id, NodeKind::Street, QStringLiteral("郭家沱街道"));
    const auto community = f.add(street.id, NodeKind::Community, QStringLiteral("郭家沱社区"));
    const auto grid = f.add(community.id, NodeKind::Grid, QStringLiteral("网格1"));
    f.add(grid.id, NodeKind::Building, QStringLiteral("1栋"));
    f.add(grid.id, NodeKind::Building, QStringLiteral("2栋"));

    auto refused = f.editor.remove(street.id, RemovalMode::OnlyIfEmpty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("4 node(s) below")));
    CHECK(f.store.countByLevel().total() == 6);

    CHECK(f.store.countBelow(street.id)[NodeLevel::Building] == 2);
    REQUIRE(f.editor.remove(street.id, RemovalMode::WithDescendants).ok());
    CHECK(f.store.countByLevel().total() == 1);
    CHECK_FALSE(f.editor.remove(district.id, RemovalMode::WithDescendants).ok());

    const auto lone = f.add(district.id, NodeKind::Street, QStringLiteral("单独街道"));
    CHECK(f.editor.remove(lone.id, RemovalMode::OnlyIfEmpty).ok());
    CHECK_FALSE(f.store.node(lone.id));
}

TEST_CASE("Search finds nodes by part of the name or the start of the code", "[core][hierarchy]")
{
    Fixture f;
    const auto district = *f.store.root();
    const auto street
        = f.add(district.id, NodeKind::Street, QStringLiteral("观音桥街道"), QStringLiteral("500105006000"));
    const auto c1 = f.add(street.id, NodeKind::Community, QStringLiteral("观音桥社区"));
    f.add(street.id, NodeKind::Community, QStringLiteral("北城社区"));
    f.add(c1.id, NodeKind::Grid, QStringLiteral("观音桥社区第一网格"));

    const auto byName = f.store.search(QStringLiteral("观音桥"), 10);
    REQUIRE(byName.size() == 3);
    CHECK(byName[0].name == QStringLiteral("观音桥街道"));  // name prefix, higher level first

    const auto exact = f.store.search(QStringLiteral("观音桥社区"), 10);
    REQUIRE(exact.size() == 2);
    CHECK(exact[0].id == c1.id);

    const auto byCode = f.store.search(QStringLiteral("500105006001"), 10);
    REQUIRE(byCode.size() == 2);  // the community and its grid
    CHECK(byCode[0].id == c1.id);

    CHECK(f.store.search(QStringLiteral("不存在"), 10).isEmpty());
    CHECK(f.store.search(QStringLiteral("社区"), 1).size() == 1);
    CHECK(f.store.search(QStringLiteral("观音桥"), 10, NodeLevel::Grid).size() == 1);
}
