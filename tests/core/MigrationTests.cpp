#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "names/NameReadings.h"
#include "security/SecuredFile.h"
#include "security/SecuritySchema.h"
#include "storage/DatabaseFile.h"
#include "storage/Schema.h"
#include "storage/SqliteError.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace redgrid;
using namespace redgrid::storage;

namespace {

// A RedGrid file as an older RedGrid would have left it: schema at `version`, with data
// of that version's tables, written straight through SQL as the older code did.
void makeDatabaseAtVersion(const QString& path, int version)
{
    auto db = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
    db->exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::ApplicationId));
    db->exec("PRAGMA journal_mode = WAL");
    const auto admin = test::testAdministrator();
    Schema::migrate(*db, version, { version >= security::FirstSecuredVersion ? &admin : nullptr, nullptr });
    REQUIRE(db->pragmaInt("user_version") == version);
    if (version >= 1) {
        db->exec(
            "INSERT INTO setting VALUES ('installation.id', 'test', 0, 0);"
            "INSERT INTO hierarchy_node (id, parent_id, level, kind, name, code, created_at, modified_at) "
            "VALUES (x'01000000000000000000000000000001', NULL, 1, 'district', '江北区', '500105', 0, 0),"
            "       (x'01000000000000000000000000000002', x'01000000000000000000000000000001', 2, 'street', "
            "        '观音桥街道', '500105006000', 0, 0);");
    }
    if (version >= security::FirstSecuredVersion) {
        // Members as versions 3 to 8 stored them (the values need not open here), with the
        // pinyin sort keys of before version 9: no tones, so 王 and 汪 sorted as one.
        const QString sealed = QLatin1String(version >= 7 ? "secrets_sealed" : "id_sealed");
        db->exec(QStringLiteral(
            "INSERT INTO party_org (id, kind, name, code, created_at, modified_at) VALUES "
            "(x'02000000000000000000000000000001', 'branch', '第一支部', 'B1', 0, 0);"
            "INSERT INTO member (id, org_id, name, id_hash, %1, id_last4, category, "
            "sort_pinyin, sort_stroke, spell, initials, created_at, modified_at) VALUES "
            "(x'03000000000000000000000000000001', x'02000000000000000000000000000001', '张三', "
            "x'aa', x'bb', '0012', '1', 'zhang san', x'01', 'zhangsan', 'zs', 0, 0),"
            "(x'03000000000000000000000000000002', x'02000000000000000000000000000001', '王芳', "
            "x'ab', x'bb', '0034', '1', 'wang fang' || char(1) || '王芳', x'02', 'wangfang', 'wf', 0, 0),"
            "(x'03000000000000000000000000000003', x'02000000000000000000000000000001', '汪洋', "
            "x'ac', x'bb', '0056', '1', 'wang yang' || char(1) || '汪洋', x'03', 'wangyang', 'wy', 0, 0);")
                     .arg(sealed));
    }
}

}  // namespace

TEST_CASE("A database at every earlier schema version migrates to the newest", "[core][migration]")
{
    for (int version = 0; version < Schema::latestVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            test::TempDir dir;
            const QString path = dir.path(QStringLiteral("old.redgrid"));
            makeDatabaseAtVersion(path, version);

            // Reaching version 3 names the first administrator, who is then signed in; a
            // later version signs in as before.
            std::unique_ptr<Connection> opened;
            if (version < security::FirstSecuredVersion) {
                CHECK(security::SecuredFile::needsFirstAdministrator(path));
                CHECK_FALSE(DatabaseFile::open(path).ok());
                const auto admin = test::testAdministrator();
                auto migrated = security::SecuredFile::open(path, &admin);
                REQUIRE(migrated.ok());
                opened = std::move(migrated.value());
            } else {
                opened = test::openSignedIn(path);
                REQUIRE(opened);
            }
            Connection& db = *opened;
            CHECK_FALSE(security::SecuredFile::needsFirstAdministrator(path));
            CHECK(db.pragmaInt("user_version") == Schema::latestVersion());
            auto integrity = db.prepare("PRAGMA integrity_check");
            REQUIRE(integrity.step());
            CHECK(integrity.text(0) == QStringLiteral("ok"));
            CHECK_FALSE(db.prepare("PRAGMA foreign_key_check").step());

            if (version >= 1) {  // what the old version held is still there
                hierarchy::HierarchyStore store(db);
                const auto street = store.nodeByCode(QStringLiteral("500105006000"));
                REQUIRE(street);
                CHECK(street->name == QStringLiteral("观音桥街道"));
                CHECK(store.root()->name == QStringLiteral("江北区"));
            }
            // Version 11: the assessment's tables, with the two default templates to copy.
            CHECK(db.scalar("SELECT count(*) FROM assessment_template WHERE version = 1") == 2);
            CHECK(db.scalar("SELECT count(*) FROM assessment_sheet") == 0);
            // Version 6: one index keeps ID numbers unique and finds them by their last 4 digits.
            CHECK(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('member_id_hash', "
                            "'member_id_last4')")
                == 0);
            CHECK(db.scalar("SELECT count(*) FROM pragma_index_list('member') WHERE name = "
                            "'member_id_number' AND \"unique\"")
                == 1);
            // Version 8: the columns the member indexes hold come first in the row, and every
            // index is there again after the table was rebuilt.
            {
                auto columns = db.prepare("SELECT name FROM pragma_table_info('member') ORDER BY cid");
                QStringList order;
                while (columns.step())
                    order.append(columns.text(0));
                CHECK(order.mid(0, 13).join(QLatin1Char(' '))
                    == QStringLiteral("id org_id status name id_last4 id_hash mobile_last4 "
                                      "landline_last4 sort_pinyin spell initials spell_alt initials_alt"));
                CHECK(order.size() == 47);  // as many as version 7 had: none lost
                CHECK(db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                "tbl_name = 'member' AND name LIKE 'member_%'")
                    == 10);
            }
            if (version == 3) {  // the member kept, its ID number still unique
                CHECK(db.scalar("SELECT count(*) FROM member WHERE name = '张三' AND id_hash = x'aa'") == 1);
                CHECK(db.scalar("SELECT count(*) FROM member WHERE rowid = 1 AND "
                                "id = x'03000000000000000000000000000001' AND "
                                "org_id = x'02000000000000000000000000000001' AND secrets_sealed = x'bb' "
                                "AND id_last4 = '0012' AND category = '1' "
                                "AND spell = 'zhangsan' AND initials = 'zs' "
                                "AND status = 'active' AND mobile_last4 = '' AND spell_alt IS NULL")
                    == 1);
                CHECK_THROWS_AS(
                    db.exec("INSERT INTO member (id, org_id, name, id_hash, secrets_sealed, id_last4, "
                            "category, sort_pinyin, sort_stroke, spell, initials, created_at, "
                            "modified_at) SELECT x'03000000000000000000000000000009', org_id, "
                            "'李四', id_hash, secrets_sealed, id_last4, category, sort_pinyin, "
                            "sort_stroke, spell, initials, 0, 0 FROM member WHERE name = '张三'"),
                    SqliteError);
            }
            // Version 5: members' status is checked by comparisons, which SQLite runs without
            // building a temporary b-tree per write, and still refuses what is not a status.
            {
                auto insert
                    = db.prepare("EXPLAIN INSERT INTO member (id, org_id, name, id_hash, secrets_sealed, "
                                 "id_last4, category, sort_pinyin, sort_stroke, spell, initials, "
                                 "status, created_at, modified_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)");
                int temporaryTrees = 0;
                while (insert.step())
                    temporaryTrees += insert.text(1) == QStringLiteral("OpenEphemeral") ? 1 : 0;
                CHECK(temporaryTrees == 0);
            }
            // Rows written at version 10 or later hold the keys of their time: the fixture's
            // stand-in keys are those of versions 3 to 9 only.
            if (version >= security::FirstSecuredVersion && version < 10) {
                // Version 10: every member's search and stroke keys are computed again with the
                // completed readings table (the old rows hold stand-in stroke keys x'01' …).
                const names::NameReadings readings;
                auto keyed = db.prepare("SELECT name, sort_stroke, spell, initials, spell_alt FROM member");
                int members = 0;
                while (keyed.step()) {
                    ++members;
                    const names::NameKeys keys = readings.keysFor(keyed.text(0), names::NameKind::Person);
                    INFO(keyed.text(0).toStdString());
                    CHECK(keyed.blob(1) == keys.strokeKey);
                    CHECK(keyed.text(2) == keys.spellings.value(0));
                    CHECK(keyed.text(3) == keys.initials.value(0));
                    CHECK(keyed.isNull(4) == (keys.spellings.size() < 2));
                }
                CHECK(members == 3);
            }
            if (version >= security::FirstSecuredVersion && version < 10) {
                // Version 9: the pinyin sort keys are the dictionary's, tones included: 汪 wāng
                // before 王 wáng, both before 张 zhāng, whatever the given names.
                const names::NameReadings readings;
                auto sorted = db.prepare("SELECT name, sort_pinyin FROM member ORDER BY sort_pinyin");
                QStringList order;
                while (sorted.step()) {
                    order.append(sorted.text(0));
                    CHECK(sorted.text(1)
                        == readings.keysFor(sorted.text(0), names::NameKind::Person).sortKey + QChar(1)
                            + sorted.text(0));
                }
                CHECK(order
                    == QStringList {
                        QStringLiteral("汪洋"), QStringLiteral("王芳"), QStringLiteral("张三") });
            }
            if (version == 3) {
                CHECK_THROWS_AS(db.exec("UPDATE member SET status = 'retired'"), SqliteError);
                db.exec("UPDATE member SET status = 'deceased' WHERE name = '张三'");
                CHECK(db.scalar("SELECT count(*) FROM member WHERE status = 'deceased'") == 1);
            }

            // The migrated database accepts the newest program's writes.
            hierarchy::HierarchyEditor editor(db);
            if (version == 0)
                REQUIRE(editor
                            .createRoot(hierarchy::NodeKind::District, QStringLiteral("500105"),
                                QStringLiteral("江北区"))
                            .ok());
            CHECK(editor
                      .add(hierarchy::HierarchyStore(db).root()->id,
                          { hierarchy::NodeKind::Town, QStringLiteral("鱼嘴镇") })
                      .ok());
        }
    }
}

TEST_CASE("Every record table has an explicit primary key and timestamps", "[core][migration]")
{
    auto db = Connection::openInMemory();
    const auto admin = test::testAdministrator();
    Schema::migrate(*db, Schema::latestVersion(), { &admin, nullptr });
    auto tables
        = db->prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    int count = 0;
    while (tables.step()) {
        const QString table = tables.text(0);
        INFO("table " << table.toStdString());
        ++count;
        auto columns = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table).toUtf8().constData());
        bool hasPrimaryKey = false, hasCreated = false, hasModified = false;
        while (columns.step()) {
            hasPrimaryKey = hasPrimaryKey || columns.integer(5) > 0;
            hasCreated = hasCreated || columns.text(1) == QStringLiteral("created_at");
            hasModified = hasModified || columns.text(1) == QStringLiteral("modified_at");
        }
        CHECK(hasPrimaryKey);
        CHECK(hasCreated);
        CHECK(hasModified);
    }
    CHECK(count >= 2);
}

TEST_CASE("A failing migration leaves the file at its old version, unchanged", "[core][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("conflict.redgrid"));
    {
        auto db = Connection::open(path, Connection::OpenMode::ReadWriteCreate);
        db->exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::ApplicationId));
        db->exec("CREATE TABLE hierarchy_node (x INTEGER)");  // in the way of migration 1
    }
    const auto admin = test::testAdministrator();
    auto opened = security::SecuredFile::open(path, &admin);
    REQUIRE_FALSE(opened.ok());
    auto db = Connection::open(path, Connection::OpenMode::ReadOnly);
    CHECK(db->pragmaInt("user_version") == 0);
    CHECK(db->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'setting'") == 0);
}

namespace {

// A migration step of the list below: records that it ran after every part's statements.
void countTables(Connection& db, const Upgrade&)
{
    db.exec(QStringLiteral("INSERT INTO seen VALUES (%1)")
                .arg(db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")));
}

}  // namespace

TEST_CASE(
    "Domains register their migrations; storage runs them in order, in one transaction", "[core][migration]")
{
    // The program's list: every version from 1 to the newest, each domain's tables owned by it.
    CHECK(Schema::latestVersion() >= 9);

    MigrationList list;
    list.add({ .version = 2, .domain = "b", .sql = "CREATE TABLE b (x);", .step = countTables });
    list.add({ .version = 1, .part = 2, .domain = "a2", .sql = "CREATE TABLE a2 (x);" });
    list.add({ .version = 1, .part = 1, .domain = "a1", .sql = "CREATE TABLE seen (tables);" });
    // Two modules claiming one version is a programming error, told at start-up.
    CHECK_THROWS_AS(
        list.add({ .version = 2, .domain = "c", .sql = "CREATE TABLE c (x);" }), std::logic_error);
    CHECK(list.latestVersion() == 2);

    test::TempDir dir;
    auto db
        = Connection::open(dir.path(QStringLiteral("list.redgrid")), Connection::OpenMode::ReadWriteCreate);
    list.migrate(*db, 1);
    CHECK(db->pragmaInt("user_version") == 1);
    CHECK(db->scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'b'") == 0);
    list.migrate(*db, 2);
    CHECK(db->pragmaInt("user_version") == 2);
    CHECK(db->scalar("SELECT tables FROM seen") == 3);  // seen, a2, b: the step ran after b's SQL

    // A gap in the versions refuses every database: none is opened with a migration left out.
    MigrationList gap;
    gap.add({ .version = 1, .domain = "a", .sql = "" });
    gap.add({ .version = 3, .domain = "c", .sql = "" });
    CHECK_THROWS_AS(gap.latestVersion(), std::logic_error);
    CHECK_THROWS_AS(MigrationList().latestVersion(), std::logic_error);
}
