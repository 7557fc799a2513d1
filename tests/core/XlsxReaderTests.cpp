#include "format/SpreadsheetSource.h"
#include "format/XlsxReader.h"
#include "support/TestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace redgrid;
using namespace redgrid::format;

namespace {

// Rows in std types, so that Catch prints them. A Text cell is its text; other cells are
// tagged: "#N:" number, "#D:" date, "#B:" boolean, "#E:" error; an Empty cell is "".
using Rows = std::vector<std::pair<qint64, std::vector<std::string>>>;

std::string cellString(const Cell& cell)
{
    const std::string text = cell.text.toStdString();
    switch (cell.type) {
    case CellType::Empty:
        return cell.text.isEmpty() ? std::string() : "#EMPTY-WITH-TEXT:" + text;
    case CellType::Text:
        return text;
    case CellType::Number:
        return "#N:" + text;
    case CellType::Date:
        return "#D:" + text;
    case CellType::Boolean:
        return "#B:" + text;
    case CellType::Error:
        return "#E:" + text;
    }
    return "?";
}

std::unique_ptr<RowSource> opened(const QString& path, const QString& sheet = {})
{
    auto source = SpreadsheetSource::open(path, sheet);
    INFO((source.ok() ? QString() : source.error().toString()).toStdString());
    REQUIRE(source.ok());
    return std::move(source).value();
}

Rows readAll(RowSource& source)
{
    Rows rows;
    SheetRow row;
    for (;;) {
        auto more = source.next(row);
        INFO((more.ok() ? QString() : more.error().toString()).toStdString());
        REQUIRE(more.ok());
        if (!*more)
            return rows;
        std::vector<std::string> cells;
        for (const Cell& cell : row.cells)
            cells.push_back(cellString(cell));
        rows.emplace_back(row.row, std::move(cells));
    }
}

Rows readAll(const QString& path, const QString& sheet = {})
{
    return readAll(*opened(path, sheet));
}

// The error of opening or reading the file, whichever comes first.
Error failure(const QString& path, const QString& sheet = {})
{
    auto source = SpreadsheetSource::open(path, sheet);
    if (!source)
        return source.error();
    SheetRow row;
    for (int rows = 0; rows < 10'000'000; ++rows) {
        auto more = (*source)->next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    FAIL("the file was read without an error");
    return Error {};
}

// --- a workbook zipped by hand, with XML written here --------------------------------

struct Part
{
    std::string name;
    QByteArray data;
};

void writeZip(const QString& path, const std::vector<Part>& parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const Part& part : parts) {
        zip_fileinfo info {};
        REQUIRE(zipOpenNewFileInZip(zip, part.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                    Z_DEFLATED, Z_DEFAULT_COMPRESSION)
            == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, part.data.constData(), unsigned(part.data.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

const QByteArray Main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray worksheet(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + Main
        + "><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData></worksheet>";
}

// Number formats and the cell styles (cellXfs) the tests use by index.
const QByteArray Styles = "<styleSheet " + Main
    + "><numFmts count=\"4\">"
      "<numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"0.00&quot;元 days&quot;\"/>"
      "<numFmt numFmtId=\"167\" formatCode=\"[Red]#,##0_);[Blue]\\(#,##0\\)\"/>"
      "</numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"  // not cell styles: ignored
      "<cellXfs count=\"10\">"
      "<xf numFmtId=\"0\"/>"  // 0 General
      "<xf numFmtId=\"14\"/>"  // 1 built-in date
      "<xf numFmtId=\"164\"/>"  // 2 custom date
      "<xf numFmtId=\"165\"/>"  // 3 Chinese custom date
      "<xf numFmtId=\"166\"/>"  // 4 a number with quoted text: not a date
      "<xf numFmtId=\"49\"/>"  // 5 text
      "<xf numFmtId=\"31\"/>"  // 6 built-in CJK date, yyyy年m月d日
      "<xf numFmtId=\"22\"/>"  // 7 date and time
      "<xf numFmtId=\"167\"/>"  // 8 colours in brackets: not a date
      "<xf numFmtId=\"20\"/>"  // 9 h:mm
      "</cellXfs></styleSheet>";

struct HandWorkbook
{
    QByteArray workbookPr;
    // (name, relationship id) in workbook order
    std::vector<std::pair<QByteArray, QByteArray>> sheets { { "名单", "rId1" } };
    // (id, type, target)
    std::vector<std::tuple<QByteArray, QByteArray, QByteArray>> relationships {
        { "rId1", "worksheet", "worksheets/sheet1.xml" },
        { "rId8", "styles", "styles.xml" },
        { "rId9", "sharedStrings", "sharedStrings.xml" },
    };
    std::vector<Part> parts;
    QByteArray sharedStrings = "<sst " + Main + "/>";

    void write(const QString& path) const
    {
        QByteArray sheetList;
        for (const auto& [name, id] : sheets)
            sheetList += "<sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"" + id + "\"/>";
        QByteArray rels;
        for (const auto& [id, type, target] : relationships)
            rels += "<Relationship Id=\"" + id + "\" Type=\"" + RelationshipTypes + type + "\" Target=\""
                + target + "\"/>";
        std::vector<Part> all {
            { "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
            { "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\""
                    + RelationshipTypes + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
            { "xl/workbook.xml",
                "<workbook " + Main + ">" + workbookPr + "<sheets>" + sheetList + "</sheets></workbook>" },
            { "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + rels + "</Relationships>" },
            { "xl/styles.xml", Styles },
            { "xl/sharedStrings.xml", sharedStrings },
        };
        all.insert(all.end(), parts.begin(), parts.end());
        writeZip(path, all);
    }
};

HandWorkbook oneSheet(const QByteArray& rows)
{
    HandWorkbook workbook;
    workbook.parts.push_back({ "xl/worksheets/sheet1.xml", worksheet(rows) });
    return workbook;
}

// Overwrites a 16- or 32-bit field of the zip headers of `name`, in its local header and
// in the central directory, as a zip bomb or a damaged file might.
void patchHeaders(
    QByteArray& zip, const QByteArray& name, int localOffset, int centralOffset, quint32 value, int bytes = 4)
{
    int patched = 0;
    const auto put = [&](qsizetype at) {
        for (int i = 0; i < bytes; ++i)
            zip[at + i] = char((value >> (8 * i)) & 0xFF);
        ++patched;
    };
    for (qsizetype at = 0; (at = zip.indexOf(name, at)) >= 0; at += name.size()) {
        if (at >= 30 && zip.mid(at - 30, 4) == "PK\x03\x04")
            put(at - 30 + localOffset);
        else if (at >= 46 && zip.mid(at - 46, 4) == "PK\x01\x02")
            put(at - 46 + centralOffset);
    }
    REQUIRE(patched == 2);
}

// The uncompressed size a part declares (APPNOTE.TXT 4.3.7 and 4.3.12).
void declareSize(QByteArray& zip, const QByteArray& name, quint32 size)
{
    patchHeaders(zip, name, 22, 24, size);
}

// --- a workbook written by libxlsxwriter, as Excel would write it ---------------------

lxw_datetime day(int year, int month, int dayOfMonth, int hour = 0, int minute = 0)
{
    return lxw_datetime { year, month, dayOfMonth, hour, minute, 0 };
}

void writeRoster(const QString& path, bool constantMemory)
{
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;  // inline strings, else shared
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new_opt(file.constData(), &options);
    REQUIRE(book);
    lxw_worksheet* roster = workbook_add_worksheet(book, "党员名单");
    lxw_worksheet* stats = workbook_add_worksheet(book, "统计");
    workbook_add_worksheet(book, "空表");
    const auto format = [&](const char* code) {
        lxw_format* made = workbook_add_format(book);
        format_set_num_format(made, code);
        return made;
    };
    lxw_format* date = format("yyyy-mm-dd");
    lxw_format* dateTime = format("yyyy-mm-dd hh:mm:ss");
    lxw_format* chinese = format("yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* money = format("#,##0.00\"元\"");
    lxw_format* builtIn = workbook_add_format(book);
    format_set_num_format_index(builtIn, 14);
    lxw_format* cjk = workbook_add_format(book);
    format_set_num_format_index(cjk, 31);

    const char* header[] = { "姓名", "身份证号", "手机", "入党日期", "党费", "流动党员", "备注" };
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(roster, 0, c, header[c], nullptr);
    // Row 2: as a careful secretary types it.
    worksheet_write_string(roster, 1, 0, "张三", nullptr);
    worksheet_write_string(roster, 1, 1, "500105199001011234", nullptr);
    worksheet_write_string(roster, 1, 2, "13812345678", nullptr);
    auto joined = day(2001, 7, 1);
    worksheet_write_datetime(roster, 1, 3, &joined, date);
    worksheet_write_number(roster, 1, 4, 25.5, money);
    worksheet_write_boolean(roster, 1, 5, 1, nullptr);
    worksheet_write_string(roster, 1, 6, "  第一党支部 书记  ", nullptr);
    // Row 3: ID and phone typed as numbers, a date with a time, a formula.
    worksheet_write_string(roster, 2, 0, "李四", nullptr);
    worksheet_write_number(roster, 2, 1, 500105199001011000.0, nullptr);
    worksheet_write_number(roster, 2, 2, 13987654321.0, nullptr);
    auto stamped = day(2010, 7, 1, 8, 30);
    worksheet_write_datetime(roster, 2, 3, &stamped, dateTime);
    worksheet_write_formula_num(roster, 2, 4, "=1+1", nullptr, 2);
    worksheet_write_boolean(roster, 2, 5, 0, nullptr);
    worksheet_write_formula_str(roster, 2, 6, "=\"预备\"&\"党员\"", nullptr, "预备党员");
    // Row 4 stays blank; row 5 has gaps; row 6 has CJK date formats and a line break.
    worksheet_write_string(roster, 4, 0, "王五", nullptr);
    auto chineseDay = day(2019, 12, 31);
    worksheet_write_datetime(roster, 4, 3, &chineseDay, chinese);
    worksheet_write_string(roster, 5, 0, "赵六", nullptr);
    auto builtInDay = day(1985, 3, 12);
    worksheet_write_datetime(roster, 5, 3, &builtInDay, builtIn);
    auto cjkDay = day(1921, 7, 1);
    worksheet_write_datetime(roster, 5, 4, &cjkDay, cjk);
    worksheet_write_string(roster, 5, 6, "两行\n备注", nullptr);

    worksheet_write_string(stats, 0, 0, "支部", nullptr);
    worksheet_write_string(stats, 0, 1, "人数", nullptr);
    worksheet_write_string(stats, 1, 0, "第一党支部", nullptr);
    worksheet_write_number(stats, 1, 1, 42, nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

}  // namespace

TEST_CASE("XLSX: a roster written by libxlsxwriter reads back cell by cell", "[xlsx][sheet]")
{
    const bool constantMemory = GENERATE(false, true);
    INFO((constantMemory ? "inline strings" : "shared strings"));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("党员名单.xlsx"));
    writeRoster(path, constantMemory);

    auto info = SpreadsheetSource::inspect(path);
    REQUIRE(info.ok());
    CHECK(info->format == SpreadsheetFormat::Xlsx);
    CHECK(info->sheets
        == QStringList { QStringLiteral("党员名单"), QStringLiteral("统计"), QStringLiteral("空表") });

    // libxlsxwriter stores numbers with 16 significant digits: the ID has lost its last
    // digits, and the reader must show it as the number it is.
    const Rows expected {
        { 1, { "姓名", "身份证号", "手机", "入党日期", "党费", "流动党员", "备注" } },
        { 2,
            { "张三", "500105199001011234", "13812345678", "#D:2001-07-01", "#N:25.5", "#B:TRUE",
                "  第一党支部 书记  " } },
        { 3,
            { "李四", "#N:5.00105199001011E+17", "#N:13987654321", "#D:2010-07-01 08:30:00", "#N:2",
                "#B:FALSE", "预备党员" } },
        { 5, { "王五", "", "", "#D:2019-12-31" } },
        { 6, { "赵六", "", "", "#D:1985-03-12", "#D:1921-07-01", "", "两行\n备注" } },
    };
    CHECK(readAll(path) == expected);
    CHECK(readAll(path, QStringLiteral("党员名单")) == expected);
    CHECK(readAll(path, QStringLiteral("统计"))
        == Rows { { 1, { "支部", "人数" } }, { 2, { "第一党支部", "#N:42" } } });
    CHECK(readAll(path, QStringLiteral("空表")).empty());  // an empty sheet is no error

    SECTION("an unknown sheet is an error that lists the sheets")
    {
        const Error error = failure(path, QStringLiteral("Sheet1"));
        CHECK(error.file == path);
        CHECK(error.message.contains(QStringLiteral("“Sheet1”")));
        CHECK(error.message.contains(QStringLiteral("“党员名单”, “统计”, “空表”")));
    }
    SECTION("progress runs from 0 to 1")
    {
        auto source = opened(path);
        CHECK(source->progress() < 0.5);
        readAll(*source);
        CHECK(source->progress() == Approx(1.0));
    }
}

TEST_CASE("XLSX: shared, rich, inline and formula strings, booleans and errors", "[xlsx][sheet]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("strings.xlsx"));
    HandWorkbook workbook = oneSheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
        "t=\"s\"><v>2</v></c>"
        "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>观音桥</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>华新</t></r><r><t xml:space=\"preserve\"> "
        "街道</t></r>"
        "</is></c><c r=\"C2\" t=\"str\"><f>A2&amp;\"社区\"</f><v>观音桥社区</v></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"e\"><f>VLOOKUP(A2,Z:Z,2,0)</f><v>#N/A</v></c>"
        "<c r=\"F2\" t=\"s\"><v>5</v></c></row>");
    workbook.sharedStrings = "<sst " + Main
        + " count=\"6\" uniqueCount=\"6\">"
          "<si><t>姓名</t></si>"
          "<si><r><rPr><b/></rPr><t>身份</t></r><r><t>证号</t></r></si>"  // rich text runs
          "<si><t xml:space=\"preserve\">  前后空格  </t></si>"
          "<si><t>第一行_x000D_\n第二行 &amp; &lt;三&gt;</t></si>"  // an escaped carriage return
          "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"  // a phonetic run is not text
          "<si><t/></si>"
          "</sst>";
    workbook.write(path);
    CHECK(readAll(path)
        == Rows {
            { 1, { "姓名", "身份证号", "  前后空格  ", "第一行\r\n第二行 & <三>", "東京" } },
            { 2, { "观音桥", "华新 街道", "观音桥社区", "#B:TRUE", "#E:#N/A" } },  // F2 is empty: not added
        });
}

TEST_CASE(
    "XLSX: cell references place cells; missing ones follow on; blank rows are skipped", "[xlsx][sheet]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("gaps.xlsx"));
    oneSheet(
        "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>b</t></is></c><c r=\"E2\"><v>5</v></c></row>"
        "<row r=\"3\"><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c><c "
        "r=\"D3\"><v>4</v></c><c><v>5</v>"
        "</c></row>"
        "<row><c r=\"A4\" t=\"inlineStr\"><is><t>  </t></is></c><c r=\"B4\" s=\"1\"/></row>"  // blank: row 4
        "<row><c r=\"AA5\"><v>27</v></c></row>"  // row 5, column 27
        "<row r=\"1048576\" spans=\"1:3\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>末</t></is></c></row>")
        .write(path);
    const Rows rows = readAll(path);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == Rows::value_type { 2, { "", "b", "", "", "#N:5" } });
    CHECK(rows[1] == Rows::value_type { 3, { "a", "#N:2", "", "#N:4", "#N:5" } });
    CHECK(rows[2].first == 5);
    REQUIRE(rows[2].second.size() == 27);
    CHECK(rows[2].second[26] == "#N:27");
    CHECK(rows[3].first == 1048576);
    REQUIRE(rows[3].second.size() == 16384);
    CHECK(rows[3].second.back() == "末");
}

TEST_CASE("XLSX: dates in the 1900 and the 1904 date system", "[xlsx][sheet]")
{
    // Serial numbers, each in a date style: 1900 system values on row 1, shared by both.
    const QByteArray rows = "<row r=\"1\">"
                            "<c r=\"A1\" s=\"1\"><v>1</v></c>"
                            "<c r=\"B1\" s=\"1\"><v>59</v></c>"
                            "<c r=\"C1\" s=\"1\"><v>60</v></c>"
                            "<c r=\"D1\" s=\"1\"><v>61</v></c>"
                            "<c r=\"E1\" s=\"2\"><v>44378</v></c>"
                            "<c r=\"F1\" s=\"7\"><v>44378.5</v></c>"
                            "<c r=\"G1\" s=\"9\"><v>0.75</v></c>"
                            "<c r=\"H1\" s=\"1\"><v>0</v></c>"
                            "<c r=\"I1\" s=\"1\"><v>-1</v></c>"  // before any date: the number
                            "<c r=\"J1\" s=\"7\"><v>35976.999999</v></c>"  // rounds up to midnight
                            "</row>";
    test::TempDir dir;
    const QString path1900 = dir.path(QStringLiteral("1900.xlsx"));
    oneSheet(rows).write(path1900);
    HandWorkbook mac = oneSheet(rows);
    mac.workbookPr = "<workbookPr date1904=\"1\"/>";
    const QString path1904 = dir.path(QStringLiteral("1904.xlsx"));
    mac.write(path1904);

    auto reader1900 = XlsxReader::open(path1900);
    REQUIRE(reader1900.ok());
    CHECK_FALSE((*reader1900)->uses1904DateSystem());
    auto reader1904 = XlsxReader::open(path1904);
    REQUIRE(reader1904.ok());
    CHECK((*reader1904)->uses1904DateSystem());

    // 1900: day 60 is Excel's fictitious 1900-02-29; a value below 1 is a time of day.
    CHECK(readAll(path1900)
        == Rows { { 1,
            { "#D:1900-01-01", "#D:1900-02-28", "#D:1900-02-29", "#D:1900-03-01", "#D:2021-07-01",
                "#D:2021-07-01 12:00:00", "#D:18:00:00", "#D:00:00:00", "#N:-1", "#D:1998-07-01" } } });
    // 1904: day 0 is 1904-01-01, and there is no 1900-02-29.
    CHECK(readAll(path1904)
        == Rows { { 1,
            { "#D:1904-01-02", "#D:1904-02-29", "#D:1904-03-01", "#D:1904-03-02", "#D:2025-07-02",
                "#D:2025-07-02 12:00:00", "#D:1904-01-01 18:00:00", "#D:1904-01-01", "#N:-1",
                "#D:2002-07-02" } } });
}

TEST_CASE("XLSX: date formats are found in the styles", "[xlsx][sheet]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("styles.xlsx"));
    QByteArray row = "<row r=\"1\">";
    for (int style = 0; style < 10; ++style)
        row += "<c s=\"" + QByteArray::number(style) + "\"><v>44378</v></c>";
    row += "<c s=\"99\"><v>44378</v></c></row>";  // a style the workbook lacks: a number
    oneSheet(row).write(path);
    CHECK(readAll(path)
        == Rows { { 1,
            { "#N:44378", "#D:2021-07-01", "#D:2021-07-01", "#D:2021-07-01", "#N:44378", "#N:44378",
                "#D:2021-07-01", "#D:2021-07-01", "#N:44378", "#D:2021-07-01", "#N:44378" } } });
}

TEST_CASE("XLSX: sheet order, absolute and relative targets, chart sheets, .xlsm", "[xlsx][sheet]")
{
    test::TempDir dir;
    HandWorkbook workbook;
    workbook.sheets = { { "第二支部", "rId3" }, { "图表", "rId4" }, { "第一支部", "rId2" } };
    workbook.relationships = {
        { "rId2", "worksheet", "/xl/worksheets/sheet1.xml" },
        { "rId3", "worksheet", "./worksheets/../worksheets/sheet2.xml" },
        { "rId4", "chartsheet", "chartsheets/sheet1.xml" },
        { "rId8", "styles", "/xl/styles.xml" },
    };
    workbook.parts = {
        { "xl/worksheets/sheet1.xml",
            worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>一</t></is></c></row>") },
        { "xl/worksheets/sheet2.xml",
            worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>二</t></is></c></row>") },
        { "xl/vbaProject.bin", QByteArray("\xD0\xCF\x11\xE0 macros are never run", 26) },
    };
    const QString path = dir.path(QStringLiteral("宏.xlsm"));
    workbook.write(path);
    auto info = SpreadsheetSource::inspect(path);
    REQUIRE(info.ok());
    CHECK(info->sheets == QStringList { QStringLiteral("第二支部"), QStringLiteral("第一支部") });
    CHECK(readAll(path) == Rows { { 1, { "二" } } });
    CHECK(readAll(path, QStringLiteral("第一支部")) == Rows { { 1, { "一" } } });
}

TEST_CASE("XLSX: damaged and hostile workbooks are refused with the file, sheet and row", "[xlsx][sheet]")
{
    test::TempDir dir;
    const QString good = dir.path(QStringLiteral("good.xlsx"));
    writeRoster(good, false);
    const QByteArray bytes = test::readBytes(good);
    const QString path = dir.path(QStringLiteral("名单.xlsx"));

    SECTION("a truncated file")
    {
        test::writeBytes(path, bytes.left(bytes.size() / 2));
        const Error error = failure(path);
        CHECK(error.file == path);
        CHECK(error.message.contains(QStringLiteral("damaged or incomplete")));
    }
    SECTION("damaged compressed data")
    {
        QByteArray damaged = bytes;
        const qsizetype at = damaged.indexOf("xl/worksheets/sheet1.xml");
        REQUIRE(at > 0);
        for (qsizetype i = at + 60; i < at + 90; ++i)
            damaged[i] = char(~damaged[i]);
        test::writeBytes(path, damaged);
        const Error error = failure(path);
        CHECK(error.file == path);
        CHECK(error.message.contains(QStringLiteral("damaged")));
    }
    SECTION("rows out of order or past Excel's last row are damage (found by fuzzing)")
    {
        // The fuzz target's workbook: RedGrid's export of 姓名, 公民身份证号 … with row 2
        // again after row 4 (the sheet's CRC no longer matches; the rows come first).
        const Error fuzzed = failure(test::fixture(QStringLiteral("fuzz/xlsx-rows-out-of-order.xlsx")));
        CHECK(fuzzed.row == 2);
        CHECK(fuzzed.message.contains(QStringLiteral("row 2 comes after row 4: the rows are out of order")));

        const QByteArray cell = "<c t=\"inlineStr\"><is><t>王小明</t></is></c>";
        const std::vector<std::pair<QByteArray, QString>> cases {
            { "<row r=\"1\">" + cell + "</row><row r=\"3\">" + cell + "</row><row r=\"2\">" + cell + "</row>",
                QStringLiteral("sheet “名单”, row 2: row 2 comes after row 3: the rows are out of order") },
            { "<row r=\"2\">" + cell + "</row><row r=\"2\">" + cell + "</row>",
                QStringLiteral("sheet “名单”, row 2: row 2 comes after row 2: the rows are out of order") },
            { "<row r=\"1048577\">" + cell + "</row>",
                QStringLiteral("a row has the invalid number “1048577”") },
            // The next row's number would overflow.
            { "<row r=\"9223372036854775807\">" + cell + "</row><row>" + cell + "</row>",
                QStringLiteral("a row has the invalid number “9223372036854775807”") },
        };
        for (const auto& [rows, message] : cases) {
            oneSheet(rows).write(path);
            const Error error = failure(path);
            INFO(error.message.toStdString());
            CHECK(error.file == path);
            CHECK(error.message.contains(message));
        }
    }
    SECTION("malformed XML names the sheet and the row")
    {
        oneSheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                 "<row r=\"2\"><c><v>1</v></c></row>"
                 "<row r=\"3\"><c><v>1</v></row>")
            .write(path);
        auto source = opened(path);
        SheetRow row;
        REQUIRE(*source->next(row));
        REQUIRE(*source->next(row));
        auto broken = source->next(row);
        REQUIRE_FALSE(broken.ok());
        CHECK(broken.error().file == path);
        CHECK(broken.error().row == 3);
        CHECK(broken.error().message.startsWith(QStringLiteral("sheet “名单”, row 3: the XML of part "
                                                               "xl/worksheets/sheet1.xml is damaged")));
        auto after = source->next(row);  // and the sheet stays over
        CHECK((after.ok() && !*after));
    }
    SECTION("a shared string that does not exist, and a cell outside the sheet")
    {
        oneSheet("<row r=\"4\"><c r=\"A4\" t=\"s\"><v>7</v></c></row>").write(path);
        Error error = failure(path);
        CHECK(error.row == 4);
        CHECK(error.message.contains(QStringLiteral("shared string 7")));
        oneSheet("<row r=\"5\"><c r=\"XFE5\"><v>1</v></c></row>").write(path);
        error = failure(path);
        CHECK(error.row == 5);
        CHECK(error.message.contains(QStringLiteral("“XFE5”")));
    }
    SECTION("a zip that is not a workbook")
    {
        writeZip(path, { { "readme.txt", "党员名单见附件" } });
        CHECK(failure(path).message.contains(QStringLiteral("zip archive, not an Excel workbook")));
        writeZip(path, { { "xl/workbook.bin", "binary" } });
        CHECK(failure(path).message.contains(QStringLiteral(".xlsb")));
        writeZip(path,
            { { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" }, { "content.xml", "<x/>" } });
        CHECK(failure(path).message.contains(QStringLiteral(".ods")));
    }
    SECTION("a zip bomb: parts that say they unpack to too much")
    {
        oneSheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>").write(path);
        QByteArray zip = test::readBytes(path);
        declareSize(zip, "xl/sharedStrings.xml", 300u << 20);
        test::writeBytes(path, zip);
        Error error = failure(path);
        CHECK(error.file == path);
        CHECK(error.message.contains(
            QStringLiteral("part xl/sharedStrings.xml unpacks to 300 MiB, more than the 256 MiB")));

        // A sheet may be bigger, but not from a few bytes.
        oneSheet("<row r=\"1\"><c><v>1</v></c></row>").write(path);
        zip = test::readBytes(path);
        declareSize(zip, "xl/worksheets/sheet1.xml", 0x80000000u);
        test::writeBytes(path, zip);
        error = failure(path);
        CHECK(error.message.contains(QStringLiteral("part xl/worksheets/sheet1.xml is compressed")));
        CHECK(error.message.contains(QStringLiteral("zip bomb")));
    }
    SECTION("a zip bomb: shared strings compressed a thousand to one")
    {
        HandWorkbook workbook = oneSheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>");
        workbook.sharedStrings = "<sst " + Main + "><si><t>" + QByteArray(20 << 20, ' ') + "</t></si></sst>";
        workbook.write(path);
        const Error error = failure(path);
        CHECK(error.message.contains(QStringLiteral("part xl/sharedStrings.xml is compressed")));
        CHECK(error.message.contains(QStringLiteral("zip bomb")));
    }
    SECTION("a part encrypted with a zip password")
    {
        oneSheet("<row r=\"1\"><c><v>1</v></c></row>").write(path);
        QByteArray zip = test::readBytes(path);
        patchHeaders(zip, "xl/worksheets/sheet1.xml", 6, 8, 1, 2);  // general purpose flag bit 0
        test::writeBytes(path, zip);
        CHECK(
            failure(path).message.contains(QStringLiteral("part xl/worksheets/sheet1.xml of the workbook is "
                                                          "encrypted")));
    }
    SECTION("a part that unpacks to more than it declares")
    {
        QByteArray rows;
        for (int r = 1; r <= 200; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r)
                + "</v></c></row>";
        oneSheet(rows).write(path);
        QByteArray zip = test::readBytes(path);
        declareSize(zip, "xl/worksheets/sheet1.xml", 1000);
        test::writeBytes(path, zip);
        CHECK(failure(path).message.contains(QStringLiteral("damaged")));
    }
    SECTION("one XML text bigger than any cell")
    {
        // Random letters, which do not compress like a bomb.
        QByteArray rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>";
        std::mt19937 random(2024);
        for (int i = 0; i < (17 << 20); ++i)
            rows += char('a' + random() % 26);
        rows += "</t></is></c></row>";
        oneSheet(rows).write(path);
        const Error error = failure(path);
        CHECK(error.message.contains(QStringLiteral("longer than 16 MiB")));
    }
}

TEST_CASE("Files that are no spreadsheet are refused, whatever their name", "[xlsx][sheet]")
{
    test::TempDir dir;
    const auto refusal = [&](const QString& name, const QByteArray& bytes) {
        const QString path = dir.path(name);
        test::writeBytes(path, bytes);
        auto info = SpreadsheetSource::inspect(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().file == path);
        auto source = SpreadsheetSource::open(path);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().message == info.error().message);
        return info.error().message;
    };
    CHECK(refusal(QStringLiteral("空.xlsx"), {}).contains(QStringLiteral("empty")));
    CHECK(refusal(QStringLiteral("空.csv"), {}).contains(QStringLiteral("empty")));
    CHECK(refusal(QStringLiteral("报告.xlsx"), "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj")
              .contains(QStringLiteral("PDF")));
    CHECK(refusal(QStringLiteral("照片.csv"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16))
              .contains(QStringLiteral("image")));
    // An OLE compound file that holds no workbook (an .xls is one; see XlsReaderTests).
    const QString oleMessage = refusal(QStringLiteral("加密.xlsx"),
        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    CHECK(oleMessage.contains(QStringLiteral("not a valid Excel workbook")));
    CHECK(oleMessage.contains(QStringLiteral("save it again as an Excel workbook (.xlsx) or as CSV")));
    CHECK(
        refusal(QStringLiteral("导出.xls"), "\xEF\xBB\xBF  <html><body><table><tr><td>张三</td></tr></table>")
            .contains(QStringLiteral("HTML")));
    CHECK(
        refusal(QStringLiteral("nothing.csv"), QByteArray("abc\0def", 7)).contains(QStringLiteral("binary")));

    auto missing = SpreadsheetSource::inspect(dir.path(QStringLiteral("不存在.xlsx")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
}
