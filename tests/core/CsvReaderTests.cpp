#include "format/CsvReader.h"
#include "format/SpreadsheetSource.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

#include <catch2/catch.hpp>

#include <iostream>
#include <string>
#include <utility>
#include <vector>

using namespace redgrid;
using namespace redgrid::format;

namespace {

// Records as (row, fields) in std types, so that Catch prints them on failure.
using Rows = std::vector<std::pair<qint64, std::vector<std::string>>>;

Rows rowsOf(const CsvTable& table)
{
    Rows rows;
    for (const CsvRecord& record : table.records) {
        std::vector<std::string> fields;
        for (const QString& field : record.fields)
            fields.push_back(field.toStdString());
        rows.emplace_back(record.row, std::move(fields));
    }
    return rows;
}

CsvTable parsed(const QString& text, QChar separator = {})
{
    auto table = CsvReader::read(text, separator);
    INFO((table.ok() ? QString() : table.error().message).toStdString());
    REQUIRE(table.ok());
    return table.value();
}

Rows rows(const QString& text, QChar separator = {})
{
    return rowsOf(parsed(text, separator));
}

}  // namespace

TEST_CASE("CSV: plain records are numbered as spreadsheet rows", "[core][import][csv]")
{
    const Rows expected {
        { 1, { "code", "name", "parent_code", "level" } },
        { 2, { "500105001000", "华新街街道", "500105000000", "4" } },
        { 3, { "500105001001", "桥北社区居民委员会", "500105001000", "5" } },
    };
    const QString text = QStringLiteral("code,name,parent_code,level\n"
                                        "500105001000,华新街街道,500105000000,4\n"
                                        "500105001001,桥北社区居民委员会,500105001000,5\n");
    CHECK(rows(text) == expected);

    SECTION("CRLF, LF and CR line ends, mixed, give the same records")
    {
        QString crlf = text;
        crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        CHECK(rows(crlf) == expected);
        QString cr = text;
        cr.replace(QStringLiteral("\n"), QStringLiteral("\r"));
        CHECK(rows(cr) == expected);
        QString mixed = text;
        mixed.replace(mixed.indexOf(QLatin1Char('\n')), 1, QStringLiteral("\r\n"));
        mixed.replace(mixed.lastIndexOf(QLatin1Char('\n')), 1, QStringLiteral("\r"));
        CHECK(rows(mixed) == expected);
    }
    SECTION("the last line needs no line end, and a final line end adds no row")
    {
        CHECK(rows(text.chopped(1)) == expected);
        CHECK(parsed(text + QStringLiteral("\n")).records.size() == 3);
    }
    SECTION("fields are kept as written, spaces included")
    {
        CHECK(rows(QStringLiteral(" a , b\t,")) == Rows { { 1, { " a ", " b\t", "" } } });
    }
}

TEST_CASE("CSV: empty fields and trailing separators", "[core][import][csv]")
{
    CHECK(rows(QStringLiteral("500000000000,重庆市,,1"))
        == Rows { { 1, { "500000000000", "重庆市", "", "1" } } });
    CHECK(rows(QStringLiteral("a,b,\n")) == Rows { { 1, { "a", "b", "" } } });
    CHECK(rows(QStringLiteral(",a")) == Rows { { 1, { "", "a" } } });
    CHECK(rows(QStringLiteral("a")) == Rows { { 1, { "a" } } });
    CHECK(parsed(QString()).records.isEmpty());
}

TEST_CASE("CSV: blank rows are left out but keep their row numbers", "[core][import][csv]")
{
    const QString text = QStringLiteral("\r\n"  // row 1: empty
                                        "code,name\r\n"  // row 2
                                        "   \r\n"  // row 3: spaces only
                                        ",,\r\n"  // row 4: every field empty, as Excel writes an empty row
                                        "\"\",\" \"\r\n"  // row 5: quoted empty fields
                                        "500105001001,桥北社区\r\n"  // row 6
                                        "\r\n\r\n");  // rows 7 and 8, then the end
    CHECK(rows(text) == Rows { { 2, { "code", "name" } }, { 6, { "500105001001", "桥北社区" } } });
}

TEST_CASE("CSV: quoted fields", "[core][import][csv]")
{
    SECTION("separators, doubled quotes and line breaks inside quotes are text")
    {
        const QString text = QStringLiteral("code,name,remark\n"
                                            "500105006001,\"桃源社区,居委会\",\"说\"\"你好\"\"\"\n"
                                            "500105006002,\"洋河\r\n社区\",\"两行\n三行\rend\"\n"
                                            "500105006003,电测社区,\"\"\n");
        CHECK(rows(text)
            == Rows {
                { 1, { "code", "name", "remark" } },
                { 2, { "500105006001", "桃源社区,居委会", "说\"你好\"" } },
                // line breaks inside quotes become "\n" and do not start a row
                { 3, { "500105006002", "洋河\n社区", "两行\n三行\nend" } },
                { 4, { "500105006003", "电测社区", "" } },
            });
    }
    SECTION("a quote inside an unquoted field is an ordinary character")
    {
        CHECK(rows(QStringLiteral("5寸\"屏,a b\"c\"")) == Rows { { 1, { "5寸\"屏", "a b\"c\"" } } });
        CHECK(rows(QStringLiteral(" \"a,b\"")) == Rows { { 1, { " \"a", "b\"" } } });
    }
    SECTION("text after the closing quote is kept, as Excel does")
    {
        CHECK(rows(QStringLiteral("\"桥北\"社区,x")) == Rows { { 1, { "桥北社区", "x" } } });
    }
    SECTION("a quoted field may be the last thing in the text")
    {
        CHECK(rows(QStringLiteral("a,\"b\"")) == Rows { { 1, { "a", "b" } } });
        CHECK(rows(QStringLiteral("\"\"")).empty());
    }
}

TEST_CASE("CSV: a quoted field that is never closed is an error naming its row", "[core][import][csv]")
{
    const QString text = QStringLiteral("code,name\n"
                                        "500105001001,桥北社区\n"
                                        "\n"
                                        "500105001002,\"华新社区\n"
                                        "500105001003,嘉陵社区\n");
    auto table = CsvReader::read(text);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().row == 4);
    CHECK(table.error().message == QStringLiteral("a quoted field that starts in row 4 is never closed"));

    CHECK_FALSE(CsvReader::read(QStringLiteral("\"")).ok());
    CHECK_FALSE(CsvReader::read(QStringLiteral("a,\"b\"\"")).ok());  // "" is a quote, not the end
}

TEST_CASE("CSV: the separator is found in the first line, outside quotes", "[core][import][csv]")
{
    CHECK(CsvReader::detectSeparator(QStringLiteral("code,name,parent_code,level")) == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(QStringLiteral("code;name;parent_code;level")) == QLatin1Char(';'));
    CHECK(CsvReader::detectSeparator(QStringLiteral("code\tname\tparent_code\tlevel")) == QLatin1Char('\t'));
    // Commas inside quotes do not count; European Excel writes ';' and decimal commas.
    CHECK(CsvReader::detectSeparator(QStringLiteral("\"a,b,c\";d;e")) == QLatin1Char(';'));
    // Only the first non-blank line counts.
    CHECK(CsvReader::detectSeparator(QStringLiteral("\r\n  \r\na;b\nc,d,e,f,g")) == QLatin1Char(';'));
    // A quoted line break does not end the first line.
    CHECK(CsvReader::detectSeparator(QStringLiteral("\"a\n,,,,\";b;c\nd,e,f,g,h")) == QLatin1Char(';'));
    // None, or a tie: comma.
    CHECK(CsvReader::detectSeparator(QStringLiteral("code")) == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(QStringLiteral("a,b;c")) == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(QString()) == QLatin1Char(','));

    SECTION("semicolons")
    {
        const auto table = parsed(QStringLiteral("code;name\n500105001001;\"桥北;社区\"\n"));
        CHECK(table.separator == QLatin1Char(';'));
        CHECK(rowsOf(table) == Rows { { 1, { "code", "name" } }, { 2, { "500105001001", "桥北;社区" } } });
    }
    SECTION("tabs, with commas as text")
    {
        const auto table = parsed(QStringLiteral("code\tname\r\n500105001001\t桥北,社区\r\n"));
        CHECK(table.separator == QLatin1Char('\t'));
        CHECK(rowsOf(table) == Rows { { 1, { "code", "name" } }, { 2, { "500105001001", "桥北,社区" } } });
    }
    SECTION("a separator given by the caller wins")
    {
        const auto table = parsed(QStringLiteral("a,b;c\n"), QLatin1Char(';'));
        CHECK(table.separator == QLatin1Char(';'));
        CHECK(rowsOf(table) == Rows { { 1, { "a,b", "c" } } });
    }
}

// --- the streaming parser --------------------------------------------------------------

namespace {

// The records of `text` fed to a CsvParser in pieces of `pieceSize` characters.
Rows parsedInPieces(const QString& text, qsizetype pieceSize, QChar separator = QLatin1Char(','))
{
    CsvParser parser(separator);
    Rows rows;
    CsvRecord record;
    qsizetype fed = 0;
    for (;;) {
        auto step = parser.next(record);
        INFO((step.ok() ? QString() : step.error().message).toStdString());
        REQUIRE(step.ok());
        if (*step == CsvParser::Step::End)
            return rows;
        if (*step == CsvParser::Step::Record) {
            rows.push_back(rowsOf(CsvTable { separator, { record } }).front());
        } else if (fed < text.size()) {
            parser.append(text.mid(fed, pieceSize));
            fed += pieceSize;
        } else {
            parser.finish();
        }
    }
}

}  // namespace

TEST_CASE("CSV: text in pieces of any size gives the same records", "[core][import][csv]")
{
    // Every kind of boundary: CRLF, "" inside quotes, quoted line breaks, blank rows, a
    // quote at the end of a piece, Chinese text.
    const QString text = QStringLiteral("姓名,身份证号,备注\r\n"
                                        "张三,500105199001011234,\"说\"\"好\"\"\"\r\n"
                                        "\r\n"
                                        "李四,\"50010519900101\r\n1000\",\"两行\r\n三行\rend\"\r\n"
                                        ",,\r\n"
                                        "\"王五\"x,\"\",\r"
                                        "赵六,\"\"\"\"\n"
                                        "末行");
    const Rows expected = rows(text);
    REQUIRE(expected.size() == 6);
    for (qsizetype piece = 1; piece <= text.size(); ++piece) {
        INFO("pieces of " << piece);
        CHECK(parsedInPieces(text, piece) == expected);
    }
}

TEST_CASE("CSV: the streaming parser refuses records it would have to hold whole", "[core][import][csv]")
{
    SECTION("a quoted field that never ends, while more text may come")
    {
        CsvParser parser(QLatin1Char(','));
        parser.append(QStringLiteral("a,b\r\nc,\"") + QString(CsvParser::MaxRecordChars, QLatin1Char('x')));
        CsvRecord record;
        REQUIRE(*parser.next(record) == CsvParser::Step::Record);
        auto step = parser.next(record);
        REQUIRE_FALSE(step.ok());
        CHECK(step.error().row == 2);
        CHECK(step.error().message.contains(QStringLiteral("row 2 is longer than 4194304 characters")));
    }
    SECTION("more fields than a sheet has columns")
    {
        auto table = CsvReader::read(QStringLiteral("a\n") + QString(CsvParser::MaxFields, QLatin1Char(',')));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().row == 2);
        CHECK(table.error().message.contains(QStringLiteral("more than 16384 fields")));
        CHECK(CsvReader::read(QString(CsvParser::MaxFields - 1, QLatin1Char(','))).ok());
    }
}

// --- CSV files through SpreadsheetSource -----------------------------------------------

namespace {

QByteArray encoded(const QString& text, const char* encoding)
{
    if (qstrcmp(encoding, "UTF-8") == 0)
        return text.toUtf8();
    if (qstrcmp(encoding, "UTF-8 with BOM") == 0)
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    if (qstrcmp(encoding, "UTF-16LE") == 0) {
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return utf16.encode(text);
    }
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

// The rows of a file, each cell as its text; every cell of a CSV file is Text or Empty.
Rows sheetRows(RowSource& source)
{
    Rows result;
    SheetRow row;
    for (;;) {
        auto more = source.next(row);
        INFO((more.ok() ? QString() : more.error().toString()).toStdString());
        REQUIRE(more.ok());
        if (!*more)
            return result;
        std::vector<std::string> cells;
        for (const Cell& cell : row.cells) {
            CHECK(cell.type == (cell.text.isEmpty() ? CellType::Empty : CellType::Text));
            cells.push_back(cell.text.toStdString());
        }
        result.emplace_back(row.row, std::move(cells));
    }
}

std::unique_ptr<RowSource> openedSheet(const QString& path, const QString& sheet = {})
{
    auto source = SpreadsheetSource::open(path, sheet);
    INFO((source.ok() ? QString() : source.error().toString()).toStdString());
    REQUIRE(source.ok());
    return std::move(source).value();
}

// Reads until the error and returns it, with the number of rows read before it.
std::pair<Error, qint64> errorAfterRows(const QString& path)
{
    auto source = SpreadsheetSource::open(path);
    if (!source)
        return { source.error(), 0 };
    SheetRow row;
    qint64 count = 0;
    for (;;) {
        auto more = (*source)->next(row);
        if (!more)
            return { more.error(), count };
        REQUIRE(*more);
        ++count;
    }
}

// A roster of `count` rows; every 1000th has a quoted field with a line break.
QString roster(int count)
{
    QString text = QStringLiteral("序号,姓名,身份证号,手机,备注\r\n");
    for (int i = 1; i <= count; ++i) {
        text += QString::number(i) + QStringLiteral(",党员") + QString::number(i)
            + QStringLiteral(",50010519900101") + QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'))
            + QStringLiteral(",138") + QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'))
            + (i % 1000 == 0 ? QStringLiteral(",\"第一行\r\n第二行,\"\"引号\"\"\"\r\n")
                             : QStringLiteral(",江北区\r\n"));
    }
    return text;
}

}  // namespace

TEST_CASE("CSV files in each encoding and separator Excel and WPS write", "[sheet][csv]")
{
    const char* encoding = GENERATE("UTF-8", "UTF-8 with BOM", "UTF-16LE", "GB18030");
    const QChar sep = GENERATE(QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'));
    INFO(encoding << " separated by " << int(sep.unicode()));
    QString text = QStringLiteral("姓名,身份证号,手机,备注\r\n"
                                  "张三,500105199001011234,13812345678,\"第一党支部,书记\"\r\n"
                                  "李四,500105199001011000,,\"两行\r\n备注\"\r\n"
                                  "\r\n"
                                  "王五,500105199001012345\r\n"
                                  "赵六,1,2,3,4,5\r\n");
    text.replace(QLatin1Char(','), sep);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("党员名单.csv"));
    test::writeBytes(path, encoded(text, encoding));

    auto info = SpreadsheetSource::inspect(path);
    REQUIRE(info.ok());
    CHECK(info->format == SpreadsheetFormat::Csv);
    CHECK(info->encoding == QString::fromUtf8(encoding));
    CHECK(info->separator == sep);
    CHECK(info->sheets == QStringList { QStringLiteral("党员名单") });

    const std::string inside = "第一党支部" + QString(sep).toStdString() + "书记";
    const Rows expected {
        { 1, { "姓名", "身份证号", "手机", "备注" } },
        { 2, { "张三", "500105199001011234", "13812345678", inside } },
        { 3, { "李四", "500105199001011000", "", "两行\n备注" } },
        // row 4 is blank; ragged rows come as they are
        { 5, { "王五", "500105199001012345" } },
        { 6, { "赵六", "1", "2", "3", "4", "5" } },
    };
    CHECK(sheetRows(*openedSheet(path)) == expected);
    CHECK(sheetRows(*openedSheet(path, QStringLiteral("党员名单"))) == expected);
    auto wrongSheet = SpreadsheetSource::open(path, QStringLiteral("Sheet1"));
    REQUIRE_FALSE(wrongSheet.ok());
    CHECK(wrongSheet.error().message.contains(QStringLiteral("“党员名单”")));
}

TEST_CASE("A CSV file of 200,000 rows is streamed", "[sheet][csv]")
{
    const char* encoding = GENERATE("UTF-8", "GB18030", "UTF-16LE");
    INFO(encoding);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("big.csv"));
    test::writeBytes(path, encoded(roster(200'000), encoding));

    auto source = openedSheet(path);
    SheetRow row;
    qint64 count = 0;
    double progress = source->progress();
    CHECK(progress < 0.1);
    for (;;) {
        auto more = source->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        ++count;
        // A quoted line break stays in its row: the numbering never slips.
        REQUIRE(row.row == count);
        REQUIRE(row.cells.size() == 5);
        if (count > 1)
            REQUIRE(row.cells[0].text == QString::number(count - 1));
        if (count == 100'001) {
            CHECK(row.cells[1].text == QStringLiteral("党员100000"));
            CHECK(row.cells[3].text == QStringLiteral("13800100000"));
            CHECK(row.cells[4].text == QStringLiteral("第一行\n第二行,\"引号\""));
        }
        REQUIRE(source->progress() >= progress);
        progress = source->progress();
    }
    CHECK(count == 200'001);
    CHECK(source->progress() == Approx(1.0));
}

TEST_CASE("Bad bytes part way through a CSV file are reported with their row", "[sheet][csv]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("名单.csv"));
    const QString text = roster(100'000);
    const qsizetype row60000 = text.indexOf(QStringLiteral("\r\n59999,")) + 2;  // row 60,000 of the sheet
    REQUIRE(row60000 > 2);

    SECTION("GBK bytes in a UTF-8 file")
    {
        QByteArray bytes
            = text.left(row60000).toUtf8() + "59999,\xCD\xF5\xCE\xE5\r\n" + text.mid(row60000 + 100).toUtf8();
        test::writeBytes(path, bytes);
        const auto [error, before] = errorAfterRows(path);
        CHECK(before == 59'999);
        CHECK(error.file == path);
        CHECK(error.row == 60'000);
        CHECK(error.message.startsWith(QStringLiteral("row 60000: ")));
        CHECK(error.message.contains(QStringLiteral("not valid UTF-8")));
    }
    SECTION("a NUL byte")
    {
        QByteArray bytes = text.toUtf8();
        bytes.insert(text.left(row60000 + 3).toUtf8().size(), '\0');
        test::writeBytes(path, bytes);
        const auto [error, before] = errorAfterRows(path);
        CHECK(before == 59'999);
        CHECK(error.row == 60'000);
        CHECK(error.message.contains(QStringLiteral("binary data")));
    }
    SECTION("bytes that are no GB18030, inside a quoted field that started rows earlier")
    {
        // Far enough into the file that the sample that chose the encoding did not see them.
        QByteArray bytes = encoded(roster(10'000) + QStringLiteral("张三,\"一\r\n二\r\n"), "GB18030");
        test::writeBytes(path, bytes + "\xFF\xFF\r\n\"\r\n");
        const auto [error, before] = errorAfterRows(path);
        CHECK(before == 10'001);
        CHECK(error.row == 10'002);
        CHECK(error.message.contains(QStringLiteral("neither UTF-8 nor GB18030")));
    }
    SECTION("half a UTF-16 character at the end")
    {
        test::writeBytes(path, encoded(QStringLiteral("姓名\r\n张三\r\n李四"), "UTF-16LE") + 'x');
        const auto [error, before] = errorAfterRows(path);
        CHECK(before == 2);
        CHECK(error.row == 3);
        CHECK(error.message.contains(QStringLiteral("not valid UTF-16")));
    }
    SECTION("a quoted field never closed")
    {
        test::writeBytes(path,
            text.left(row60000).toUtf8() + "59999,\"王五\r\n" + QByteArray("60000,x\r\n").repeated(100));
        const auto [error, before] = errorAfterRows(path);
        CHECK(before == 59'999);
        CHECK(error.row == 60'000);
        CHECK(error.message.contains(QStringLiteral("never closed")));
    }
}

TEST_CASE("The encoding of a CSV file is found past a long ASCII start", "[sheet][csv]")
{
    // 400 KB of ASCII rows before the first Chinese name.
    QString text = QStringLiteral("id,name\r\n");
    for (int i = 0; i < 20'000; ++i)
        text += QStringLiteral("%1,member-%1\r\n").arg(i, 8, 10, QLatin1Char('0'));
    text += QStringLiteral("99999999,王五\r\n");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ascii.csv"));
    for (const char* encoding : { "GB18030", "UTF-8" }) {
        test::writeBytes(path, encoded(text, encoding));
        auto info = SpreadsheetSource::inspect(path);
        REQUIRE(info.ok());
        CHECK(info->encoding == QString::fromUtf8(encoding));
        const Rows rows = sheetRows(*openedSheet(path));
        REQUIRE(rows.size() == 20'002);
        CHECK(rows.back() == Rows::value_type { 20'002, { "99999999", "王五" } });
    }
}

TEST_CASE("A CSV file of blank lines is an empty sheet", "[sheet][csv]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("空.csv"));
    test::writeBytes(path, "\r\n  \r\n,,\r\n\t\r\n");
    CHECK(sheetRows(*openedSheet(path)).empty());
}

// Not run by default: `redgrid_core_tests "[.bench]"`, on a release build for real figures.
TEST_CASE("Benchmark: reading a CSV file of 1,000,000 rows of 21 columns", "[.bench]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("million.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QString header;
        for (int c = 1; c <= 21; ++c)
            header += (c > 1 ? QStringLiteral(",") : QString()) + QStringLiteral("列%1").arg(c);
        file.write((header + QStringLiteral("\r\n")).toUtf8());
        for (int i = 0; i < 1'000'000; ++i) {
            const QString line
                = QStringLiteral("党员%1,50010519900101%2,138%3,男,汉族,%4,1990-01-01,大学本科,"
                                 "观音桥街道,建新社区,第一党支部,正式党员,2010-07-01,在岗,"
                                 "是,否,重庆市江北区,,备注,x,y\r\n")
                      .arg(i)
                      .arg(i % 10000, 4, 10, QLatin1Char('0'))
                      .arg(i, 8, 10, QLatin1Char('0'))
                      .arg(i % 7);
            file.write(line.toUtf8());
        }
    }
    const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
    QElapsedTimer timer;
    timer.start();
    auto source = openedSheet(path);
    SheetRow row;
    qint64 count = 0;
    while (*source->next(row))
        ++count;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    CHECK(count == 1'000'001);
    std::cout << "CSV: " << count << " rows, " << megabytes << " MiB in " << seconds
              << " s: " << qint64(double(count) / seconds) << " rows/s, " << megabytes / seconds
              << " MiB/s\n";
}
