#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/DivisionImporter.h"
#include "security/SecuredFile.h"
#include "storage/DatabaseFile.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace redgrid;
using namespace redgrid::hierarchy;
using namespace redgrid::importexport;

namespace {

// (row, reason) of each rejected row, in std types so that Catch prints them.
using Rejections = std::vector<std::pair<qint64, std::string>>;

const QString Header = QStringLiteral("code,name,parent_code,level\n");
const QString Huaxinjie = QStringLiteral("500105001000,华新街街道,500105000000,4\n");
const QString Qiaobei = QStringLiteral("500105001001,桥北社区居民委员会,500105001000,5\n");
const QString Huaxin = QStringLiteral("500105001002,华新社区居民委员会,500105001000,5\n");

std::string s(const QString& text)
{
    return text.toStdString();
}

void checkBalanced(const DivisionImportReport& report)
{
    CHECK(report.read == report.imported() + report.rejected);
    CHECK(report.rejected == report.rejectedRows.size());
    for (qsizetype i = 1; i < report.rejectedRows.size(); ++i)
        CHECK(report.rejectedRows[i - 1].row < report.rejectedRows[i].row);
}

Rejections rejections(const DivisionImportReport& report)
{
    Rejections result;
    for (const RejectedRow& row : report.rejectedRows)
        result.emplace_back(row.row, s(row.reason));
    return result;
}

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("jb.redgrid")));
    HierarchyStore store { *db };
    HierarchyEditor editor { *db };
    DivisionImporter importer { *db };

    DivisionImportReport importFile(const QString& path, bool dryRun = false)
    {
        auto report = importer.importFile(path, dryRun);
        INFO((report.ok() ? QString() : report.error().toString()).toStdString());
        REQUIRE(report.ok());
        checkBalanced(report.value());
        return report.value();
    }
    DivisionImportReport import(const QString& csv, bool dryRun = false)
    {
        const QString path = dir.path(QStringLiteral("list.csv"));
        test::writeText(path, csv);
        return importFile(path, dryRun);
    }
    Error refused(const QByteArray& bytes)
    {
        const QString path = dir.path(QStringLiteral("refused.csv"));
        test::writeBytes(path, bytes);
        return refusedFile(path);
    }
    Error refusedFile(const QString& path)
    {
        const QStringList before = dump();
        auto report = importer.importFile(path);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().file == QDir::toNativeSeparators(path));
        CHECK(dump() == before);
        return report.error();
    }
    std::optional<HierarchyNode> node(const char* code)
    {
        return store.nodeByCode(QString::fromLatin1(code));
    }
    QString nameOf(const char* code)
    {
        const auto found = node(code);
        return found ? found->name : QStringLiteral("(missing)");
    }
    qint64 nodeCount() { return db->scalar("SELECT count(*) FROM hierarchy_node"); }
    // Every node with what could change, to show that nothing did.
    QStringList dump()
    {
        auto st = db->prepare(
            "SELECT n.code, n.name, n.kind, coalesce(p.code, ''), n.modified_at FROM hierarchy_node n "
            "LEFT JOIN hierarchy_node p ON p.id = n.parent_id ORDER BY n.code");
        QStringList rows;
        while (st.step())
            rows.append(QStringList { st.text(0), st.text(1), st.text(2), st.text(3), st.text(4) }.join(
                QLatin1Char('|')));
        return rows;
    }
};

}  // namespace

TEST_CASE("The real list of 江北区 imports completely; importing it again changes nothing", "[core][import]")
{
    Fixture f;
    const QString path = test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"));
    const auto report = f.importFile(path);
    CHECK(report.file == QDir::toNativeSeparators(path));
    CHECK(report.read == 147);
    CHECK(report.imported() == 147);
    CHECK(report.inserted == 144);  // 12 streets and towns, 132 communities and villages
    CHECK(report.unchanged == 3);  // 重庆市, 市辖区 and 江北区 itself
    CHECK(report.rejected == 0);
    CHECK(rejections(report).empty());

    const auto counts = f.store.countByLevel();
    CHECK(counts[NodeLevel::District] == 1);
    CHECK(counts[NodeLevel::Street] == 12);
    CHECK(counts[NodeLevel::Community] == 132);
    CHECK(f.db->scalar("SELECT count(*) FROM hierarchy_node WHERE kind = 'town'") == 3);
    CHECK(f.db->scalar("SELECT count(*) FROM hierarchy_node WHERE kind = 'street'") == 9);
    CHECK(f.db->scalar("SELECT count(*) FROM hierarchy_node WHERE kind = 'village'") == 13);
    CHECK(f.db->scalar("SELECT count(*) FROM hierarchy_node WHERE kind = 'community'") == 119);
    for (const char* town : { "500105100000", "500105101000", "500105102000" })
        CHECK(f.node(town)->kind == NodeKind::Town);
    CHECK(s(f.nameOf("500105100000")) == "鱼嘴镇");
    CHECK(s(f.nameOf("500105101000")) == "复盛镇");
    CHECK(s(f.nameOf("500105102000")) == "五宝镇");
    CHECK(f.node("500105006000")->kind == NodeKind::Street);
    CHECK(f.node("500105006000")->parentId == f.store.root()->id);

    // The committee suffixes are gone.
    CHECK(f.db->scalar("SELECT count(*) FROM hierarchy_node WHERE name LIKE '%委员会' OR name LIKE '%工作站'")
        == 0);
    const auto qiaobei = f.node("500105001001");
    REQUIRE(qiaobei);
    CHECK(s(qiaobei->name) == "桥北社区");
    CHECK(qiaobei->kind == NodeKind::Community);
    CHECK(qiaobei->parentId == f.node("500105001000")->id);
    const auto jingchi = f.node("500105100202");
    REQUIRE(jingchi);
    CHECK(s(jingchi->name) == "井池村");
    CHECK(jingchi->kind == NodeKind::Village);
    CHECK(jingchi->parentId == f.node("500105100000")->id);

    const QStringList afterFirst = f.dump();
    const auto again = f.importFile(path);
    CHECK(again.read == 147);
    CHECK(again.unchanged == 147);
    CHECK(again.inserted + again.updated + again.rejected == 0);
    CHECK(f.dump() == afterFirst);
}

TEST_CASE("A dry run reports exactly what a real run does, and writes nothing", "[core][import]")
{
    Fixture f;
    const QString path = test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"));
    const QStringList before = f.dump();
    const auto dry = f.importFile(path, true);
    CHECK(f.dump() == before);
    CHECK(f.nodeCount() == 1);
    CHECK(dry.inserted == 144);
    CHECK_FALSE(f.db->inTransaction());

    const auto real = f.importFile(path);
    CHECK(real.inserted == dry.inserted);
    CHECK(real.unchanged == dry.unchanged);
    CHECK(f.nodeCount() == 145);

    SECTION("also with rejected and renamed rows")
    {
        REQUIRE(f.editor.rename(f.node("500105001001")->id, QStringLiteral("桥北")).ok());
        const QStringList renamed = f.dump();
        const QString csv = Header + Qiaobei + QStringLiteral("500105001099,,500105001000,5\n");
        const auto dryAgain = f.import(csv, true);
        CHECK(f.dump() == renamed);
        const auto realAgain = f.import(csv);
        CHECK(rejections(dryAgain) == rejections(realAgain));
        CHECK(dryAgain.updated == 1);
        CHECK(realAgain.updated == 1);
        CHECK(s(f.nameOf("500105001001")) == "桥北社区");
    }
}

TEST_CASE("Lists saved as GBK, as Excel's Unicode text and as UTF-8 with BOM", "[core][import]")
{
    Fixture f;
    SECTION("GBK, CRLF: 华新街街道 and its 14 communities")
    {
        const auto report = f.importFile(test::fixture(QStringLiteral("divisions/huaxinjie_gbk.csv")));
        CHECK(report.read == 15);
        CHECK(report.inserted == 15);
        CHECK(s(f.nameOf("500105001000")) == "华新街街道");
        CHECK(s(f.nameOf("500105001015")) == "嘉和社区");
    }
    SECTION("UTF-16LE with BOM, tab-separated, Chinese header: 观音桥街道 and its 22 communities")
    {
        const auto report = f.importFile(test::fixture(QStringLiteral("divisions/guanyinqiao_utf16le.txt")));
        CHECK(report.read == 23);
        CHECK(report.inserted == 23);
        CHECK(s(f.nameOf("500105006000")) == "观音桥街道");
        CHECK(s(f.nameOf("500105006016")) == "北国风光社区");
    }
    SECTION("UTF-8 with BOM, Chinese header in another order, the town after its villages")
    {
        const auto report = f.importFile(test::fixture(QStringLiteral("divisions/yuzui_utf8_bom.csv")));
        CHECK(report.read == 8);
        CHECK(report.inserted == 8);
        CHECK(f.node("500105100000")->kind == NodeKind::Town);
        CHECK(s(f.nameOf("500105100202")) == "井池村");
        CHECK(f.node("500105100202")->kind == NodeKind::Village);
        CHECK(s(f.nameOf("500105100003")) == "棠富园社区");
    }
}

TEST_CASE("Headers: any order and case, Chinese names; without a header the default order", "[core][import]")
{
    Fixture f;
    SECTION("no header: the first field is a code")
    {
        const auto report = f.import(Huaxinjie + Qiaobei + QStringLiteral("500105001002,,500105001000,5\n"));
        CHECK(report.read == 3);
        CHECK(report.inserted == 2);
        CHECK(rejections(report) == Rejections { { 3, "the name is empty" } });  // the first row is row 1
    }
    SECTION("English names in any case and order, with an extra column")
    {
        const auto report = f.import(QStringLiteral("Level,PARENT_CODE,备注,Name,Code\n"
                                                    "4,500105000000,,华新街街道,500105001000\n"
                                                    "5,500105001000,老街,桥北社区居民委员会,500105001001\n"));
        CHECK(report.inserted == 2);
        CHECK(s(f.nameOf("500105001001")) == "桥北社区");
    }
    SECTION("Chinese names, semicolons")
    {
        const auto report = f.import(QStringLiteral("区划代码;名称;父级代码;层级\n"
                                                    "500105001000;华新街街道;500105000000;4\n"));
        CHECK(report.inserted == 1);
    }
    SECTION("代码, 上级代码, 级别, with spaces around")
    {
        const auto report = f.import(
            QStringLiteral(" 代码 , 名称 ,上级代码,级别\n500105001000,华新街街道,500105000000,4\n"));
        CHECK(report.inserted == 1);
    }
    SECTION("a header naming none of the columns is refused")
    {
        const Error error = f.refused(
            QStringLiteral("编号,地名,上级,类型\n500105001000,华新街街道,500105000000,4\n").toUtf8());
        CHECK(s(error.message) == "the first row names none of the columns code, name, parent_code, level");
        CHECK(error.row == 1);
    }
    SECTION("a header without a needed column is refused")
    {
        const Error error
            = f.refused(QStringLiteral("code,name,parent\n500105001000,华新街街道,500105000000\n").toUtf8());
        CHECK(s(error.message) == "the header lacks the column(s) parent_code, level");
    }
    SECTION("a header naming a column twice is refused")
    {
        const Error error = f.refused(QStringLiteral("code,name,代码,level\n").toUtf8());
        CHECK(s(error.message) == "the header names the column code twice");
    }
}

TEST_CASE("Committee suffixes are dropped the way people write the names", "[core][import]")
{
    const std::vector<std::pair<int, std::pair<const char*, const char*>>> cases {
        { 5, { "桥北社区居民委员会", "桥北社区" } }, { 5, { "石子村村民委员会", "石子村" } },
        { 5, { "真武村民委员会", "真武村" } },  // the 村 of 村民委员会 belongs to the name
        { 5, { "石角社区村民委员会", "石角社区村" } },  // beside 石角社区居民委员会 in the same town
        { 5, { "化龙桥社区工作站", "化龙桥社区" } }, { 5, { "重庆村社区居民委员会", "重庆村社区" } },
        { 5, { "鹿角社区居委会", "鹿角社区" } }, { 5, { "石子村村委会", "石子村" } },
        { 5, { "  桥北社区  ", "桥北社区" } },
        { 5, { "村民委员会", "村民委员会" } },  // nothing left: kept as written
        { 5, { "某某居民委员会", "某某居民委员会" } },  // no 社区 in it: kept as written
        { 4, { "观音桥街道办事处", "观音桥街道" } }, { 4, { "鱼嘴镇", "鱼嘴镇" } },
        { 4, { "桥北社区居民委员会", "桥北社区居民委员会" } },  // only level 5 has committees
    };
    for (const auto& [level, names] : cases) {
        INFO(level << " " << names.first);
        CHECK(s(DivisionImporter::everydayName(level, QString::fromUtf8(names.first))) == names.second);
    }

    const std::vector<std::pair<int, std::pair<const char*, NodeKind>>> kinds {
        { 4, { "华新街街道", NodeKind::Street } },
        { 4, { "鱼嘴镇", NodeKind::Town } },
        { 4, { "太和乡", NodeKind::Township } },
        { 4, { "石家土家族乡", NodeKind::Township } },
        { 4, { "后坪苗族土家族乡", NodeKind::Township } },
        { 4, { "某某农场", NodeKind::Street } },
        { 4, { "观音桥街道办事处", NodeKind::Street } },
        { 5, { "桥北社区居民委员会", NodeKind::Community } },
        { 5, { "井池村村民委员会", NodeKind::Village } },
        { 5, { "先锋社区村民委员会", NodeKind::Village } },
        { 5, { "重庆村社区居民委员会", NodeKind::Community } },
        { 5, { "化龙桥社区工作站", NodeKind::Community } },
        { 5, { "石子村", NodeKind::Village } },
        { 5, { "桥北社区", NodeKind::Community } },
        { 5, { "某某", NodeKind::Community } },
    };
    for (const auto& [level, named] : kinds) {
        INFO(level << " " << named.first);
        CHECK(DivisionImporter::kindOf(level, QString::fromUtf8(named.first)) == named.second);
    }
}

TEST_CASE("Rejected: a row with the wrong number of fields", "[core][import][reject]")
{
    Fixture f;
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("500105001001,桥北社区居民委员会,500105001000\n")
            + QStringLiteral("500105001003,嘉陵社区居民委员会,500105001000,5,\n") + Huaxin);
    CHECK(report.read == 4);
    CHECK(report.inserted == 2);
    CHECK(rejections(report)
        == Rejections {
            { 3, "the row has 3 fields instead of 4" }, { 4, "the row has 5 fields instead of 4" } });
    CHECK(s(report.rejectedRows[0].code) == "500105001001");
    CHECK(s(report.rejectedRows[0].name) == "桥北社区居民委员会");
    CHECK(s(f.nameOf("500105001002")) == "华新社区");
    CHECK_FALSE(f.node("500105001001"));
}

TEST_CASE("Rejected: codes that are not 12 digits", "[core][import][reject]")
{
    Fixture f;
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("50010500100,桥北社区居民委员会,500105001000,5\n")
            + QStringLiteral("5001050010O3,嘉陵社区居民委员会,500105001000,5\n")
            + QStringLiteral(",建新社区居民委员会,500105001000,5\n")
            + QStringLiteral("5001050010050,大兴社区居民委员会,500105001000,5\n") + Huaxin);
    CHECK(report.inserted == 2);
    CHECK(rejections(report)
        == Rejections {
            { 3, "the code \"50010500100\" has 11 digits; division codes have 12" },
            { 4, "the code \"5001050010O3\" must contain digits only" },
            { 5, "the code is empty" },
            { 6, "the code \"5001050010050\" has 13 digits; division codes have 12" },
        });
    CHECK(f.nodeCount() == 3);
}

TEST_CASE("Rejected: an empty name", "[core][import][reject]")
{
    Fixture f;
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("500105001001,  ,500105001000,5\n") + Huaxin);
    CHECK(report.inserted == 2);
    CHECK(rejections(report) == Rejections { { 3, "the name is empty" } });
    CHECK_FALSE(f.node("500105001001"));
}

TEST_CASE("Rejected: a level that is not a whole number from 1 to 5", "[core][import][reject]")
{
    Fixture f;
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("500105001001,桥北社区居民委员会,500105001000,6\n")
            + QStringLiteral("500105001003,嘉陵社区居民委员会,500105001000,五\n")
            + QStringLiteral("500105001005,建新社区居民委员会,500105001000,\n")
            + QStringLiteral("500105001006,大兴社区居民委员会,500105001000,4.5\n")
            + QStringLiteral("500105001007,野水沟社区居民委员会,500105001000,0\n") + Huaxin);
    CHECK(report.inserted == 2);
    CHECK(rejections(report)
        == Rejections {
            { 3, "the level \"6\" is not a whole number from 1 to 5" },
            { 4, "the level \"五\" is not a whole number from 1 to 5" },
            { 5, "the level \"\" is not a whole number from 1 to 5" },
            { 6, "the level \"4.5\" is not a whole number from 1 to 5" },
            { 7, "the level \"0\" is not a whole number from 1 to 5" },
        });
}

TEST_CASE("Rejected: a parent code that is neither in the file nor in the database", "[core][import][reject]")
{
    Fixture f;
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("500105002001,三洞桥社区居民委员会,500105002000,5\n")
            + QStringLiteral("500105001003,嘉陵社区居民委员会,,5\n") + Huaxin);
    CHECK(report.inserted == 2);
    CHECK(rejections(report)
        == Rejections {
            { 3, "the parent code 500105002000 is neither in the file nor in the database" },
            { 4, "the parent code is empty" },
        });
}

TEST_CASE("Rejected: a row at the wrong level for its parent", "[core][import][reject]")
{
    Fixture f;
    // 500105002000 江北城街道 exists in the database only; 华新街街道 is in the file.
    REQUIRE(f.editor
                .add(f.store.root()->id,
                    { NodeKind::Street, QStringLiteral("江北城街道"), QStringLiteral("500105002000") })
                .ok());
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("500105009001,某某社区居民委员会,500105000000,5\n")
            + QStringLiteral("500105003000,石马河街道,500105001000,4\n")
            + QStringLiteral("500105002001,三洞桥社区居民委员会,500105002000,4\n")
            + QStringLiteral("500105002002,桂花街社区居民委员会,500105002000,5\n") + Qiaobei);
    CHECK(report.inserted == 3);
    CHECK(rejections(report)
        == Rejections {
            { 3,
                "a level-5 row belongs below a street/town, but its parent 500105000000 \"江北区\" is a "
                "district" },
            { 4, "a level-4 row belongs below a level-3 row, but its parent, row 2, is at level 4" },
            { 5,
                "a level-4 row belongs below a district/county, but its parent 500105002000 \"江北城街道\" "
                "is a "
                "street" },
        });
    CHECK(s(f.nameOf("500105002002")) == "桂花街社区");
    CHECK(s(f.nameOf("500105001001")) == "桥北社区");
}

TEST_CASE("Rejected: a code that appears twice in the file", "[core][import][reject]")
{
    Fixture f;
    const auto report = f.import(Header + Huaxinjie + Qiaobei
        + QStringLiteral("500105001001,华新社区居民委员会,500105001000,5\n") + Huaxin + Huaxinjie);
    CHECK(report.read == 5);
    CHECK(report.inserted == 3);
    CHECK(rejections(report) == Rejections { { 4, "duplicate of row 3" }, { 6, "duplicate of row 2" } });
    CHECK(s(f.nameOf("500105001001")) == "桥北社区");  // the first one wins
}

TEST_CASE("Rejected: a code that does not begin with its parent's digits", "[core][import][reject]")
{
    Fixture f;
    const auto report
        = f.import(Header + Huaxinjie + QStringLiteral("500105002001,三洞桥社区居民委员会,500105001000,5\n")
            + QStringLiteral("500105010001,某某街道,500105000000,4\n") + Qiaobei);
    CHECK(report.inserted == 2);
    CHECK(rejections(report)
        == Rejections {
            { 3,
                "the code \"500105002001\" must begin with 500105001, the leading digits of its parent's "
                "code "
                "500105001000" },
            { 4, "the code \"500105010001\" of a street or town must end in 000" },
        });
}

TEST_CASE("Rejected: a code the database already uses under another parent", "[core][import][reject]")
{
    Fixture f;
    f.import(Header + Huaxinjie + Qiaobei + QStringLiteral("500105002000,江北城街道,500105000000,4\n"));
    const auto report = f.import(Header + QStringLiteral("500105001001,三洞桥社区居民委员会,500105002000,5\n")
        + QStringLiteral("500105002001,三洞桥社区居民委员会,500105002000,5\n"));
    CHECK(report.inserted == 1);
    CHECK(rejections(report)
        == Rejections {
            { 2, "the code 500105001001 is already used by \"桥北社区\" under \"华新街街道\"" } });
    CHECK(f.node("500105001001")->parentId == f.node("500105001000")->id);
}

TEST_CASE("Rejected: a name a sibling already has", "[core][import][reject]")
{
    Fixture f;
    f.import(Header + Huaxinjie + QStringLiteral("500105001009,桥北社区,500105001000,5\n"));
    const auto report
        = f.import(Header + Qiaobei + Huaxin + QStringLiteral("500105001003,华新社区,500105001000,5\n")
            + QStringLiteral("500105002000,华新街街道,500105000000,4\n"));
    CHECK(report.inserted == 1);
    CHECK(rejections(report)
        == Rejections {
            { 2, "\"桥北社区\" already exists here (code 500105001009); names must differ among siblings" },
            { 4, "\"华新社区\" already exists here (code 500105001002); names must differ among siblings" },
            { 5, "\"华新街街道\" already exists here (code 500105001000); names must differ among siblings" },
        });
}

TEST_CASE("Rejected: the rows below a rejected parent", "[core][import][reject]")
{
    Fixture f;
    // The children come first: parents are processed before them wherever they are.
    const auto report = f.import(Header + Qiaobei + QStringLiteral("500105001000,,500105000000,4\n") + Huaxin
        + QStringLiteral("500105002000,江北城街道,500105000000,4\n")
        + QStringLiteral("500105002001,三洞桥社区居民委员会,500105002000,5\n"));
    CHECK(report.inserted == 2);
    CHECK(rejections(report)
        == Rejections {
            { 2, "its parent, row 3, was rejected" },
            { 3, "the name is empty" },
            { 4, "its parent, row 3, was rejected" },
        });
    CHECK(s(f.nameOf("500105002001")) == "三洞桥社区");
}

TEST_CASE("Rejected: rows of another district, province or prefecture", "[core][import][reject]")
{
    Fixture f;
    const auto report = f.import(Header
        + QStringLiteral("500000000000,重庆市,,1\n"
                         "110000000000,北京市,,1\n"
                         "500200000000,县,500000000000,2\n"
                         "500101000000,万州区,500100000000,3\n"
                         "500101001000,高笋塘街道,500101000000,4\n"
                         "500101001001,东方广场社区居民委员会,500101001000,5\n"
                         "500112001001,某某社区居民委员会,500105001000,5\n")
        + Huaxinjie);
    CHECK(report.read == 8);
    CHECK(report.unchanged == 1);
    CHECK(report.inserted == 1);
    const std::string other = "is not the province or prefecture of this database's district 500105 江北区";
    CHECK(rejections(report)
        == Rejections {
            { 3, other },
            { 4, other },
            { 5, "belongs to district 500101, not to this database's district 500105 江北区" },
            { 6, "belongs to district 500101, not to this database's district 500105 江北区" },
            { 7, "belongs to district 500101, not to this database's district 500105 江北区" },
            { 8, "belongs to district 500112, not to this database's district 500105 江北区" },
        });
    CHECK(f.nodeCount() == 2);
}

TEST_CASE("The district's own rows: ancestors accepted, the district renamed when its name differs",
    "[core][import]")
{
    Fixture f;
    const QString top = QStringLiteral("500000000000,重庆市,,1\n500100000000,市辖区,500000000000,2\n");
    REQUIRE(f.editor.rename(f.store.root()->id, QStringLiteral("江北")).ok());
    const auto report = f.import(Header + top + QStringLiteral("500105000000,江北区,500100000000,3\n")
        + Huaxinjie + QStringLiteral("500101001000,高笋塘街道,500101000000,4\n"));
    CHECK(report.unchanged == 2);
    CHECK(report.updated == 1);
    CHECK(report.inserted == 1);
    // Messages after the renaming name the district by its new name.
    CHECK(rejections(report)
        == Rejections { { 6, "belongs to district 500101, not to this database's district 500105 江北区" } });
    CHECK(s(f.store.root()->name) == "江北区");
    CHECK(f.store.root()->code == QStringLiteral("500105"));
    CHECK(f.store.root()->kind == NodeKind::District);

    const auto again
        = f.import(Header + top + QStringLiteral("500105000000,江北区,500100000000,3\n") + Huaxinjie);
    CHECK(again.unchanged == 4);

    // Levels 1-2 must match the district's own codes at the right level.
    const auto wrongLevel = f.import(Header + QStringLiteral("500100000000,市辖区,,1\n"));
    CHECK(rejections(wrongLevel)
        == Rejections {
            { 2, "is not the province or prefecture of this database's district 500105 江北区" } });
}

TEST_CASE("Existing nodes are renamed when the list has another name; the kind follows", "[core][import]")
{
    Fixture f;
    f.import(Header
        + QStringLiteral(
            "500105100000,鱼嘴镇,500105000000,4\n500105100202,井池村村民委员会,500105100000,5\n"));
    const RecordId town = f.node("500105100000")->id;
    REQUIRE(f.editor.rename(f.node("500105100202")->id, QStringLiteral("井池")).ok());

    // 撤镇设街道: the town became a street.
    const auto report = f.import(Header
        + QStringLiteral("500105100000,鱼嘴街道,500105000000,4\n"
                         "500105100202,井池村村民委员会,500105100000,5\n"));
    CHECK(report.updated == 2);
    CHECK(f.node("500105100000")->id == town);
    CHECK(s(f.nameOf("500105100000")) == "鱼嘴街道");
    CHECK(f.node("500105100000")->kind == NodeKind::Street);
    CHECK(s(f.nameOf("500105100202")) == "井池村");
    CHECK(f.nodeCount() == 3);
}

TEST_CASE("Row numbers are spreadsheet rows: blank rows count, quoted line breaks do not", "[core][import]")
{
    Fixture f;
    const auto report = f.import(Header + QStringLiteral("\n")  // row 2, blank
        + QStringLiteral("500105001000,\"华新街\n街道\",500105000000,4\n")  // row 3, two lines
        + QStringLiteral(",,,\n")  // row 4, empty cells
        + QStringLiteral("500105001001,,500105001000,5\n"));  // row 5
    CHECK(report.read == 2);
    CHECK(rejections(report)
        == Rejections {
            { 3, "the name contains a control character or line break" }, { 5, "the name is empty" } });
    CHECK(f.nodeCount() == 1);
}

TEST_CASE("Files that cannot be read at all are refused, and nothing is written", "[core][import]")
{
    Fixture f;
    f.import(Header + Huaxinjie);
    REQUIRE(f.nodeCount() == 2);
    const QByteArray valid = (Header + Qiaobei).toUtf8();

    SECTION("a missing file")
    {
        CHECK(
            s(f.refusedFile(f.dir.path(QStringLiteral("nowhere.csv"))).message) == "the file does not exist");
    }
    SECTION("a folder")
    {
        REQUIRE(QDir(f.dir.root()).mkdir(QStringLiteral("folder.csv")));
        CHECK(s(f.refusedFile(f.dir.path(QStringLiteral("folder.csv"))).message)
            == "this is a folder, not a file");
    }
    SECTION("an empty file, and one of blank lines")
    {
        CHECK(s(f.refused(QByteArray()).message) == "the file is empty");
        CHECK(s(f.refused(QByteArrayLiteral("\r\n \r\n,,,\r\n")).message) == "the file is empty");
    }
    SECTION("a header and no data")
    {
        CHECK(s(f.refused(Header.toUtf8()).message) == "the file has no data rows");
        CHECK(s(f.refused(QByteArrayLiteral("\xEF\xBB\xBF") + Header.toUtf8() + "\n\n").message)
            == "the file has no data rows");
    }
    SECTION("binary content")
    {
        QByteArray binary = valid;
        binary.insert(40, '\0');
        CHECK(f.refused(binary).message.contains(QStringLiteral("binary")));
        CHECK(f.refused(QByteArrayLiteral("SQLite format 3\0\x10\0\x01\x01"))
                  .message.contains(QStringLiteral("binary")));
    }
    SECTION("bytes that are neither UTF-8 nor GB18030")
    {
        QByteArray broken = valid;
        broken.append("500105001002,\x80\xFF,500105001000,5\n");
        CHECK(f.refused(broken).message.contains(QStringLiteral("neither UTF-8 nor GB18030")));
    }
    SECTION("a quoted field that is never closed")
    {
        const Error error = f.refused(
            valid + "500105001002,\"华新社区,500105001000,5\n500105001003,嘉陵社区,500105001000,5\n");
        CHECK(s(error.message) == "a quoted field that starts in row 3 is never closed");
        CHECK(error.row == 3);
        CHECK(error.toString().endsWith(
            QStringLiteral("refused.csv:3: a quoted field that starts in row 3 is never closed")));
    }
    SECTION("a file too large to be a list of divisions")
    {
        const QString path = f.dir.path(QStringLiteral("huge.csv"));
        QFile huge(path);
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(DivisionImporter::MaxFileSize + 1));  // sparse: no disk used
        huge.close();
        CHECK(f.refusedFile(path).message.contains(QStringLiteral("larger than 64 MB")));
    }
#ifdef Q_OS_LINUX
    SECTION("a file whose reading fails")
    {
        // Opens like a file, but reading address 0 of a process fails with an I/O error.
        CHECK(f.refusedFile(QStringLiteral("/proc/self/mem"))
                  .message.startsWith(QStringLiteral("the file cannot be read")));
    }
#endif
}

TEST_CASE("importBytes names the source as given", "[core][import]")
{
    Fixture f;
    auto report = f.importer.importBytes((Header + Huaxinjie).toUtf8(), QStringLiteral("剪贴板"));
    REQUIRE(report.ok());
    CHECK(s(report->file) == "剪贴板");
    CHECK(report->inserted == 1);
    auto empty = f.importer.importBytes({}, QStringLiteral("剪贴板"));
    REQUIRE_FALSE(empty.ok());
    CHECK(s(empty.error().toString()) == "剪贴板: the file is empty");
}

TEST_CASE("A database failure in the middle of an import undoes all of it", "[core][import]")
{
    Fixture f;
    // 下湾村, one of the last rows, cannot be written, as if the disk were full there.
    f.db->exec("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON hierarchy_node WHEN NEW.code = '500105102205' "
               "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    const QStringList before = f.dump();
    auto report = f.importer.importFile(test::fixture(QStringLiteral("divisions/jiangbei_500105.csv")));
    REQUIRE_FALSE(report.ok());
    CHECK(
        report.error().message.startsWith(QStringLiteral("the import was stopped and nothing was changed")));
    CHECK(report.error().message.contains(QStringLiteral("simulated disk failure")));
    CHECK(f.dump() == before);
    CHECK_FALSE(f.db->inTransaction());

    f.db->exec("DROP TRIGGER fail_late");
    CHECK(f.importFile(test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"))).inserted == 144);
}

TEST_CASE("A database busy in another program: refused, nothing written", "[core][import]")
{
    Fixture f;
    auto other = storage::Connection::open(f.db->path(), storage::Connection::OpenMode::ReadWrite);
    f.db->setBusyTimeout(50);
    const QStringList before = f.dump();
    {
        storage::Transaction holding(*other);
        auto report = f.importer.importBytes((Header + Huaxinjie).toUtf8(), QStringLiteral("list.csv"));
        REQUIRE_FALSE(report.ok());
        CHECK(s(report.error().message) == "the database is busy in another program; nothing was changed");
        CHECK(s(report.error().file) == "list.csv");
    }
    CHECK(f.dump() == before);
    CHECK(f.importer.importBytes((Header + Huaxinjie).toUtf8(), QStringLiteral("list.csv")).ok());
}

TEST_CASE("A database without its district is refused", "[core][import]")
{
    test::TempDir dir;
    auto created = security::SecuredFile::create(dir.path(QStringLiteral("empty.redgrid")),
        test::testAdministrator(), [](storage::Connection&) { return Status::success(); });
    REQUIRE(created.ok());
    storage::Connection& db = *created.value();
    auto report = DivisionImporter(db).importBytes((Header + Huaxinjie).toUtf8(), QStringLiteral("list.csv"));
    REQUIRE_FALSE(report.ok());
    CHECK(s(report.error().message)
        == "this database has no district yet; create it before importing divisions");
    CHECK(db.scalar("SELECT count(*) FROM hierarchy_node") == 0);
}

TEST_CASE("Division import: progress is reported, and cancelling writes nothing", "[core][import]")
{
    test::TempDir dir;
    auto db = test::createJiangbeiDatabase(dir.path(QStringLiteral("cancel.redgrid")));
    hierarchy::HierarchyStore store(*db);
    importexport::DivisionImporter importer(*db);
    const QString list = test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"));

    qint64 calls = 0, lastTotal = 0;
    auto cancelled = importer.importFile(list, false, [&](qint64 done, qint64 total) {
        ++calls;
        lastTotal = total;
        return done < 100;  // cancel at the second report
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(calls == 2);
    CHECK(lastTotal == 147);
    CHECK(store.countByLevel().total() == 1);  // only the district

    auto imported = importer.importFile(list, false, [](qint64, qint64) { return true; });
    REQUIRE(imported.ok());
    CHECK(imported->inserted == 144);
}
