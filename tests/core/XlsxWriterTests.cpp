#include "format/CellGuard.h"
#include "format/SpreadsheetSource.h"
#include "format/XlsxWriter.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>
#include <minizip/unzip.h>

#include <iostream>
#include <string>
#include <utility>
#include <vector>

using namespace redgrid;
using namespace redgrid::format;

namespace {

using Rows = std::vector<std::pair<qint64, std::vector<std::string>>>;

// The rows of a sheet; every cell must be a Text cell (or Empty).
Rows textRows(const QString& path, const QString& sheet = {})
{
    auto source = SpreadsheetSource::open(path, sheet);
    INFO((source.ok() ? QString() : source.error().toString()).toStdString());
    REQUIRE(source.ok());
    Rows rows;
    SheetRow row;
    for (;;) {
        auto more = (*source)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            return rows;
        std::vector<std::string> cells;
        for (const Cell& cell : row.cells) {
            CHECK(cell.type == (cell.text.isEmpty() ? CellType::Empty : CellType::Text));
            cells.push_back(cell.text.toStdString());
        }
        rows.emplace_back(row.row, std::move(cells));
    }
}

// One part of a zip file, unpacked.
QByteArray zipPart(const QString& path, const char* name)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip);
    REQUIRE(unzLocateFile(zip, name, 1) == UNZ_OK);
    REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
    QByteArray data;
    char buffer[8192];
    for (int count; (count = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0;)
        data.append(buffer, count);
    unzCloseCurrentFile(zip);
    unzClose(zip);
    return data;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

}  // namespace

TEST_CASE("Formula-like cells get a leading apostrophe", "[xlsx][csv]")
{
    CHECK(neutraliseFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(neutraliseFormula(QStringLiteral("+8613812345678")) == QStringLiteral("'+8613812345678"));
    CHECK(neutraliseFormula(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(neutraliseFormula(QStringLiteral("@SUM(A1:A9)")) == QStringLiteral("'@SUM(A1:A9)"));
    CHECK(neutraliseFormula(QStringLiteral("\tcmd")) == QStringLiteral("'\tcmd"));
    CHECK(neutraliseFormula(QStringLiteral("\rcmd")) == QStringLiteral("'\rcmd"));
    // Everything else is left alone, also these characters further on.
    CHECK(neutraliseFormula(QStringLiteral("张三")) == QStringLiteral("张三"));
    CHECK(neutraliseFormula(QStringLiteral("500105199001011234")) == QStringLiteral("500105199001011234"));
    CHECK(neutraliseFormula(QStringLiteral("a=b+c")) == QStringLiteral("a=b+c"));
    CHECK(neutraliseFormula(QStringLiteral(" =1")) == QStringLiteral(" =1"));
    CHECK(neutraliseFormula(QString()).isEmpty());
}

TEST_CASE("An importer takes the apostrophe of a neutralised cell off again", "[xlsx][csv]")
{
    for (const QString& cell :
        { QStringLiteral("=1+1"), QStringLiteral("+8613812345678"), QStringLiteral("-5"),
            QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\tcmd"), QStringLiteral("张三"), QString() })
        CHECK(restoreNeutralised(neutraliseFormula(cell)) == cell);
    // An apostrophe before anything else is the user's own.
    CHECK(restoreNeutralised(QStringLiteral("'张三")) == QStringLiteral("'张三"));
    CHECK(restoreNeutralised(QStringLiteral("'")) == QStringLiteral("'"));
    CHECK(restoreNeutralised(QStringLiteral("''-5")) == QStringLiteral("''-5"));
}

TEST_CASE("XLSX writer: Chinese text, IDs and phones read back as exact text", "[xlsx]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("导出名单.xlsx"));
    const XlsxSheet roster {
        QStringLiteral("党员名单"),
        { QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("手机"),
            QStringLiteral("备注") },
        {
            { QStringLiteral("张三"), QStringLiteral("500105199001011234"), QStringLiteral("13812345678"),
                neutraliseFormula(QStringLiteral("=1+1")) },
            { QStringLiteral("李四"), QStringLiteral("50010519900101123X"), QStringLiteral("02367891234"),
                QStringLiteral("两行\n备注 & <党支部>") },
            { QString(), QString(), QString(), QStringLiteral("  只有备注  ") },
            { QStringLiteral("王五"), QStringLiteral("000105199001011234"),
                QStringLiteral("+8613800000000") },
        },
        { 10, 22, 14, 30 },
    };
    const XlsxSheet stats { QStringLiteral("统计"), { QStringLiteral("支部"), QStringLiteral("人数") }, {},
        {} };
    REQUIRE(XlsxWriter::write(path, { roster, stats }).ok());
    CHECK(QFile::permissions(path).testFlag(QFile::ReadOther));  // not the temporary file's 0600

    auto info = SpreadsheetSource::inspect(path);
    REQUIRE(info.ok());
    CHECK(info->sheets == QStringList { QStringLiteral("党员名单"), QStringLiteral("统计") });
    CHECK(textRows(path)
        == Rows {
            { 1, { "姓名", "身份证号", "手机", "备注" } },
            { 2, { "张三", "500105199001011234", "13812345678", "'=1+1" } },
            { 3, { "李四", "50010519900101123X", "02367891234", "两行\n备注 & <党支部>" } },
            { 4, { "", "", "", "  只有备注  " } },
            { 5, { "王五", "000105199001011234", "+8613800000000" } },
        });
    CHECK(textRows(path, QStringLiteral("统计")) == Rows { { 1, { "支部", "人数" } } });

    SECTION("the header is bold and frozen, the columns are text columns of the given widths")
    {
        const QByteArray sheet = zipPart(path, "xl/worksheets/sheet1.xml");
        CHECK(sheet.contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        CHECK(sheet.contains("<col min=\"2\" max=\"2\" width=\"22.7109375\""));
        const QByteArray styles = zipPart(path, "xl/styles.xml");
        CHECK(styles.contains("<b/>"));
        CHECK(styles.contains("numFmtId=\"49\""));  // "@", text
    }
}

TEST_CASE("XLSX writer: the target is replaced only by a complete workbook", "[xlsx]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("名单.xlsx"));
    test::writeBytes(path, "the old file");
    const XlsxSheet sheet { QStringLiteral("名单"), { QStringLiteral("姓名") },
        { { QStringLiteral("张三") } }, {} };

    SECTION("a failure leaves the old file and no temporary file")
    {
        const XlsxSheet tooLong { QStringLiteral("名单"), { QStringLiteral("姓名") },
            { { QString(XlsxWriter::MaxCellChars + 1, QLatin1Char('x')) } }, {} };
        const Status written = XlsxWriter::write(path, { sheet, tooLong });
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().file == path);
        CHECK(test::readBytes(path) == "the old file");
        CHECK(filesIn(dir.root()) == QStringList { QStringLiteral("名单.xlsx") });
    }
    SECTION("a writer dropped before finish() leaves the old file and no temporary file")
    {
        {
            auto writer = XlsxWriter::create(path);
            REQUIRE(writer.ok());
            REQUIRE((*writer)->addSheet(QStringLiteral("名单"), { QStringLiteral("姓名") }).ok());
            REQUIRE((*writer)->addRow({ QStringLiteral("张三") }).ok());
        }
        CHECK(test::readBytes(path) == "the old file");
        CHECK(filesIn(dir.root()) == QStringList { QStringLiteral("名单.xlsx") });
    }
    SECTION("success replaces the old file, keeping its permissions")
    {
        const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
            | QFile::ReadGroup | QFile::WriteGroup;
        REQUIRE(QFile::setPermissions(path, permissions));
        REQUIRE(XlsxWriter::write(path, { sheet }).ok());
        CHECK(QFile::permissions(path) == permissions);
        CHECK(textRows(path) == Rows { { 1, { "姓名" } }, { 2, { "张三" } } });
        CHECK(filesIn(dir.root()) == QStringList { QStringLiteral("名单.xlsx") });
    }
}

TEST_CASE("XLSX writer: a folder that cannot be written is a clear error", "[xlsx]")
{
    test::TempDir dir;
    const QString missing = dir.path(QStringLiteral("没有的文件夹/名单.xlsx"));
    auto writer = XlsxWriter::create(missing);
    REQUIRE_FALSE(writer.ok());
    CHECK(writer.error().file == missing);
    CHECK(writer.error().message.contains(QStringLiteral("cannot write in the folder")));
    CHECK(XlsxWriter::create(dir.root()).error().message.contains(QStringLiteral("folder")));

    SECTION("the folder disappears before the workbook is complete")
    {
        REQUIRE(QDir(dir.root()).mkdir(QStringLiteral("sub")));
        const QString path = dir.path(QStringLiteral("sub/名单.xlsx"));
        auto late = XlsxWriter::create(path);
        REQUIRE(late.ok());
        REQUIRE((*late)->addSheet(QStringLiteral("名单"), { QStringLiteral("姓名") }).ok());
        REQUIRE(QDir(dir.path(QStringLiteral("sub"))).removeRecursively());
        const Status finished = (*late)->finish();
        REQUIRE_FALSE(finished.ok());
        CHECK(finished.error().file == path);
        CHECK(finished.error().message.contains(QStringLiteral("cannot write the workbook")));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("XLSX writer: Excel's rules for sheet names and cells", "[xlsx]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("名单.xlsx"));
    const auto refusal = [&](const QString& name) {
        auto writer = XlsxWriter::create(path);
        REQUIRE(writer.ok());
        const Status added = (*writer)->addSheet(name, {});
        REQUIRE_FALSE(added.ok());
        CHECK((*writer)->addRow({ QStringLiteral("x") }).error().message == added.error().message);
        CHECK_FALSE((*writer)->finish().ok());
        return added.error().message;
    };
    CHECK(refusal(QString(32, QChar(u'党'))).contains(QStringLiteral("31 characters")));
    CHECK(refusal(QStringLiteral("一/二")).contains(QStringLiteral("cannot name a sheet")));
    CHECK(refusal(QStringLiteral("'名单'")).contains(QStringLiteral("cannot name a sheet")));
    CHECK(XlsxWriter::write(path, { { QString(31, QChar(u'党')), {}, {}, {} } }).ok());

    const Status duplicate = XlsxWriter::write(
        path, { { QStringLiteral("名单"), {}, {}, {} }, { QStringLiteral("名单"), {}, {}, {} } });
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("already has a sheet named “名单”")));

    const Status tooLong = XlsxWriter::write(path,
        { { QStringLiteral("名单"), { QStringLiteral("备注") }, { { QString(32768, QChar(u'长')) } }, {} } });
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("row 2, column 1")));
    CHECK(
        XlsxWriter::write(path, { { QStringLiteral("名单"), {}, { { QString(32767, QChar(u'长')) } }, {} } })
            .ok());
    CHECK(textRows(path).front().second.front().size() == 32767 * 3);  // UTF-8 bytes
}

// Not run by default: `redgrid_core_tests "[.bench]"`, on a release build for real figures.
TEST_CASE("Benchmark: writing and reading an XLSX file of 1,000,000 rows of 21 columns", "[.bench]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("million.xlsx"));
    QElapsedTimer timer;
    timer.start();
    {
        auto writer = XlsxWriter::create(path);
        REQUIRE(writer.ok());
        QStringList header;
        for (int c = 1; c <= 21; ++c)
            header.append(QStringLiteral("列%1").arg(c));
        REQUIRE((*writer)->addSheet(QStringLiteral("党员名单"), header).ok());
        QStringList row = header;
        for (int i = 0; i < 1'000'000; ++i) {
            row[0] = QStringLiteral("党员%1").arg(i);
            row[1] = QStringLiteral("50010519900101%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            row[2] = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
            REQUIRE((*writer)->addRow(row).ok());
        }
        REQUIRE((*writer)->finish().ok());
    }
    const double written = double(timer.nsecsElapsed()) / 1e9;
    const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
    timer.restart();
    auto source = SpreadsheetSource::open(path);
    REQUIRE(source.ok());
    SheetRow row;
    qint64 count = 0;
    while (*(*source)->next(row))
        ++count;
    const double read = double(timer.nsecsElapsed()) / 1e9;
    CHECK(count == 1'000'001);
    std::cout << "XLSX: wrote " << count << " rows (" << megabytes << " MiB) in " << written
              << " s; read them in " << read << " s: " << qint64(double(count) / read) << " rows/s\n";
}
