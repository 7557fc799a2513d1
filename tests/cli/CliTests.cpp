// redgrid-cli run as a user runs it: real processes, real files, exit statuses and output.
#include "CliRun.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& arguments)
{
    return test::runCli(arguments);
}

QString initJiangbei(const test::TempDir& dir)
{
    const QString db = dir.path(QStringLiteral("jiangbei.redgrid"));
    const Run run = cli({ QStringLiteral("init"), db, QStringLiteral("--district-code"),
        QStringLiteral("500105"), QStringLiteral("--district-name"), QStringLiteral("江北区") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return db;
}

}  // namespace

TEST_CASE("redgrid-cli --help lists every command, and each command has --help", "[cli]")
{
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    const QStringList commands { QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("info"),
        QStringLiteral("import-divisions"), QStringLiteral("tree"), QStringLiteral("bench") };
    for (const QString& command : commands) {
        INFO(command.toStdString());
        CHECK(help.out.contains(command));
        const Run commandHelp = cli({ command, QStringLiteral("--help") });
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.contains(QStringLiteral("redgrid-cli ") + command));
    }
    CHECK(cli({ QStringLiteral("info"), QStringLiteral("--help") }).out.contains(QStringLiteral("--json")));

    const Run version = cli({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("SQLite 3.")));
    CHECK(version.out.contains(QStringLiteral("Qt 6.")));
}

TEST_CASE("redgrid-cli usage errors exit with 1 and say why on stderr", "[cli]")
{
    CHECK(cli({}).exitCode == 1);
    const Run unknown = cli({ QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
    CHECK(cli({ QStringLiteral("info") }).exitCode == 1);  // DB missing
    CHECK(cli({ QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b") }).exitCode == 1);
    CHECK(cli({ QStringLiteral("info"), QStringLiteral("--no-such-option"), QStringLiteral("x") }).exitCode
        == 1);
    test::TempDir dir;
    const Run noName = cli({ QStringLiteral("init"), dir.path(QStringLiteral("x.redgrid")),
        QStringLiteral("--district-code"), QStringLiteral("500105") });
    CHECK(noName.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.redgrid"))));
    CHECK(cli({ QStringLiteral("demo"), dir.path(QStringLiteral("d.redgrid")), QStringLiteral("--scale"),
                  QStringLiteral("huge") })
              .exitCode
        == 1);
}

TEST_CASE("init creates a database that info describes, in text and JSON", "[cli]")
{
    test::TempDir dir;
    const QString db = initJiangbei(dir);
    const Run info = cli({ QStringLiteral("info"), db, QStringLiteral("--json") });
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = info.json();
    CHECK(json[QStringLiteral("schemaVersion")].toInt() >= 1);
    CHECK(json[QStringLiteral("district")][QStringLiteral("name")].toString() == QStringLiteral("江北区"));
    CHECK(json[QStringLiteral("district")][QStringLiteral("code")].toString() == QStringLiteral("500105"));
    CHECK(json[QStringLiteral("counts")][QStringLiteral("districts")].toInt() == 1);
    CHECK(json[QStringLiteral("counts")][QStringLiteral("streets")].toInt() == 0);
    CHECK(json[QStringLiteral("demo")].toBool() == false);

    const Run text = cli({ QStringLiteral("info"), db });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("江北区 (500105)")));

    const QByteArray before = test::readBytes(db);
    const Run again = cli({ QStringLiteral("init"), db, QStringLiteral("--district-code"),
        QStringLiteral("500112"), QStringLiteral("--district-name"), QStringLiteral("渝北区") });
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(test::readBytes(db) == before);

    const Run badCode = cli(
        { QStringLiteral("init"), dir.path(QStringLiteral("bad.redgrid")), QStringLiteral("--district-code"),
            QStringLiteral("5001X5"), QStringLiteral("--district-name"), QStringLiteral("江北区") });
    CHECK(badCode.exitCode == 2);
    CHECK(badCode.err.contains(QStringLiteral("digits only")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("bad.redgrid"))));
}

TEST_CASE("Commands refuse files that are not RedGrid databases with exit 2 and one line", "[cli]")
{
    test::TempDir dir;
    const QString text = dir.path(QStringLiteral("名册.csv"));
    test::writeText(text, QStringLiteral("姓名,电话\n张三,13800000000\n"));
    for (const QString& command : { QStringLiteral("info"), QStringLiteral("tree") }) {
        const Run run = cli({ command, text });
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.contains(QStringLiteral("名册.csv")));
        CHECK(run.err.contains(QStringLiteral("not a SQLite database")));
    }
    CHECK(test::readBytes(text) == QStringLiteral("姓名,电话\n张三,13800000000\n").toUtf8());
}

TEST_CASE("import-divisions imports the real list of 江北区 and reports in text and JSON", "[cli]")
{
    test::TempDir dir;
    const QString db = initJiangbei(dir);
    const QString list = test::fixture(QStringLiteral("divisions/jiangbei_500105.csv"));

    const Run dry = cli({ QStringLiteral("import-divisions"), db, list, QStringLiteral("--dry-run"),
        QStringLiteral("--json") });
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json()[QStringLiteral("inserted")].toInt() == 144);
    CHECK(cli({ QStringLiteral("info"), db, QStringLiteral("--json") })
              .json()[QStringLiteral("counts")][QStringLiteral("streets")]
              .toInt()
        == 0);

    const Run run = cli({ QStringLiteral("import-divisions"), db, list, QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json();
    CHECK(json[QStringLiteral("read")].toInt() == 147);
    CHECK(json[QStringLiteral("imported")].toInt() == 147);
    CHECK(json[QStringLiteral("rejected")].toInt() == 0);
    const QJsonObject counts = cli({ QStringLiteral("info"), db, QStringLiteral("--json") })
                                   .json()[QStringLiteral("counts")]
                                   .toObject();
    CHECK(counts[QStringLiteral("streets")].toInt() == 12);
    CHECK(counts[QStringLiteral("communities")].toInt() == 132);

    const Run again = cli({ QStringLiteral("import-divisions"), db, list });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("147 unchanged")));

    const Run tree = cli({ QStringLiteral("tree"), db, QStringLiteral("--depth"), QStringLiteral("1") });
    CHECK(tree.exitCode == 0);
    CHECK(tree.out.count(QLatin1Char('\n')) == 13);
    CHECK(tree.out.contains(QStringLiteral("  鱼嘴镇  500105100000")));
    const Run branch
        = cli({ QStringLiteral("tree"), db, QStringLiteral("--from"), QStringLiteral("500105002000") });
    CHECK(branch.out.startsWith(QStringLiteral("江北城街道")));
    CHECK(branch.out.contains(QStringLiteral("\n  桂花街社区  500105002002")));
}

TEST_CASE("import-divisions: bad rows are named on stderr, the rest imported, exit 3", "[cli]")
{
    test::TempDir dir;
    const QString db = initJiangbei(dir);
    const QString file = dir.path(QStringLiteral("divisions.csv"));
    test::writeText(file,
        QStringLiteral("code,name,parent_code,level\n"
                       "500105006000,观音桥街道,500105000000,4\n"
                       "500105006001,建新北路社区居民委员会,500105006000,5\n"
                       "500105006002,,500105006000,5\n"
                       "500105099001,无主社区居民委员会,500105099000,5\n"));
    const Run run = cli({ QStringLiteral("import-divisions"), db, file });
    CHECK(run.exitCode == 3);
    const QStringList errors = run.err.trimmed().split(QLatin1Char('\n'));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].startsWith(file + QStringLiteral(":4: ")));
    CHECK(errors[1].startsWith(file + QStringLiteral(":5: ")));
    CHECK(run.out.contains(QStringLiteral("read 4 rows = 2 imported")));
    CHECK(run.out.contains(QStringLiteral("+ 2 rejected")));

    const Run json = cli({ QStringLiteral("import-divisions"), db, file, QStringLiteral("--json") });
    CHECK(json.exitCode == 3);
    CHECK(json.json()[QStringLiteral("rejectedRows")].toArray().size() == 2);
    CHECK(json.json()[QStringLiteral("rejectedRows")].toArray()[0].toObject()[QStringLiteral("row")].toInt()
        == 4);
}

TEST_CASE("import-divisions: a file that cannot be read exits 2 and writes nothing", "[cli]")
{
    test::TempDir dir;
    const QString db = initJiangbei(dir);
    const QString binary = dir.path(QStringLiteral("photo.csv"));
    test::writeBytes(binary, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16));
    const Run run = cli({ QStringLiteral("import-divisions"), db, binary });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("photo.csv")));
    CHECK(cli({ QStringLiteral("info"), db, QStringLiteral("--json") })
              .json()[QStringLiteral("counts")][QStringLiteral("streets")]
              .toInt()
        == 0);
    CHECK(cli({ QStringLiteral("import-divisions"), db, dir.path(QStringLiteral("missing.csv")) }).exitCode
        == 2);
}

TEST_CASE("demo builds the same database from the same seed", "[cli]")
{
    test::TempDir dir;
    const auto build = [&](const QString& name, const QString& seed) {
        const QString db = dir.path(name);
        const Run run = cli({ QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small"),
            QStringLiteral("--seed"), seed });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("invented")));
        return cli({ QStringLiteral("tree"), db }).out;
    };
    const QString a = build(QStringLiteral("a.redgrid"), QStringLiteral("7"));
    const QString b = build(QStringLiteral("b.redgrid"), QStringLiteral("7"));
    const QString c = build(QStringLiteral("c.redgrid"), QStringLiteral("8"));
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a.contains(QStringLiteral("观音桥街道")));
    const QJsonObject info
        = cli({ QStringLiteral("info"), dir.path(QStringLiteral("a.redgrid")), QStringLiteral("--json") })
              .json();
    CHECK(info[QStringLiteral("demo")].toBool());
    CHECK(info[QStringLiteral("counts")][QStringLiteral("streets")].toInt() == 3);
    CHECK(info[QStringLiteral("counts")][QStringLiteral("communities")].toInt() == 9);

    CHECK(cli({ QStringLiteral("demo"), dir.path(QStringLiteral("a.redgrid")) }).exitCode == 2);  // exists
    CHECK(info[QStringLiteral("inventedStreets")].toArray().isEmpty());
    CHECK(info[QStringLiteral("inventedCommunities")].toArray().isEmpty());
    CHECK_FALSE(cli({ QStringLiteral("info"), dir.path(QStringLiteral("a.redgrid")) })
                    .out.contains(QStringLiteral("Invented places")));
}

TEST_CASE("info names the streets and communities a larger demo made up", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.redgrid"));
    REQUIRE(cli({ QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") }).exitCode
        == 0);
    {
        // As the large demo tops the real streets up: a street and a community of its own.
        auto connection = test::openSignedIn(db);
        hierarchy::HierarchyEditor editor(*connection);
        const auto street = editor.add(hierarchy::HierarchyStore(*connection).root()->id,
            { hierarchy::NodeKind::Street, QStringLiteral("青龙街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        REQUIRE(
            editor
                .add(street->id,
                    { hierarchy::NodeKind::Community, QStringLiteral("青龙一社区"), {}, 0, std::nullopt, {} })
                .ok());
    }
    const QJsonObject info = cli({ QStringLiteral("info"), db, QStringLiteral("--json") }).json();
    CHECK(info[QStringLiteral("inventedStreets")].toArray() == QJsonArray { QStringLiteral("青龙街道") });
    CHECK(
        info[QStringLiteral("inventedCommunities")].toArray() == QJsonArray { QStringLiteral("青龙一社区") });
    const QString text = cli({ QStringLiteral("info"), db }).out;
    CHECK(text.contains(
        QStringLiteral("Invented places:    1 of the streets (青龙街道) and 1 of the communities")));
}
