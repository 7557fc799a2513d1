#include "UiTestSupport.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "support/TestSupport.h"
#include "ui/hierarchy/HierarchyTreeModel.h"

#include <QPersistentModelIndex>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::hierarchy;
using redgrid::ui::HierarchyTreeModel;

namespace {

struct ModelFixture
{
    test::TempDir dir;
    test::BuiltHierarchy h = test::buildHierarchy(dir.path(QStringLiteral("model.redgrid")));
    HierarchyStore store { *h.db };
    HierarchyEditor editor { *h.db };
    HierarchyTreeModel model { store, h.db->path() };

    ModelFixture() { model.reload(); }

    QModelIndex expand(const QModelIndex& index)
    {
        while (model.canFetchMore(index))
            model.fetchMore(index);
        return index;
    }
    QString nameAt(const QModelIndex& index) { return model.data(index).toString(); }
    QStringList childNames(const QModelIndex& parent)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(parent); ++row)
            names.append(nameAt(model.index(row, 0, parent)));
        return names;
    }
};

}  // namespace

TEST_CASE(
    "The tree holds the district at first and reads children only when a node is expanded", "[ui][tree]")
{
    ModelFixture f;
    REQUIRE(f.model.rowCount() == 1);
    const QModelIndex district = f.model.rootIndex();
    CHECK(f.nameAt(district) == QStringLiteral("江北区"));
    CHECK(f.model.hasChildren(district));
    CHECK(f.model.rowCount(district) == 0);  // nothing read yet
    REQUIRE(f.model.canFetchMore(district));

    f.model.fetchMore(district);
    CHECK(f.model.rowCount(district) == f.store.childCount(f.h.district.id));
    CHECK(
        f.childNames(district) == QStringList { QStringLiteral("华新街街道"), QStringLiteral("观音桥街道") });
    CHECK_FALSE(f.model.canFetchMore(district));

    const QModelIndex street = f.model.index(0, 0, district);
    CHECK(f.model.hasChildren(street));
    CHECK(f.model.rowCount(street) == 0);
    CHECK(f.model.data(f.model.index(0, HierarchyTreeModel::KindColumn, district)).toString()
        == QStringLiteral("Street"));
    CHECK(f.model.data(f.model.index(0, HierarchyTreeModel::CodeColumn, district)).toString()
        == QStringLiteral("500105001000"));
}

TEST_CASE("A node with many children is read in batches", "[ui][tree]")
{
    ModelFixture f;
    const QModelIndex grid = f.model.reveal(f.h.bigGrid.id);
    REQUIRE(grid.isValid());
    CHECK(f.model.rowCount(grid) == 0);
    f.model.fetchMore(grid);
    CHECK(f.model.rowCount(grid) == HierarchyTreeModel::BatchSize);
    CHECK(f.model.canFetchMore(grid));
    f.model.fetchMore(grid);
    CHECK(f.model.rowCount(grid) == 620);
    CHECK(f.model.rowCount(grid) == f.store.childCount(f.h.bigGrid.id));
    CHECK_FALSE(f.model.canFetchMore(grid));
    CHECK(f.model.data(f.model.index(619, HierarchyTreeModel::HouseholdsColumn, grid)).toString()
        == QStringLiteral("1"));
}

TEST_CASE("Revealing a deep node reads just the chain down to it", "[ui][tree]")
{
    ModelFixture f;
    const QModelIndex building = f.model.reveal(f.h.lastBuilding.id);
    REQUIRE(building.isValid());
    CHECK(f.model.idAt(building) == f.h.lastBuilding.id);
    CHECK(f.model.idAt(building.parent()) == f.h.bigGrid.id);
    CHECK(f.model.idAt(building.parent().parent()) == f.h.communityD.id);
    CHECK(f.model.idAt(building.parent().parent().parent()) == f.h.guanyinqiao.id);
    CHECK(building.parent().parent().parent().parent() == f.model.rootIndex());
    // The other street was not opened on the way.
    CHECK(f.model.rowCount(f.model.indexOf(f.h.huaxinjie.id)) == 0);
    CHECK_FALSE(f.model.reveal(RecordId::generate()).isValid());
}

TEST_CASE("After a change, rows are updated in place and loaded branches stay loaded", "[ui][tree]")
{
    ModelFixture f;
    f.expand(f.model.rootIndex());
    const QModelIndex street = f.expand(f.model.indexOf(f.h.huaxinjie.id));
    const QPersistentModelIndex communityA = f.expand(f.model.indexOf(f.h.communityA.id));
    const QPersistentModelIndex gridA1 = f.expand(f.model.indexOf(f.h.gridA1.id));
    REQUIRE(f.model.rowCount(communityA) == 2);
    REQUIRE(f.childNames(street)
        == QStringList {
            QStringLiteral("嘉陵一村社区"), QStringLiteral("红土地社区"), QStringLiteral("桥北村社区") });

    SECTION("a node sorted last by its new sort order moves, keeping its own rows")
    {
        REQUIRE(f.editor.update(
            f.h.communityA.id, { NodeKind::Community, QStringLiteral("嘉陵一村社区（新）"), {}, 9, {}, {} }));
        f.model.refreshChildren(f.h.huaxinjie.id);
        CHECK(f.childNames(street)
            == QStringList { QStringLiteral("红土地社区"), QStringLiteral("桥北村社区"),
                QStringLiteral("嘉陵一村社区（新）") });
        REQUIRE(communityA.isValid());
        CHECK(communityA.row() == 2);
        CHECK(f.model.rowCount(communityA) == 2);  // still loaded
        CHECK(gridA1.isValid());
    }
    SECTION("a deleted node's row goes, with what was loaded below it")
    {
        REQUIRE(f.editor.remove(f.h.communityA.id, RemovalMode::WithDescendants));
        f.model.refreshChildren(f.h.huaxinjie.id);
        CHECK(f.childNames(street)
            == QStringList { QStringLiteral("红土地社区"), QStringLiteral("桥北村社区") });
        CHECK_FALSE(communityA.isValid());
        CHECK_FALSE(gridA1.isValid());
        CHECK_FALSE(f.model.indexOf(f.h.gridA1.id).isValid());
    }
    SECTION("a moved node leaves one parent and appears under the other")
    {
        f.expand(f.model.indexOf(f.h.guanyinqiao.id));
        REQUIRE(f.editor.move(f.h.communityC.id, f.h.guanyinqiao.id));
        f.model.refreshChildren(f.h.huaxinjie.id);
        f.model.refreshChildren(f.h.guanyinqiao.id);
        CHECK(f.childNames(street)
            == QStringList { QStringLiteral("嘉陵一村社区"), QStringLiteral("红土地社区") });
        CHECK(f.childNames(f.model.indexOf(f.h.guanyinqiao.id)).contains(QStringLiteral("桥北村社区")));
        CHECK(f.model.indexOf(f.h.communityC.id).parent() == f.model.indexOf(f.h.guanyinqiao.id));
        CHECK(f.model.rowCount(communityA) == 2);  // the neighbour's branch is untouched
        CHECK(gridA1.isValid());
    }
    SECTION("a new code carries along to the loaded rows below")
    {
        REQUIRE(f.editor.update(f.h.communityA.id,
            { NodeKind::Community, f.h.communityA.name, QStringLiteral("500105001009"), 0, {}, {} }));
        f.model.refreshChildren(f.h.huaxinjie.id);
        f.model.refreshLoadedSubtree(f.h.communityA.id);
        CHECK(f.model.nodeAt(gridA1)->code == QStringLiteral("500105001009001"));
        CHECK(f.model.nodeAt(f.model.index(0, 0, gridA1))->code == QStringLiteral("50010500100900100001"));
    }
    SECTION("a first child gives a childless node its rows")
    {
        const QModelIndex communityC = f.model.indexOf(f.h.communityC.id);
        REQUIRE_FALSE(f.model.hasChildren(communityC));
        REQUIRE(f.editor.add(f.h.communityC.id, { NodeKind::Grid, QStringLiteral("新网格") }));
        f.model.refreshChildren(f.h.communityC.id);
        CHECK(f.model.hasChildren(communityC));
        CHECK(f.childNames(communityC) == QStringList { QStringLiteral("新网格") });
    }
}

TEST_CASE("A database that fails while the tree reads it is reported, not thrown", "[ui][tree]")
{
    ModelFixture f;
    QStringList failures;
    QObject::connect(
        &f.model, &HierarchyTreeModel::readFailed, [&](const QString& message) { failures.append(message); });
    // Another program breaks the file under the open tree.
    auto other = storage::Connection::open(f.h.db->path(), storage::Connection::OpenMode::ReadWrite);
    other->exec("PRAGMA foreign_keys = OFF; DROP TABLE hierarchy_node");
    const QModelIndex district = f.model.rootIndex();
    REQUIRE(f.model.canFetchMore(district));
    CHECK_NOTHROW(f.model.fetchMore(district));
    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0).contains(QStringLiteral("model.redgrid")));
    CHECK_FALSE(f.model.canFetchMore(district));  // no retry loop
}
