#include "importexport/CsvReader.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace redgrid;
using namespace redgrid::importexport;

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
