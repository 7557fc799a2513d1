#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "security/SecuredFile.h"
#include "storage/DatabaseFile.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::hierarchy;

namespace {
QStringList namesFound(HierarchyStore& store, const QString& text)
{
    QStringList names;
    for (const HierarchyNode& node : store.search(text, 20))
        names.append(node.name);
    return names;
}
}  // namespace

TEST_CASE("Hierarchy search finds places by their pinyin, read as place names", "[core][hierarchy][names]")
{
    test::TempDir dir;
    auto created = security::SecuredFile::create(
        dir.path(QStringLiteral("cs.redgrid")), test::testAdministrator(), [](storage::Connection& db) {
            HierarchyEditor editor(db);
            auto root
                = editor.createRoot(NodeKind::District, QStringLiteral("500115"), QStringLiteral("长寿区"));
            if (!root)
                return Status(root.error());
            auto street = editor.add(root->id, { NodeKind::Street, QStringLiteral("凤城街道") });
            if (!street)
                return Status(street.error());
            auto community = editor.add(street->id, { NodeKind::Community, QStringLiteral("曾家社区") });
            return community ? Status::success() : Status(community.error());
        });
    REQUIRE(created.ok());
    HierarchyStore store(**created);

    // ICU alone reads 长寿 as "zhang shou"; the shipped readings say "chang shou".
    CHECK(namesFound(store, QStringLiteral("csq")).contains(QStringLiteral("长寿区")));
    CHECK(namesFound(store, QStringLiteral("changshou")).contains(QStringLiteral("长寿区")));
    CHECK_FALSE(namesFound(store, QStringLiteral("zsq")).contains(QStringLiteral("长寿区")));
    CHECK(namesFound(store, QStringLiteral("fcjd")).contains(QStringLiteral("凤城街道")));
    CHECK(namesFound(store, QStringLiteral("FengCheng")).contains(QStringLiteral("凤城街道")));
    // Not a match in the middle of a spelling: "shou" begins no spelling of 长寿区.
    CHECK_FALSE(namesFound(store, QStringLiteral("shou")).contains(QStringLiteral("长寿区")));
    // Renaming recomputes the spelling.
    HierarchyEditor editor(**created);
    const auto node = store.search(QStringLiteral("凤城街道"), 1).value(0);
    REQUIRE(editor.rename(node.id, QStringLiteral("晏家街道")).ok());
    CHECK(namesFound(store, QStringLiteral("yjjd")).contains(QStringLiteral("晏家街道")));
    CHECK_FALSE(namesFound(store, QStringLiteral("fcjd")).contains(QStringLiteral("晏家街道")));
}

TEST_CASE("Migrating a version-1 database spells the names already in its hierarchy",
    "[core][hierarchy][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.redgrid"));
    {
        auto db = storage::Connection::open(path, storage::Connection::OpenMode::ReadWriteCreate);
        db->exec(QStringLiteral("PRAGMA application_id = %1").arg(storage::DatabaseFile::ApplicationId));
        storage::Schema::migrate(*db, 1);
        db->exec(
            "INSERT INTO setting VALUES ('installation.id', 'test', 0, 0);"
            "INSERT INTO hierarchy_node (id, parent_id, level, kind, name, code, created_at, modified_at) "
            "VALUES (x'01000000000000000000000000000001', NULL, 1, 'district', '长寿区', '500115', 0, 0)");
    }
    const auto admin = test::testAdministrator();
    auto opened = security::SecuredFile::open(path, &admin);
    REQUIRE(opened.ok());
    HierarchyStore store(**opened);
    CHECK(namesFound(store, QStringLiteral("csq")) == QStringList { QStringLiteral("长寿区") });
}
