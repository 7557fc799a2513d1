// redgrid-cli scores, template and report (issue 23 §4, §6): on a small demo with its year of
// scores, the figures compared with the report model worked out in this process from the
// same file, the PDF read back through poppler, the workbook's cells read back, the batch's
// files counted, and the refusals with their exit statuses.
#include "CliRun.h"
#include "assessment/ReportBuilder.h"
#include "assessment/TemplateStore.h"
#include "document/PdfReading.h"
#include "format/XlsxReader.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::assessment;

namespace {

// The last quarter the demo scored: the one before today's.
const Period LastQuarter = Period::containing(QDate::currentDate()).previous();

struct ScoredDemo
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.redgrid"));
    QString street;  // the code of the first street

    ScoredDemo()
    {
        const auto made = test::runCli(
            { QStringLiteral("demo"), path, QStringLiteral("--scale"), QStringLiteral("small") });
        REQUIRE(made.exitCode == 0);
        const auto tree = test::runCli({ QStringLiteral("scores"), path, QStringLiteral("--period"),
            LastQuarter.code(), QStringLiteral("--json") });
        REQUIRE(tree.exitCode == 0);
        const QJsonArray targets = tree.json().value(QStringLiteral("targets")).toArray();
        REQUIRE_FALSE(targets.isEmpty());
        street = targets.first().toObject().value(QStringLiteral("code")).toString().left(9)
            + QStringLiteral("000");
    }
};

}  // namespace

TEST_CASE("scores prints every community's figures as the report model has them", "[cli][assessment]")
{
    ScoredDemo demo;
    const auto run = test::runCli({ QStringLiteral("scores"), demo.path, QStringLiteral("--period"),
        LastQuarter.code(), QStringLiteral("--scope"), demo.street, QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    const QJsonArray targets = run.json().value(QStringLiteral("targets")).toArray();

    auto db = test::openSignedIn(demo.path);
    const auto report = ReportBuilder(*db).buildForCode(demo.street, LastQuarter);
    REQUIRE(report.ok());
    REQUIRE(targets.size() == report->targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        const QJsonObject printed = targets.at(i).toObject();
        const TargetScores& model = report->targets.at(i);
        INFO(model.target.name.toStdString());
        CHECK(printed.value(QStringLiteral("name")).toString() == model.target.name);
        CHECK(qRound(printed.value(QStringLiteral("total")).toDouble() * 100)
            == model.result.total.hundredths());
        CHECK(printed.value(QStringLiteral("grade")).toString() == model.gradeName());
        CHECK(printed.value(QStringLiteral("stars")).toString() == model.starsName());
        CHECK(printed.value(QStringLiteral("rank")).toInt() == model.rank);
        CHECK(
            printed.value(QStringLiteral("lost_per_block")).toObject().size() == model.lostPerBlock().size());
    }
    // Ranks: best first, ties share a rank.
    for (int i = 1; i < targets.size(); ++i)
        CHECK(targets.at(i).toObject().value(QStringLiteral("rank")).toInt()
            >= targets.at(i - 1).toObject().value(QStringLiteral("rank")).toInt());
}

TEST_CASE(
    "report writes a community's PDF, a street's workbook and a batch folder", "[cli][assessment][report]")
{
    ScoredDemo demo;
    auto db = test::openSignedIn(demo.path);
    const auto street = ReportBuilder(*db).buildForCode(demo.street, LastQuarter);
    REQUIRE(street.ok());
    const TargetScores& first = street->targets.first();

    const QString pdf = demo.dir.path(QStringLiteral("community.pdf"));
    const auto one = test::runCli({ QStringLiteral("report"), demo.path, QStringLiteral("--period"),
        LastQuarter.code(), QStringLiteral("--scope"), first.target.code, QStringLiteral("--out"), pdf });
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.contains(pdf));
    const QString text = test::flat(test::pdfText(pdf));
    CHECK(text.contains(first.target.name));
    CHECK(text.contains(first.result.total.toString()));
    CHECK(text.contains(first.gradeName()));
    for (const auto& loss : first.losses())
        CHECK(text.contains(test::flat(loss.indicatorName)));

    const QString xlsx = demo.dir.path(QStringLiteral("street.xlsx"));
    REQUIRE(
        test::runCli({ QStringLiteral("report"), demo.path, QStringLiteral("--period"), LastQuarter.code(),
                         QStringLiteral("--scope"), demo.street, QStringLiteral("--format"),
                         QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx })
            .exitCode
        == 0);
    auto reader = format::XlsxReader::open(xlsx);
    REQUIRE(reader.ok());
    auto rows = (*reader)->openSheet(QStringLiteral("汇总"));
    REQUIRE(rows.ok());
    format::SheetRow row;
    QHash<QString, format::Cell> totals;
    while (true) {
        auto more = (*rows)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        if (row.cells.size() > 4)
            totals.insert(row.cells.at(1).text, row.cells.at(4));
    }
    for (const TargetScores& target : street->targets) {
        INFO(target.target.name.toStdString());
        REQUIRE(totals.contains(target.target.name));
        CHECK(totals.value(target.target.name).type == format::CellType::Number);
        CHECK(qRound(totals.value(target.target.name).text.toDouble() * 100)
            == target.result.total.hundredths());
    }

    const QString folder = demo.dir.path(QStringLiteral("batch"));
    REQUIRE(QDir().mkpath(folder));
    const auto batch = test::runCli({ QStringLiteral("report"), demo.path, QStringLiteral("--period"),
        LastQuarter.code(), QStringLiteral("--scope"), demo.street, QStringLiteral("--out"), folder,
        QStringLiteral("--json") });
    REQUIRE(batch.exitCode == 0);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    CHECK(files.size() == street->targets.size() + 2);
    CHECK(batch.json().value(QStringLiteral("files")).toArray().size() == files.size());
    for (const QString& file : files)
        if (file.endsWith(QStringLiteral(".pdf")))
            CHECK(test::pdfPageCount(QDir(folder).filePath(file)) >= 3);
}

TEST_CASE("template export and import keep the identity; refusals name the file and change nothing",
    "[cli][assessment][templates]")
{
    ScoredDemo demo;
    const QString file = demo.dir.path(QStringLiteral("模板.json"));
    const auto exported = test::runCli({ QStringLiteral("template"), QStringLiteral("export"), demo.path,
        QStringLiteral("--out"), file, QStringLiteral("--json") });
    REQUIRE(exported.exitCode == 0);
    const QJsonObject saved = exported.json().value(QStringLiteral("template")).toObject();

    test::TempDir other;
    const QString second = other.path(QStringLiteral("社区.redgrid"));
    test::createJiangbeiDatabase(second);
    const auto imported = test::runCli({ QStringLiteral("template"), QStringLiteral("import"), second,
        QStringLiteral("--file"), file, QStringLiteral("--use"), QStringLiteral("--json") });
    REQUIRE(imported.exitCode == 0);
    const QJsonObject there = imported.json().value(QStringLiteral("template")).toObject();
    CHECK(there.value(QStringLiteral("id")) == saved.value(QStringLiteral("id")));
    CHECK(there.value(QStringLiteral("version")) == saved.value(QStringLiteral("version")));
    CHECK(there.value(QStringLiteral("in_use")).toBool());

    // A damaged file, and one of another program: refused naming the file, exit 2, nothing added.
    const QString damaged = demo.dir.path(QStringLiteral("damaged.json"));
    test::writeBytes(damaged, test::readBytes(file).left(200));
    const auto refused = test::runCli(
        { QStringLiteral("template"), QStringLiteral("import"), second, QStringLiteral("--file"), damaged });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("damaged.json")));
    const QString foreign = demo.dir.path(QStringLiteral("foreign.json"));
    test::writeText(foreign, QStringLiteral("{\"format\": \"something-else\", \"indicators\": []}"));
    CHECK(test::runCli({ QStringLiteral("template"), QStringLiteral("import"), second,
                           QStringLiteral("--file"), foreign })
              .exitCode
        == 2);
    auto db = test::openSignedIn(second);
    CHECK(TemplateStore(*db).latestVersions().size() == 2);

    // A period ahead or that names none, and a scope that is not a place: refused.
    const auto future = test::runCli({ QStringLiteral("scores"), demo.path, QStringLiteral("--period"),
        QStringLiteral("%1Q1").arg(QDate::currentDate().year() + 1) });
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QString::number(QDate::currentDate().year() + 1)));
    CHECK(test::runCli(
              { QStringLiteral("scores"), demo.path, QStringLiteral("--period"), QStringLiteral("2026Q5") })
              .exitCode
        == 1);
    const auto nowhere = test::runCli({ QStringLiteral("scores"), demo.path, QStringLiteral("--period"),
        LastQuarter.code(), QStringLiteral("--scope"), QStringLiteral("999999") });
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains(QStringLiteral("999999")));
    // The report is a quarter's: a year is a usage error that points to scores; no period names
    // the option it needs.
    const auto year = test::runCli({ QStringLiteral("report"), demo.path, QStringLiteral("--period"),
        QString::number(LastQuarter.year()), QStringLiteral("--out"),
        demo.dir.path(QStringLiteral("y.pdf")) });
    CHECK(year.exitCode == 1);
    CHECK(year.err.contains(QStringLiteral("scores --period %1").arg(LastQuarter.year())));
    CHECK_FALSE(QFileInfo::exists(demo.dir.path(QStringLiteral("y.pdf"))));
    const auto none = test::runCli({ QStringLiteral("scores"), demo.path });
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("--period")));
}

TEST_CASE("scores of a 党委's branches, ranked among their own 党委's", "[cli][assessment]")
{
    ScoredDemo demo;
    // The demo scores the branches of its first street (the top organisation P01).
    const auto run = test::runCli({ QStringLiteral("scores"), demo.path, QStringLiteral("--period"),
        LastQuarter.code(), QStringLiteral("--scope"), QStringLiteral("P01"), QStringLiteral("--json") });
    REQUIRE(run.exitCode == 0);
    const QJsonArray targets = run.json().value(QStringLiteral("targets")).toArray();
    REQUIRE_FALSE(targets.isEmpty());
    QHash<QString, int> perUnit;
    for (const QJsonValue& value : targets) {
        const QJsonObject target = value.toObject();
        CHECK(target.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("P01.")));
        CHECK(target.value(QStringLiteral("stars")).toString().endsWith(QStringLiteral("星")));
        perUnit[target.value(QStringLiteral("unit")).toString()] += 1;
    }
    for (const QJsonValue& value : targets) {
        const QJsonObject target = value.toObject();
        CHECK(target.value(QStringLiteral("ranked_with")).toInt()
            == perUnit.value(target.value(QStringLiteral("unit")).toString()));
    }
}

TEST_CASE("year-end rates a community's year, and scores --period YEAR adds it to the quarters",
    "[cli][assessment]")
{
    ScoredDemo demo;
    const int year = LastQuarter.year();
    const auto quarters = test::runCli({ QStringLiteral("scores"), demo.path, QStringLiteral("--period"),
        QString::number(year), QStringLiteral("--scope"), demo.street, QStringLiteral("--json") });
    REQUIRE(quarters.exitCode == 0);
    const QJsonObject before = quarters.json().value(QStringLiteral("targets")).toArray().first().toObject();
    const QString code = before.value(QStringLiteral("code")).toString();
    CHECK(before.value(QStringLiteral("year_end")).toDouble() == 0);

    const auto tooHigh = test::runCli(
        { QStringLiteral("year-end"), demo.path, QStringLiteral("--year"), QString::number(year),
            QStringLiteral("--target"), code, QStringLiteral("--rating"), QStringLiteral("6") });
    CHECK(tooHigh.exitCode == 2);
    CHECK(tooHigh.err.contains(QStringLiteral("5.00")));

    const auto rated = test::runCli({ QStringLiteral("year-end"), demo.path, QStringLiteral("--year"),
        QString::number(year), QStringLiteral("--target"), code, QStringLiteral("--rating"),
        QStringLiteral("4.5"), QStringLiteral("--penalty"), QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(rated.exitCode == 0);
    const QJsonObject after = rated.json().value(QStringLiteral("targets")).toArray().first().toObject();
    CHECK(after.value(QStringLiteral("code")).toString() == code);
    CHECK(qRound(after.value(QStringLiteral("year_end")).toDouble() * 100) == 450);
    CHECK(qRound(after.value(QStringLiteral("total")).toDouble() * 100)
        == qRound(before.value(QStringLiteral("quarters_part")).toDouble() * 100) + 450 - 100);
}
