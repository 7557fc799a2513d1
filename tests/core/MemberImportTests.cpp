// Importing party-member rosters (MemberImporter): the national 汇总表 and the layouts
// secretaries really keep, as CSV in every encoding Excel and WPS write and as XLSX.
// The files are generated here: CSV through QStringEncoder, XLSX with a small package
// writer below (to control shared strings, date styles and the 1904 date system) and
// with libxlsxwriter (numeric cells as Excel writes them).
#include "common/Utf16.h"
#include "format/SpreadsheetSource.h"
#include "importexport/MemberImporter.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberBulkLoad.h"
#include "roster/MemberEditor.h"
#include "roster/MemberStore.h"
#include "roster/MemberValidator.h"
#include "roster/RosterDate.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "storage/FileIntegrity.h"
#include "storage/ForeignKeysOff.h"
#include "storage/SqliteError.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QtEndian>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <algorithm>

using namespace redgrid;
using namespace redgrid::format;
using namespace redgrid::importexport;
using roster::Exposure;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

QStringList list(std::initializer_list<const char16_t*> texts)
{
    QStringList result;
    for (const char16_t* text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + roster::IdNumber::checkCharacter(first17);
}

const QDate Today(2025, 6, 1);

const QString Branch1 = QStringLiteral("中共花园新村社区第一支部委员会");
const QString Branch2 = QStringLiteral("中共花园新村社区第二支部委员会");

// The 21 columns of the national 汇总表, in its order (domain rules 2.1).
QStringList nationalHeader()
{
    return list({ u"序号", u"姓名", u"所在党支部", u"公民身份证号", u"性别", u"民族", u"出生日期", u"学历",
        u"人员类别", u"加入党组织日期", u"转为正式党员日期", u"工作岗位", u"手机号", u"固定电话", u"家庭住址",
        u"党籍状态", u"是否为失联党员", u"失去联系日期", u"是否为流动党员", u"外出流向", u"备注" });
}

// One row of the 汇总表 as a secretary fills it in.
struct NationalRow
{
    QString name, org, id, sex = QStringLiteral("男"), ethnicity = QStringLiteral("汉族"), birth,
                           education = QStringLiteral("大学本科毕业"), category = QStringLiteral("正式党员"),
                           joined, converted, jobPost = QStringLiteral("公务员"), mobile, landline, address,
                           standing = QStringLiteral("正常"), lost = QStringLiteral("否"), lostOn,
                           isMobile = QStringLiteral("否"), destination, remarks;

    QStringList cells(int serial) const
    {
        return { QString::number(serial), name, org, id, sex, ethnicity, birth, education, category, joined,
            converted, jobPost, mobile, landline, address, standing, lost, lostOn, isMobile, destination,
            remarks };
    }
};

NationalRow zhangSan()
{
    NationalRow r;
    r.name = s(u"张三");
    r.org = Branch1;
    r.id = idFor(QDate(1985, 3, 12), 123);
    r.birth = QStringLiteral("1985-03-12");
    r.joined = QStringLiteral("2010-07-01");
    r.converted = QStringLiteral("2011-07-01");
    r.mobile = QStringLiteral("13812345678");
    r.landline = QStringLiteral("023-67891234");
    r.address = s(u"重庆市江北区观音桥街道花园新村1栋2单元301");
    return r;
}
NationalRow qinXiaohong()
{
    NationalRow r;
    r.name = s(u"覃小红");
    r.org = Branch2;
    r.id = idFor(QDate(1990, 8, 8), 182);
    r.sex = s(u"女");
    r.ethnicity = s(u"土家族");
    r.birth = QStringLiteral("1990-08-08");
    r.education = s(u"硕士研究生毕业");
    r.joined = QStringLiteral("2015-06-30");
    r.converted = QStringLiteral("2016-06-30");
    r.jobPost = s(u"社区工作人员");
    r.mobile = QStringLiteral("13987654321");
    r.address = s(u"重庆市江北区观音桥街道花园新村5栋1单元1102");
    r.isMobile = s(u"是");
    r.destination = s(u"广东省深圳市南山区");
    r.remarks = s(u"流动党员，每半年联系一次");
    return r;
}
NationalRow yueJia()
{
    NationalRow r;
    r.name = s(u"乐嘉");
    r.org = Branch1;
    r.id = idFor(QDate(2000, 1, 15), 171);
    r.birth = QStringLiteral("2000-01-15");
    r.category = s(u"预备党员");
    r.joined = QStringLiteral("2025-03-01");
    r.jobPost = s(u"退休人员");
    r.mobile = QStringLiteral("15023456789");
    r.address = s(u"重庆市江北区观音桥街道花园新村2栋3单元201");
    return r;
}

// `count` members like 张三, each with a name, a birth date and an ID number of their own.
QList<NationalRow> manyMembers(int count)
{
    QList<NationalRow> rows;
    for (int i = 0; i < count; ++i) {
        NationalRow r = zhangSan();
        r.name = s(u"党员") + QString::number(i);
        r.id = idFor(QDate(1960, 1, 1).addDays(i), 123);
        r.birth = QDate(1960, 1, 1).addDays(i).toString(Qt::ISODate);
        rows.append(r);
    }
    return rows;
}

QList<QStringList> nationalTable(const QList<NationalRow>& rows)
{
    QList<QStringList> table { nationalHeader() };
    int serial = 0;
    for (const NationalRow& row : rows)
        table.append(row.cells(++serial));
    return table;
}

// CSV text as Excel writes it: fields with the separator, quotes or line breaks quoted.
QString csvText(const QList<QStringList>& table, QChar separator = QLatin1Char(','))
{
    QString text;
    for (const QStringList& row : table) {
        QStringList fields;
        for (QString field : row) {
            if (field.contains(separator) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n'))) {
                field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                field = QLatin1Char('"') + field + QLatin1Char('"');
            }
            fields.append(field);
        }
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return text;
}

enum class Encoding { Utf8, Utf8Bom, Utf16LeBom, Gb18030 };

QByteArray encoded(const QString& text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return text.toUtf8();
    case Encoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case Encoding::Utf16LeBom: {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return encoder.encode(text);
    }
    case Encoding::Gb18030: {
        QStringEncoder encoder("GB18030");
        REQUIRE(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        REQUIRE_FALSE(encoder.hasError());
        return bytes;
    }
    }
    return {};
}

// ---- A small .xlsx package writer -------------------------------------------------------

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// A zip archive (PKWARE APPNOTE 4.3): parts stored, or deflated when asked.
QByteArray zip(const QList<std::pair<QString, QByteArray>>& parts, bool deflate = false)
{
    QByteArray out, directory;
    const auto u16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray& b, quint32 v) {
        u16(b, quint16(v & 0xFFFF));
        u16(b, quint16(v >> 16));
    };
    for (const auto& [name, data] : parts) {
        // qCompress gives a 4-byte length, a zlib header (2) and an Adler-32 trailer (4).
        const QByteArray body = deflate ? qCompress(data, 9).mid(6).chopped(4) : data;
        const quint32 offset = quint32(out.size());
        const QByteArray nameBytes = name.toUtf8();
        // Not `data` inside the lambda: clang 14 cannot capture a structured binding.
        const quint32 crc = crc32(data);
        const quint32 size = quint32(data.size());
        const auto header = [&](QByteArray& b) {
            u16(b, 20);  // version needed
            u16(b, 0x0800);  // UTF-8 names
            u16(b, deflate ? 8 : 0);
            u16(b, 0);  // time
            u16(b, 0x5A21);  // date: 2025-01-01
            u32(b, crc);
            u32(b, quint32(body.size()));
            u32(b, size);
            u16(b, quint16(nameBytes.size()));
            u16(b, 0);  // extra
        };
        u32(out, 0x04034b50);
        header(out);
        out.append(nameBytes).append(body);
        u32(directory, 0x02014b50);
        u16(directory, 20);  // made by
        header(directory);
        u16(directory, 0);  // comment
        u16(directory, 0);  // disk
        u16(directory, 0);  // internal attributes
        u32(directory, 0);  // external attributes
        u32(directory, offset);
        directory.append(nameBytes);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(parts.size()));
    u16(out, quint16(parts.size()));
    u32(out, quint32(directory.size()));
    u32(out, directoryOffset);
    u16(out, 0);
    return out;
}

struct XCell
{
    enum Kind { Shared, Inline, Number, Date };
    QString text;
    Kind kind = Shared;
};
using XRow = QList<XCell>;
struct XSheet
{
    QString name;
    QList<XRow> rows;
};

XRow sharedRow(const QStringList& cells)
{
    XRow row;
    for (const QString& cell : cells)
        row.append({ cell, XCell::Shared });
    return row;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// An .xlsx workbook: text in shared strings (or inline), numbers, and numbers in a date
// style (cellXfs 1, built-in format 14); `date1904` sets the 1904 date system.
QByteArray xlsx(const QList<XSheet>& sheets, bool date1904 = false)
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString rel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QStringList shared;
    QList<std::pair<QString, QByteArray>> parts;
    QString types
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                         "<Default Extension=\"rels\" ContentType=\"application/"
                         "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                         "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                         "ContentType=\"application/"
                         "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    QString workbook
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"%1\" xmlns:r=\"%2\">")
              .arg(ns, rel);
    workbook += date1904 ? QStringLiteral("<workbookPr date1904=\"1\"/>") : QStringLiteral("<workbookPr/>");
    workbook += QStringLiteral("<sheets>");
    QString workbookRels
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < sheets.size(); ++i) {
        const QString part = QStringLiteral("worksheets/sheet%1.xml").arg(i + 1);
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                        .arg(xmlEscaped(sheets[i].name))
                        .arg(i + 1);
        workbookRels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" Target=\"%3\"/>")
                            .arg(i + 1)
                            .arg(rel, part);
        types += QStringLiteral("<Override PartName=\"/xl/%1\" ContentType=\"application/"
                                "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                     .arg(part);
        QString xml
            = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"%1\"><sheetData>")
                  .arg(ns);
        for (int r = 0; r < sheets[i].rows.size(); ++r) {
            xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
            for (int c = 0; c < sheets[i].rows[r].size(); ++c) {
                const XCell& cell = sheets[i].rows[r][c];
                if (cell.text.isEmpty())
                    continue;
                const QString ref = columnName(c) + QString::number(r + 1);
                switch (cell.kind) {
                case XCell::Shared:
                    if (!shared.contains(cell.text))
                        shared.append(cell.text);
                    xml += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>")
                               .arg(ref)
                               .arg(shared.indexOf(cell.text));
                    break;
                case XCell::Inline:
                    xml += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
                               .arg(ref, xmlEscaped(cell.text));
                    break;
                case XCell::Number:
                    xml += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, cell.text);
                    break;
                case XCell::Date:
                    xml += QStringLiteral("<c r=\"%1\" s=\"1\"><v>%2</v></c>").arg(ref, cell.text);
                    break;
                }
            }
            xml += QStringLiteral("</row>");
        }
        xml += QStringLiteral("</sheetData></worksheet>");
        parts.append({ QStringLiteral("xl/") + part, xml.toUtf8() });
    }
    workbook += QStringLiteral("</sheets></workbook>");
    const int next = int(sheets.size()) + 1;
    workbookRels += QStringLiteral(
        "<Relationship Id=\"rId%1\" Type=\"%2/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId%3\" Type=\"%2/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>")
                        .arg(next)
                        .arg(rel)
                        .arg(next + 1);
    types += QStringLiteral("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                            "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                            "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
    QString strings
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"%1\" count=\"%2\" "
                         "uniqueCount=\"%2\">")
              .arg(ns)
              .arg(shared.size());
    for (const QString& text : shared)
        strings += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(xmlEscaped(text));
    strings += QStringLiteral("</sst>");
    const QString styles = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"%1\"><fonts count=\"1\"><font><sz "
        "val=\"11\"/>"
        "<name val=\"Calibri\"/></font></fonts><fills count=\"1\"><fill><patternFill "
        "patternType=\"none\"/></fill>"
        "</fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" "
        "fontId=\"0\" "
        "fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" "
        "fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" "
        "borderId=\"0\" "
        "xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
                               .arg(ns);
    parts.prepend({ QStringLiteral("xl/sharedStrings.xml"), strings.toUtf8() });
    parts.prepend({ QStringLiteral("xl/styles.xml"), styles.toUtf8() });
    parts.prepend({ QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels.toUtf8() });
    parts.prepend({ QStringLiteral("xl/workbook.xml"), workbook.toUtf8() });
    parts.prepend({ QStringLiteral("_rels/.rels"),
        QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
            "Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>") });
    parts.prepend({ QStringLiteral("[Content_Types].xml"), types.toUtf8() });
    return zip(parts);
}

// The least package that is a workbook: one sheet, its XML as given.
QByteArray package(const QByteArray& sheetXml, bool deflate = false)
{
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    return zip(
        { { QStringLiteral("[Content_Types].xml"),
              "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
              "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
              "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
              "ContentType=\"application/xml\"/></Types>" },
            { QStringLiteral("_rels/.rels"),
                "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rels
                    + "\"><Relationship Id=\"rId1\" Type=\"" + rel
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
            { QStringLiteral("xl/workbook.xml"),
                "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                "2006/main\" xmlns:r=\""
                    + rel
                    + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
            { QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rels
                    + "\"><Relationship Id=\"rId1\" Type=\"" + rel
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>" },
            { QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml } },
        deflate);
}

// ---- The database -----------------------------------------------------------------------

struct World
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("i.redgrid")));
    RecordId branch1, branch2;

    World()
    {
        organisation::PartyOrg committee;
        committee.kind = organisation::OrgKind::Committee;
        committee.name = s(u"中共花园新村社区委员会");
        const auto top = organisation::OrgEditor(*db).add(committee);
        REQUIRE(top.ok());
        for (const QString& name : { Branch1, Branch2 }) {
            organisation::PartyOrg branch;
            branch.kind = organisation::OrgKind::Branch;
            branch.parentId = top->id;
            branch.name = name;
            const auto added = organisation::OrgEditor(*db).add(branch);
            REQUIRE(added.ok());
            (name == Branch1 ? branch1 : branch2) = added->id;
        }
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.path(name);
        test::writeBytes(path, bytes);
        return path;
    }
    QString writeCsv(const QString& name, const QList<QStringList>& table,
        Encoding encoding = Encoding::Utf8Bom, QChar separator = QLatin1Char(','))
    {
        return write(name, encoded(csvText(table, separator), encoding));
    }

    MemberImportReport run(const QString& path, MemberImportOptions options = {})
    {
        options.today = Today;
        auto report = MemberImporter(*db).run(path, options);
        INFO((report ? QString() : report.error().toString()).toStdString());
        REQUIRE(report.ok());
        // read = inserted + updated + unchanged + rejected, always.
        CHECK(report->read == report->inserted + report->updated + report->unchanged + report->rejected);
        return *report;
    }
    Error failure(const QString& path, MemberImportOptions options = {})
    {
        options.today = Today;
        auto report = MemberImporter(*db).run(path, options);
        REQUIRE_FALSE(report.ok());
        return report.error();
    }
    std::optional<roster::Member> member(const QString& id)
    {
        return roster::MemberStore(*db).findByIdNumber(id, Exposure::Unmasked);
    }
    qint64 members() { return db->scalar("SELECT count(*) FROM member"); }
    qint64 events() { return db->scalar("SELECT count(*) FROM member_event"); }
};

// The rejected row with this spreadsheet row number.
RejectedMemberRow rejectedRow(const MemberImportReport& report, qint64 row)
{
    for (const RejectedMemberRow& rejected : report.firstRejected)
        if (rejected.row == row)
            return rejected;
    FAIL("row " << row << " was not rejected");
    return {};
}

// Every row of a spreadsheet, as texts.
QList<QStringList> readTable(const QString& path, const QString& sheet = {})
{
    auto source = SpreadsheetSource::open(path, sheet);
    INFO((source ? QString() : source.error().toString()).toStdString());
    REQUIRE(source.ok());
    QList<QStringList> rows;
    SheetRow row;
    for (;;) {
        auto more = (*source)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        QStringList cells;
        for (const Cell& cell : row.cells)
            cells.append(cell.text);
        rows.append(cells);
    }
    return rows;
}

}  // namespace

TEST_CASE("Member import: the national 汇总表 layout as is", "[roster][import]")
{
    World w;
    const QString path = w.writeCsv(
        QStringLiteral("党员基本信息汇总表.csv"), nationalTable({ zhangSan(), qinXiaohong(), yueJia() }));

    const auto layout = MemberImporter(*w.db).layout(path);
    REQUIRE(layout.ok());
    CHECK(layout->headerRow == 1);
    CHECK(layout->headers == nationalHeader());
    const QList<RosterField> national = nationalLayout();
    REQUIRE(national.size() == 21);
    for (int i = 0; i < national.size(); ++i)
        CHECK(layout->mapping.columnOf(national[i]) == i);
    CHECK(layout->missingRequired.isEmpty());

    const MemberImportReport report = w.run(path);
    CHECK(report.read == 3);
    CHECK(report.inserted == 3);
    CHECK(report.rejected == 0);
    CHECK_FALSE(report.dryRun);
    CHECK(report.file.endsWith(QStringLiteral("党员基本信息汇总表.csv")));

    const auto zhang = w.member(zhangSan().id);
    REQUIRE(zhang);
    CHECK(str(zhang->name) == "张三");
    CHECK(zhang->orgId == w.branch1);
    CHECK(str(zhang->sex) == "1");
    CHECK(str(zhang->ethnicity) == "01");
    CHECK(zhang->birthDate == QDate(1985, 3, 12));
    CHECK(str(zhang->education) == "21");
    CHECK(str(zhang->category) == "1");
    CHECK(zhang->joinedOn == QDate(2010, 7, 1));
    CHECK(zhang->convertedOn == QDate(2011, 7, 1));
    CHECK(str(zhang->jobPost) == "0111");
    CHECK(str(zhang->mobile) == "13812345678");
    CHECK(str(zhang->landline) == "023-67891234");
    CHECK(zhang->address == zhangSan().address);
    CHECK(str(zhang->standing) == "1");
    CHECK_FALSE(zhang->isLostContact());
    CHECK_FALSE(zhang->isMobile);

    const auto qin = w.member(qinXiaohong().id);
    REQUIRE(qin);
    CHECK(qin->orgId == w.branch2);
    CHECK(str(qin->sex) == "2");
    CHECK(str(qin->ethnicity) == "15");
    CHECK(str(qin->education) == "14");
    CHECK(str(qin->jobPost) == "502");
    CHECK(qin->isMobile);
    CHECK(qin->mobileDestination == s(u"广东省深圳市南山区"));
    CHECK(qin->remarks == s(u"流动党员，每半年联系一次"));

    const auto yue = w.member(yueJia().id);
    REQUIRE(yue);
    CHECK(str(yue->category) == "2");
    CHECK_FALSE(yue->convertedOn.isValid());
    CHECK(str(yue->jobPost) == "42");
}

TEST_CASE("Member import: header synonyms, a title row above the header, a file without some columns",
    "[roster][import]")
{
    World w;
    // A roster as one community keeps it (roster_headers.md 1.1): a title, a blank row,
    // then the header in its own words.
    const QStringList header = list({ u"序号", u"党员姓名", u"身份证号码", u"所属党支部", u"性别",
        u"出生年月", u"文化程度", u"党员类别", u"入党时间", u"转正时间", u"联系电话", u"现居住地", u"备注" });
    const auto row = [](const NationalRow& r, const QString& phone) {
        return QStringList { QStringLiteral("1"), r.name, r.id, r.org, r.sex, r.birth, r.education,
            r.category, r.joined, r.converted, phone, r.address, r.remarks };
    };
    const QString path = w.writeCsv(QStringLiteral("花名册.csv"),
        { { s(u"花园新村社区党员花名册（2025年6月）") }, {}, header,
            row(zhangSan(), QStringLiteral("023-67891234")),
            row(qinXiaohong(), QStringLiteral("13987654321")) });

    const auto layout = MemberImporter(*w.db).layout(path);
    REQUIRE(layout.ok());
    CHECK(layout->headerRow == 3);
    CHECK(layout->mapping.columnOf(RosterField::Name) == 1);
    CHECK(layout->mapping.columnOf(RosterField::IdNumber) == 2);
    CHECK(layout->mapping.columnOf(RosterField::Org) == 3);
    CHECK(layout->mapping.columnOf(RosterField::BirthDate) == 5);
    CHECK(layout->mapping.columnOf(RosterField::Education) == 6);
    CHECK(layout->mapping.columnOf(RosterField::Category) == 7);
    CHECK(layout->mapping.columnOf(RosterField::JoinedOn) == 8);
    CHECK(layout->mapping.columnOf(RosterField::ConvertedOn) == 9);
    CHECK(layout->mapping.columnOf(RosterField::Mobile) == 10);
    CHECK(layout->mapping.columnOf(RosterField::Address) == 11);
    CHECK_FALSE(layout->mapping.has(RosterField::Landline));

    const MemberImportReport report = w.run(path);
    CHECK(report.read == 2);
    CHECK(report.inserted == 2);
    // One 联系电话 column: a landline goes where it belongs.
    CHECK(str(w.member(zhangSan().id)->landline) == "023-67891234");
    CHECK(w.member(zhangSan().id)->mobile.isEmpty());
    CHECK(str(w.member(qinXiaohong().id)->mobile) == "13987654321");
    CHECK(w.member(qinXiaohong().id)->address == qinXiaohong().address);

    // Other spellings of the same items.
    for (const char16_t* id : { u"身份证号", u"公民身份号码（18位）", u"*公民身份证号码", u"身份证 号码" })
        CHECK(fieldForHeader(s(id)) == RosterField::IdNumber);
    CHECK(fieldForHeader(s(u"入党日期")) == RosterField::JoinedOn);
    CHECK(fieldForHeader(s(u"转正日期")) == RosterField::ConvertedOn);
    CHECK(fieldForHeader(s(u"手机号码")) == RosterField::Mobile);
    CHECK(fieldForHeader(s(u"所在党组织")) == RosterField::Org);
    CHECK_FALSE(fieldForHeader(s(u"户籍所在派出所")).has_value());

    // Items the rules need but the file lacks are named before the import.
    const QString narrow = w.writeCsv(QStringLiteral("narrow.csv"),
        { list({ u"姓名", u"公民身份证号" }), { zhangSan().name, zhangSan().id } });
    const auto narrowLayout = MemberImporter(*w.db).layout(narrow);
    REQUIRE(narrowLayout.ok());
    INFO(str(narrowLayout->missingRequired.join(QLatin1Char(','))));
    CHECK(narrowLayout->missingRequired.contains(s(u"加入党组织日期")));
}

TEST_CASE("Member import: each number goes where its kind belongs; lost contact by month; the preview",
    "[roster][import]")
{
    World w;
    // A landline written in 手机号 while 固定电话 is left empty, and the reverse.
    NationalRow landlineFirst = zhangSan();
    landlineFirst.mobile = QStringLiteral("(023)6789 1234");
    landlineFirst.landline.clear();
    NationalRow mobileSecond = qinXiaohong();
    mobileSecond.mobile.clear();
    mobileSecond.landline = QStringLiteral("+86 139-8765-4321");
    // Lost contact since a month, with the national system's 9 for yes; the sex left to the ID.
    NationalRow lost = yueJia();
    lost.lost = QStringLiteral("9");
    lost.lostOn = QStringLiteral("2025.04");
    lost.sex.clear();
    const QString path
        = w.writeCsv(QStringLiteral("phones.csv"), nationalTable({ landlineFirst, mobileSecond, lost }));

    const auto preview = MemberImporter(*w.db).preview(path, { .today = Today }, 10);
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 3);
    CHECK(preview->at(0).row == 2);
    CHECK(preview->at(0).errors.isEmpty());
    CHECK_FALSE(preview->at(0).updatesExisting);
    CHECK(preview->at(2).cells.value(1) == lost.name);
    CHECK(w.members() == 0);  // a preview writes nothing

    const MemberImportReport report = w.run(path);
    CHECK(report.inserted == 3);
    const auto zhang = w.member(zhangSan().id);
    REQUIRE(zhang);
    CHECK(str(zhang->landline) == "023-67891234");
    CHECK(zhang->mobile.isEmpty());
    const auto qin = w.member(qinXiaohong().id);
    REQUIRE(qin);
    CHECK(str(qin->mobile) == "13987654321");
    CHECK(qin->landline.isEmpty());
    const auto yue = w.member(yueJia().id);
    REQUIRE(yue);
    CHECK(yue->lostContactOn == QDate(2025, 4, 1));
    CHECK(str(yue->sex) == "1");

    // The preview of the same file now sees members on record.
    const auto again = MemberImporter(*w.db).preview(path, { .today = Today }, 1);
    REQUIRE(again.ok());
    REQUIRE(again->size() == 1);
    CHECK(again->front().updatesExisting);
}

TEST_CASE("Member import: a doubtful ID number is imported with its warning, given once", "[roster][import]")
{
    World w;
    // 39 is no province code: the number is accepted (the rest of it is right) with a warning.
    NationalRow row = zhangSan();
    const QString first17 = QStringLiteral("39") + row.id.mid(2, 15);
    row.id = first17 + roster::IdNumber::checkCharacter(first17);
    const QString path = w.writeCsv(QStringLiteral("doubtful.csv"), nationalTable({ row }));

    const auto preview = MemberImporter(*w.db).preview(path, { .today = Today }, 10);
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 1);
    CHECK(preview->front().errors.isEmpty());
    REQUIRE(preview->front().warnings.size() == 1);
    CHECK(preview->front().warnings.front().contains(QStringLiteral("39")));
    CHECK(preview->front().warnings.front().startsWith(s(u"公民身份证号")));

    const MemberImportReport report = w.run(path);
    CHECK(report.inserted == 1);
    REQUIRE(w.member(row.id));
    CHECK(w.member(row.id)->idNumber == row.id);
}

TEST_CASE("Member import: CSV in UTF-8, UTF-8 with BOM, UTF-16LE with BOM and GB18030", "[roster][import]")
{
    NationalRow zhai = zhangSan();
    zhai.name = s(u"翟志刚");
    zhai.id = idFor(QDate(1966, 10, 10), 191);
    zhai.birth = QStringLiteral("1966-10-10");
    zhai.address = s(u"重庆市江北区观音桥街道嘉陵一村12号附1号");
    const auto table = nationalTable({ zhai, qinXiaohong() });
    for (const auto& [encoding, label] :
        { std::pair { Encoding::Utf8, "UTF-8" }, { Encoding::Utf8Bom, "UTF-8 BOM" },
            { Encoding::Utf16LeBom, "UTF-16LE" }, { Encoding::Gb18030, "GB18030" } }) {
        INFO(label);
        World w;
        const QString path = w.writeCsv(QStringLiteral("roster.csv"), table, encoding);
        const MemberImportReport report = w.run(path);
        CHECK(report.inserted == 2);
        CHECK(report.rejected == 0);
        REQUIRE(w.member(zhai.id));
        CHECK(str(w.member(zhai.id)->name) == "翟志刚");
        CHECK(w.member(zhai.id)->address == zhai.address);
        CHECK(w.member(zhai.id)->orgId == w.branch1);
        CHECK(str(w.member(qinXiaohong().id)->name) == "覃小红");
    }
}

TEST_CASE("Member import: separators , ; and tab, quoted fields with line breaks", "[roster][import]")
{
    NationalRow quoted = zhangSan();
    quoted.address = s(u"重庆市江北区观音桥街道\n花园新村1栋2单元301");
    quoted.remarks = s(u"\"优秀党员\", 2023; 2024\t两次");
    NationalRow bad = qinXiaohong();
    bad.birth = QStringLiteral("1990-02-30");  // no such day
    for (const QChar separator : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') }) {
        INFO(int(separator.unicode()));
        World w;
        const QString path = w.writeCsv(
            QStringLiteral("roster.csv"), nationalTable({ quoted, bad }), Encoding::Utf8Bom, separator);
        const MemberImportReport report = w.run(path);
        CHECK(report.read == 2);
        CHECK(report.inserted == 1);
        CHECK(report.rejected == 1);
        REQUIRE(w.member(quoted.id));
        CHECK(w.member(quoted.id)->address == quoted.address);
        CHECK(w.member(quoted.id)->remarks == quoted.remarks);
        // Rows are spreadsheet rows: the line break inside quotes does not count.
        REQUIRE(report.firstRejected.size() == 1);
        CHECK(report.firstRejected.front().row == 3);
        CHECK(report.firstRejected.front().reasons.contains(s(u"出生日期")));
    }
}

TEST_CASE("Member import: dates as rosters write them", "[roster][import]")
{
    World w;
    struct Case
    {
        const char* joined;
        const char* converted;
        QDate expected;
    };
    const std::vector<Case> cases {
        { "2010-07-01", "2011-07-01", QDate(2010, 7, 1) },
        { "2010/7/1", "2011/7/1", QDate(2010, 7, 1) },
        { "2010.07", "2011.07", QDate(2010, 7, 1) },
        { "20100701", "20110701", QDate(2010, 7, 1) },
        { "2010年7月1日", "2011年7月1日", QDate(2010, 7, 1) },
        { "2010-07-01 00:00:00", "2011-07-01 00:00:00", QDate(2010, 7, 1) },
        { "2012.3.15", "2013.3.15", QDate(2012, 3, 15) },
    };
    QList<NationalRow> rows;
    for (size_t i = 0; i < cases.size(); ++i) {
        NationalRow r = zhangSan();
        r.name = s(u"李") + QString::number(i);
        r.id = idFor(QDate(1985, 3, 12), 201 + 2 * int(i));
        r.joined = QString::fromUtf8(cases[i].joined);
        r.converted = QString::fromUtf8(cases[i].converted);
        rows.append(r);
    }
    // A day count is a date only from a numeric cell; in CSV it is refused.
    NationalRow serial = zhangSan();
    serial.joined = QString::number(roster::RosterDate::excelSerial(QDate(2010, 7, 1)));
    serial.converted = QString::number(roster::RosterDate::excelSerial(QDate(2011, 7, 1)));
    rows.append(serial);

    const MemberImportReport report = w.run(w.writeCsv(QStringLiteral("dates.csv"), nationalTable(rows)));
    CHECK(report.inserted == qint64(cases.size()));
    for (size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].joined);
        const auto m = w.member(rows[int(i)].id);
        REQUIRE(m);
        CHECK(m->joinedOn == cases[i].expected);
        CHECK(m->convertedOn == cases[i].expected.addYears(1));
    }
    CHECK(report.rejected == 1);
    CHECK(rejectedRow(report, qint64(cases.size()) + 2).reasons.contains(s(u"加入党组织日期")));
}

TEST_CASE("Member import: XLSX with shared strings, date cells, serials, a second sheet chosen by name",
    "[roster][import]")
{
    // The dates as Excel keeps them: day counts, in a date style or as plain numbers.
    const auto serial = [](const QDate& date, bool date1904) {
        return QString::number(roster::RosterDate::excelSerial(date) - (date1904 ? 1462 : 0));
    };
    const auto workbook = [&](bool date1904) {
        XRow row = sharedRow(zhangSan().cells(1));
        row[6] = { serial(QDate(1985, 3, 12), date1904), XCell::Date };
        row[9] = { serial(QDate(2010, 7, 1), date1904), XCell::Date };
        row[10] = { serial(QDate(2011, 7, 1), date1904), XCell::Date };
        row[0] = { QStringLiteral("1"), XCell::Number };
        XRow second = sharedRow(qinXiaohong().cells(2));
        second[1] = { qinXiaohong().name, XCell::Inline };
        if (!date1904) {  // a plain number in the 1900 system, as a General cell holds it
            second[9] = { serial(QDate(2015, 6, 30), false), XCell::Number };
            second[10] = { serial(QDate(2016, 6, 30), false), XCell::Number };
        }
        return xlsx({ { s(u"填表说明"), { sharedRow({ s(u"请按要求填写，身份证号列设为文本格式") }) } },
                        { s(u"党员信息"),
                            { sharedRow({ s(u"花园新村社区党员基本信息汇总表") }),
                                sharedRow(nationalHeader()), row, second } } },
            date1904);
    };
    for (const bool date1904 : { false, true }) {
        INFO("1904 date system: " << date1904);
        World w;
        const QString path = w.write(QStringLiteral("汇总表.xlsx"), workbook(date1904));

        // The first sheet holds no roster: the error says so and names the file.
        const Error noHeader = w.failure(path);
        CHECK(noHeader.file.contains(QStringLiteral("汇总表.xlsx")));
        CHECK(noHeader.message.contains(s(u"姓名")));

        MemberImportOptions options;
        options.sheet = s(u"党员信息");
        const MemberImportReport report = w.run(path, options);
        CHECK(report.sheet == s(u"党员信息"));
        CHECK(report.read == 2);
        CHECK(report.inserted == 2);
        CHECK(report.rejected == 0);
        const auto zhang = w.member(zhangSan().id);
        REQUIRE(zhang);
        CHECK(zhang->birthDate == QDate(1985, 3, 12));
        CHECK(zhang->joinedOn == QDate(2010, 7, 1));
        CHECK(zhang->convertedOn == QDate(2011, 7, 1));
        CHECK(zhang->address == zhangSan().address);
        const auto qin = w.member(qinXiaohong().id);
        REQUIRE(qin);
        CHECK(str(qin->name) == "覃小红");
        CHECK(qin->joinedOn == QDate(2015, 6, 30));

        options.sheet = s(u"不存在");
        CHECK_FALSE(MemberImporter(*w.db).run(path, options).ok());
    }
}

TEST_CASE(
    "Member import: an ID number that arrives as a number is rejected with the reason", "[roster][import]")
{
    World w;
    // A numeric cell, as Excel writes a General column of IDs (libxlsxwriter, like Excel,
    // stores a double).
    const QString path = w.dir.path(QStringLiteral("numeric.xlsx"));
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new(file.constData());
    REQUIRE(workbook);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    const QStringList header = nationalHeader();
    const auto put = [&](int row, const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c)
            if (!cells[c].isEmpty())
                worksheet_write_string(
                    sheet, lxw_row_t(row), lxw_col_t(c), cells[c].toUtf8().constData(), nullptr);
    };
    put(0, header);
    put(1, zhangSan().cells(1));
    worksheet_write_number(sheet, 1, 3, zhangSan().id.toDouble(), nullptr);
    put(2, qinXiaohong().cells(2));
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

    // And the text Excel shows for it, saved as CSV.
    NationalRow scientific = yueJia();
    scientific.id = QStringLiteral("5.00105E+17");

    for (const QString& input :
        { path, w.writeCsv(QStringLiteral("scientific.csv"), nationalTable({ scientific })) }) {
        INFO(str(input));
        const MemberImportReport report = w.run(input);
        REQUIRE(report.rejected == 1);
        const RejectedMemberRow rejected = report.firstRejected.front();
        CHECK(rejected.row == 2);
        CHECK(rejected.reasons.contains(s(u"公民身份证号")));
        CHECK(rejected.reasons.contains(QStringLiteral("Excel")));
    }
    CHECK_FALSE(w.member(zhangSan().id).has_value());
    CHECK(w.member(qinXiaohong().id).has_value());
}

TEST_CASE("Member import: every kind of bad row gives its reason and row number", "[roster][import]")
{
    World w;
    QList<NationalRow> rows;
    std::vector<std::pair<qint64, QString>> expected;  // row → a word the reason must contain
    int sequence = 301;
    const auto good = [&](const QString& name) {
        NationalRow r = zhangSan();
        r.name = name;
        r.id = idFor(QDate(1985, 3, 12), sequence += 2);
        return r;
    };
    const auto bad = [&](const QString& why, const std::function<void(NationalRow&)>& change) {
        NationalRow r = good(s(u"错") + QString::number(rows.size()));
        change(r);
        rows.append(r);
        expected.emplace_back(rows.size() + 1, why);
    };
    rows.append(good(s(u"王一")));  // row 2
    bad(s(u"公民身份证号"), [](NationalRow& r) { r.id.clear(); });
    bad(s(u"公民身份证号"), [](NationalRow& r) {
        r.id[17] = r.id[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    });
    bad(QStringLiteral("15"), [](NationalRow& r) { r.id = QStringLiteral("500105850312123"); });
    bad(QStringLiteral("Excel"), [](NationalRow& r) { r.id = QStringLiteral("5.00105E+17"); });
    bad(QStringLiteral("female"), [](NationalRow& r) { r.sex = s(u"女"); });  // the ID is a man's
    bad(s(u"加入党组织日期"), [](NationalRow& r) { r.joined = QStringLiteral("2010-13-01"); });
    bad(QStringLiteral("18"), [](NationalRow& r) {  // before the 18th birthday
        r.joined = QStringLiteral("2003-03-11");
        r.converted = QStringLiteral("2004-03-11");
    });
    bad(QStringLiteral("one year"), [](NationalRow& r) { r.converted = QStringLiteral("2011-03-01"); });
    bad(QStringLiteral("probationary"),
        [](NationalRow& r) { r.category = s(u"预备党员"); });  // with a conversion date
    bad(s(u"手机号"), [](NationalRow& r) { r.mobile = QStringLiteral("1381234567"); });
    bad(s(u"所在党支部"), [](NationalRow& r) { r.org = s(u"中共不存在社区支部委员会"); });
    bad(s(u"所在党支部"), [](NationalRow& r) { r.org.clear(); });
    bad(s(u"失去联系日期"), [](NationalRow& r) { r.lost = s(u"是"); });
    bad(s(u"2"), [&](NationalRow& r) { r.id = rows.front().id; });  // repeats row 2
    rows.append(good(s(u"王二")));

    const QString path = w.writeCsv(QStringLiteral("bad.csv"), nationalTable(rows));
    const MemberImportReport report = w.run(path);
    CHECK(report.read == rows.size());
    CHECK(report.inserted == 2);
    CHECK(report.rejected == qint64(expected.size()));
    CHECK(report.firstRejected.size() == qsizetype(expected.size()));
    for (const auto& [row, why] : expected) {
        INFO("row " << row << ": " << str(why));
        const RejectedMemberRow rejected = rejectedRow(report, row);
        INFO(str(rejected.reasons));
        CHECK(rejected.reasons.contains(why));
        CHECK(rejected.cells.value(1) == rows[int(row) - 2].name);
    }
    CHECK(rejectedRow(report, expected.back().first).reasons.contains(QStringLiteral("repeats")));
    CHECK(w.members() == 2);
}

TEST_CASE("Member import: a value no code table knows is left out with a warning, never a reason to reject "
          "the row",
    "[roster][import]")
{
    World w;
    // 企业管理人员 is the label of two job posts (014 公有, 021 非公有); 网格员 of none; the
    // other items too: 学历, 性别, 是否为流动党员.
    NationalRow twoCodes = zhangSan();
    twoCodes.jobPost = s(u"企业管理人员");
    NationalRow noCode = qinXiaohong();
    noCode.jobPost = s(u"网格员");
    noCode.education = s(u"幼儿园");
    NationalRow odd = yueJia();
    odd.sex = QStringLiteral("X");
    odd.isMobile = s(u"也许");
    const QString path = w.writeCsv(QStringLiteral("岗位.csv"), nationalTable({ twoCodes, noCode, odd }));

    const auto preview = MemberImporter(*w.db).preview(path, { .today = Today }, 10);
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 3);
    for (const MemberPreviewRow& row : *preview) {
        INFO(str(row.errors.join(QStringLiteral("; "))));
        CHECK(row.errors.isEmpty());
    }
    const QString warning = preview->at(0).warnings.join(QStringLiteral("; "));
    INFO(str(warning));
    CHECK(warning.contains(s(u"工作岗位")));
    CHECK(warning.contains(s(u"企业管理人员")));
    CHECK(warning.contains(QStringLiteral("014")));  // the codes to choose from
    CHECK(warning.contains(QStringLiteral("021")));
    CHECK(preview->at(1).warnings.join(QLatin1Char(';')).contains(s(u"网格员")));
    CHECK(preview->at(1).warnings.join(QLatin1Char(';')).contains(s(u"幼儿园")));
    CHECK(preview->at(2).warnings.join(QLatin1Char(';')).contains(s(u"也许")));

    const MemberImportReport report = w.run(path);
    CHECK(report.inserted == 3);
    CHECK(report.rejected == 0);
    CHECK(report.warnings >= 5);
    const auto zhang = w.member(zhangSan().id);
    REQUIRE(zhang);
    CHECK(zhang->jobPost.isEmpty());  // left empty, not guessed
    CHECK(str(zhang->ethnicity) == "01");  // the rest of the row as it was
    const auto qin = w.member(qinXiaohong().id);
    REQUIRE(qin);
    CHECK(qin->jobPost.isEmpty());
    CHECK(qin->education.isEmpty());
    const auto yue = w.member(yueJia().id);
    REQUIRE(yue);
    CHECK(str(yue->sex) == "1");  // from the ID number
    CHECK_FALSE(yue->isMobile);

    // A member on record keeps the value the file cannot give.
    NationalRow known = zhangSan();
    known.jobPost = s(u"公务员");
    w.run(w.writeCsv(QStringLiteral("公务员.csv"), nationalTable({ known })));
    CHECK(str(w.member(zhangSan().id)->jobPost) == "0111");
    const MemberImportReport again = w.run(path);
    CHECK(again.rejected == 0);
    CHECK(str(w.member(zhangSan().id)->jobPost) == "0111");
}

TEST_CASE("Member import: a roster saved as .xls (Excel 97-2003), title rows above the header",
    "[roster][import][xls]")
{
    World w;
    const QString path = w.write(QStringLiteral("花名册.xls"),
        test::readBytes(test::fixture(QStringLiteral("roster/roster_excel97.xls"))));
    const auto layout = MemberImporter(*w.db).layout(path);
    INFO((layout.ok() ? QString() : layout.error().toString()).toStdString());
    REQUIRE(layout.ok());
    CHECK(layout->headerRow == 3);
    CHECK(layout->headers == nationalHeader());
    CHECK(layout->sheet == s(u"党员花名册"));

    const MemberImportReport report = w.run(path);
    CHECK(report.read == 5);
    CHECK(report.inserted == 4);
    CHECK(report.rejected == 1);
    // The ID number typed as a number: the row says it lost its digits.
    const RejectedMemberRow rounded = rejectedRow(report, 7);
    INFO(str(rounded.reasons));
    CHECK(rounded.reasons.contains(s(u"公民身份证号")));
    CHECK(rounded.reasons.contains(QStringLiteral("Excel")));
    CHECK(rounded.reasons.contains(QStringLiteral("lost")));
    CHECK(rounded.cells.value(1) == s(u"王五"));

    const auto zhang = w.member(QStringLiteral("500105198503121237"));
    REQUIRE(zhang);
    CHECK(str(zhang->name) == "张三");
    CHECK(zhang->orgId == w.branch1);
    CHECK(zhang->birthDate == QDate(1985, 3, 12));  // date cells
    CHECK(zhang->joinedOn == QDate(2010, 7, 1));
    CHECK(zhang->convertedOn == QDate(2011, 7, 1));
    CHECK(str(zhang->mobile) == "13812345678");  // a number cell
    CHECK(str(zhang->landline) == "023-67891234");
    CHECK(str(zhang->jobPost) == "0111");
    const auto qin = w.member(QStringLiteral("500105199008081826"));
    REQUIRE(qin);
    CHECK(qin->orgId == w.branch2);
    CHECK(qin->birthDate == QDate(1990, 8, 8));
    CHECK(qin->convertedOn == QDate(2016, 6, 30));
    CHECK(str(qin->ethnicity) == "15");
    CHECK(qin->jobPost.isEmpty());  // 企业管理人员: two codes, left out with a warning
    CHECK(qin->isMobile);
    const auto yue = w.member(QStringLiteral("500105200001151719"));
    REQUIRE(yue);
    CHECK(yue->birthDate == QDate(2000, 1, 15));  // serial 36540 in a number cell
    CHECK(str(yue->category) == "2");
    const auto li = w.member(QStringLiteral("500105196811110469"));
    REQUIRE(li);
    CHECK(li->birthDate == QDate(1968, 11, 11));
    CHECK(li->joinedOn == QDate(1995, 7, 1));
    CHECK(str(li->jobPost) == "502");

    // Importing it again changes nothing.
    const MemberImportReport again = w.run(path);
    CHECK(again.unchanged == 4);
    CHECK(again.inserted == 0);
}

TEST_CASE("Member import: --org is used for rows whose 所在党支部 is empty", "[roster][import]")
{
    World w;
    NationalRow without = zhangSan();
    without.org.clear();
    const QString path = w.writeCsv(QStringLiteral("org.csv"), nationalTable({ without, qinXiaohong() }));
    MemberImportOptions options;
    options.defaultOrgId = w.branch2;
    const MemberImportReport report = w.run(path, options);
    CHECK(report.inserted == 2);
    CHECK(w.member(zhangSan().id)->orgId == w.branch2);
    CHECK(w.member(qinXiaohong().id)->orgId == w.branch2);

    // By code too.
    NationalRow byCode = yueJia();
    byCode.org = QStringLiteral("P01.01");
    w.run(w.writeCsv(QStringLiteral("code.csv"), nationalTable({ byCode })));
    CHECK(w.member(yueJia().id)->orgId == w.branch1);
}

TEST_CASE("Member import: importing again changes nothing; a changed row is updated with a 'changed' event",
    "[roster][import]")
{
    World w;
    const auto table = nationalTable({ zhangSan(), qinXiaohong(), yueJia() });
    const QString path = w.writeCsv(QStringLiteral("roster.csv"), table);
    CHECK(w.run(path).inserted == 3);
    const qint64 events = w.events();
    const auto modified = [&] { return w.db->scalar("SELECT sum(modified_at) FROM member"); };
    const qint64 before = modified();

    const MemberImportReport again = w.run(path);
    CHECK(again.read == 3);
    CHECK(again.unchanged == 3);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(w.events() == events);
    CHECK(modified() == before);

    // The same file saved by WPS as GB18030 with tabs is the same data.
    const MemberImportReport gbk
        = w.run(w.writeCsv(QStringLiteral("roster.txt"), table, Encoding::Gb18030, QLatin1Char('\t')));
    CHECK(gbk.unchanged == 3);
    CHECK(w.events() == events);

    NationalRow moved = zhangSan();
    moved.address = s(u"重庆市江北区观音桥街道花园新村7栋1单元101");
    const MemberImportReport changed = w.run(
        w.writeCsv(QStringLiteral("roster-june.csv"), nationalTable({ moved, qinXiaohong(), yueJia() })));
    CHECK(changed.updated == 1);
    CHECK(changed.unchanged == 2);
    CHECK(w.events() == events + 1);
    CHECK(w.member(zhangSan().id)->address == moved.address);
    auto st = w.db->prepare("SELECT kind, details FROM member_event ORDER BY created_at DESC LIMIT 1");
    REQUIRE(st.step());
    CHECK(str(st.text(0)) == "changed");
    CHECK(st.text(1).contains(QStringLiteral("\"address\"")));
    CHECK(st.text(1).contains(QStringLiteral("roster-june.csv")));
    CHECK_FALSE(st.text(1).contains(QStringLiteral("\"name\"")));
}

TEST_CASE("Member import: a narrower file changes only its columns; a new member needs the required items",
    "[roster][import]")
{
    World w;
    w.run(w.writeCsv(QStringLiteral("roster.csv"), nationalTable({ zhangSan(), qinXiaohong() })));
    const auto before = *w.member(zhangSan().id);

    // 姓名, 公民身份证号 and 手机号 only: the new mobile, everything else kept.
    const QStringList header = list({ u"姓名", u"公民身份证号", u"手机号" });
    NationalRow newcomer = yueJia();
    const QString narrow = w.writeCsv(QStringLiteral("phones.csv"),
        { header, { zhangSan().name, zhangSan().id, QStringLiteral("13611112222") },
            { qinXiaohong().name, qinXiaohong().id, qinXiaohong().mobile },
            { newcomer.name, newcomer.id, newcomer.mobile } });
    const MemberImportReport report = w.run(narrow);
    CHECK(report.updated == 1);
    CHECK(report.unchanged == 1);
    CHECK(report.rejected == 1);  // 乐嘉 is new: no 所在党支部, no date of joining
    const auto after = *w.member(zhangSan().id);
    CHECK(str(after.mobile) == "13611112222");
    CHECK(after.landline == before.landline);
    CHECK(after.address == before.address);
    CHECK(after.orgId == before.orgId);
    CHECK(after.joinedOn == before.joinedOn);
    CHECK(after.education == before.education);
    const QString reasons = rejectedRow(report, 4).reasons;
    INFO(str(reasons));
    CHECK(reasons.contains(s(u"所在党支部")));
}

TEST_CASE("Member import: a dry run reports what a real run would do and writes nothing", "[roster][import]")
{
    World w;
    NationalRow bad = yueJia();
    bad.joined = QStringLiteral("2025-02-30");  // no such day
    const QString path
        = w.writeCsv(QStringLiteral("roster.csv"), nationalTable({ zhangSan(), qinXiaohong(), bad }));
    const QString indexes = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema "
                                           "WHERE type = 'index' ORDER BY name)");
    auto indexList = [&] {
        auto st = w.db->prepare(indexes.toUtf8().constData());
        REQUIRE(st.step());
        return st.text(0);
    };
    const QString indexesBefore = indexList();

    MemberImportOptions options;
    options.dryRun = true;
    const MemberImportReport dry = w.run(path, options);
    CHECK(dry.dryRun);
    CHECK(dry.inserted == 2);
    CHECK(dry.rejected == 1);
    CHECK(w.members() == 0);
    CHECK(w.events() == 0);
    CHECK(indexList() == indexesBefore);  // the bulk load's dropped indexes are back

    const MemberImportReport real = w.run(path);
    CHECK(real.inserted == dry.inserted);
    CHECK(real.rejected == dry.rejected);
    CHECK(w.members() == 2);
    CHECK(indexList() == indexesBefore);
}

TEST_CASE(
    "Member import: the rejects file, CSV or XLSX, holds the header, the original cells and the reasons",
    "[roster][import]")
{
    NationalRow bad = qinXiaohong();
    bad.joined = QStringLiteral("2015-02-30");  // no such day
    bad.remarks.clear();  // the row ends in empty cells
    bad.destination.clear();
    bad.isMobile = s(u"否");
    const auto table = nationalTable({ zhangSan(), bad });
    for (const QString& source : { QStringLiteral("roster.csv"), QStringLiteral("roster.xlsx") }) {
        for (const QString& rejects : { QStringLiteral("rejects.csv"), QStringLiteral("rejects.xlsx") }) {
            INFO(str(source) << " → " << str(rejects));
            World w;
            QList<XRow> rows;
            for (const QStringList& cells : table)
                rows.append(sharedRow(cells));
            const QString path = source.endsWith(QLatin1String(".csv"))
                ? w.writeCsv(source, table)
                : w.write(source, xlsx({ { QStringLiteral("Sheet1"), rows } }));
            MemberImportOptions options;
            options.rejectsPath = w.dir.path(rejects);
            const MemberImportReport report = w.run(path, options);
            REQUIRE(report.rejected == 1);
            CHECK(report.rejectsFile.endsWith(rejects));

            const QList<QStringList> back = readTable(options.rejectsPath);
            REQUIRE(back.size() == 2);
            const QStringList header = back[0];
            REQUIRE(header.size() == 23);
            CHECK(str(header.first()) == "Row");
            CHECK(header.mid(1, 21) == nationalHeader());
            CHECK(str(header.last()) == "Reasons");
            const QStringList row = back[1];
            CHECK(str(row.value(0)) == "3");
            // The reasons are in the reasons column, whatever the row's own length.
            REQUIRE(row.size() == 23);
            CHECK(row.mid(1, 21) == bad.cells(2));
            CHECK(row.last().contains(s(u"加入党组织日期")));
        }
    }

    // No rejected rows: no rejects file.
    World w;
    MemberImportOptions options;
    options.rejectsPath = w.dir.path(QStringLiteral("none.csv"));
    w.run(w.writeCsv(QStringLiteral("ok.csv"), nationalTable({ zhangSan() })), options);
    CHECK_FALSE(QFile::exists(options.rejectsPath));
}

TEST_CASE("Member import: files that cannot be read are refused, naming the file, and nothing is written",
    "[roster][import]")
{
    World w;
    QList<XRow> rows { sharedRow(nationalHeader()) };
    for (int i = 0; i < 50; ++i) {
        NationalRow r = zhangSan();
        r.id = idFor(QDate(1985, 3, 12), 101 + 2 * i);
        rows.append(sharedRow(r.cells(i + 1)));
    }
    const QByteArray good = xlsx({ { QStringLiteral("Sheet1"), rows } });

    // A sheet whose XML stops part way: the first rows are read before the damage is seen.
    QByteArray damagedSheet
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        damagedSheet += QStringLiteral("<row r=\"%1\">").arg(r + 1).toUtf8();
        for (int c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].text.isEmpty())
                damagedSheet += QStringLiteral("<c r=\"%1%2\" t=\"inlineStr\"><is><t>%3</t></is></c>")
                                    .arg(columnName(c))
                                    .arg(r + 1)
                                    .arg(rows[r][c].text)
                                    .toUtf8();
        damagedSheet += "</row>";
    }
    damagedSheet.chop(40);
    // A zip bomb: 24 MiB of XML that deflates about 1000:1 (XlsxLimits::MaxRatio is 200).
    const QByteArray bombSheet
        = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                     "<sheetData>")
        + QByteArray(24 << 20, ' ') + QByteArray("</sheetData></worksheet>");
    const QByteArray bomb = package(bombSheet, true);
    REQUIRE(bomb.size() < 200 * 1024);

    struct Case
    {
        const char* what;
        QString name;
        QByteArray bytes;
    };
    const std::vector<Case> cases {
        { "empty", QStringLiteral("empty.csv"), QByteArray() },
        { "PDF", QStringLiteral("roster.csv"),
            QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n") },
        { "PNG", QStringLiteral("roster.xlsx"),
            QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + QByteArray(64, 'x') },
        { "truncated", QStringLiteral("truncated.xlsx"), good.left(good.size() / 2) },
        { "password", QStringLiteral("protected.xlsx"),
            QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0') },
        { "not a roster", QStringLiteral("notes.csv"),
            QStringLiteral("会议记录,日期\n学习党章,2025-05-01\n").toUtf8() },
        { "damaged sheet", QStringLiteral("damaged.xlsx"), package(damagedSheet) },
        { "zip bomb", QStringLiteral("bomb.xlsx"), bomb },
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const QString path = w.write(c.name, c.bytes);
        MemberImportOptions options;
        options.rejectsPath = w.dir.path(QStringLiteral("rejects.csv"));
        const Error error = w.failure(path, options);
        INFO(str(error.toString()));
        CHECK((error.file.contains(c.name) || error.message.contains(c.name)));
        CHECK_FALSE(error.message.isEmpty());
        CHECK(w.members() == 0);
        CHECK(w.events() == 0);
        CHECK_FALSE(QFile::exists(options.rejectsPath));
    }
}

TEST_CASE("Member import: cancelling through the progress callback writes nothing", "[roster][import]")
{
    World w;
    const auto cancelAfter = [](int calls) {
        return [calls, seen = 0](double fraction) mutable {
            CHECK(fraction >= 0.0);
            CHECK(fraction <= 1.0);
            return ++seen < calls;
        };
    };

    // A small roster: the first call may already cancel.
    const QString small
        = w.writeCsv(QStringLiteral("small.csv"), nationalTable({ zhangSan(), qinXiaohong() }));
    MemberImportOptions options;
    options.today = Today;
    const auto cancelled = MemberImporter(*w.db).run(small, options, cancelAfter(1));
    CHECK_FALSE(cancelled.ok());
    if (!cancelled.ok())
        CHECK(cancelled.error().message.contains(QStringLiteral("cancel")));
    CHECK(w.members() == 0);

    // A large one, cancelled part way.
    const QString large = w.writeCsv(QStringLiteral("large.csv"), nationalTable(manyMembers(3000)));
    const auto partWay = MemberImporter(*w.db).run(large, options, cancelAfter(2));
    REQUIRE_FALSE(partWay.ok());
    CHECK(partWay.error().file.contains(QStringLiteral("large.csv")));
    CHECK(w.members() == 0);
    CHECK(w.events() == 0);

    // Not cancelled: the last call reports the whole.
    double last = -1;
    const auto done = MemberImporter(*w.db).run(large, options, [&](double fraction) {
        last = fraction;
        return true;
    });
    REQUIRE(done.ok());
    CHECK(done->inserted == 3000);
    CHECK(last == 1.0);
}

TEST_CASE("Member import: a first import leaves the file in WAL mode, also while a reader has it open",
    "[roster][import]")
{
    const auto journalMode = [](storage::Connection& db) {
        auto st = db.prepare("PRAGMA journal_mode");
        REQUIRE(st.step());
        return st.text(0);
    };
    SECTION("alone: written through a rollback journal, then back to WAL")
    {
        World w;
        const QString path
            = w.writeCsv(QStringLiteral("a.csv"), nationalTable({ zhangSan(), qinXiaohong() }));
        CHECK(w.run(path).inserted == 2);
        CHECK(journalMode(*w.db) == QStringLiteral("wal"));
        const auto zhang = w.member(zhangSan().id);  // sealed on the reading thread, opens here
        REQUIRE(zhang);
        CHECK(str(zhang->mobile) == "13812345678");
        CHECK(zhang->address == zhangSan().address);
    }
    SECTION("with a reader open: in WAL mode throughout")
    {
        World w;
        auto reader = storage::DatabaseFile::openReader(w.db->path());
        REQUIRE(reader);
        const QString path
            = w.writeCsv(QStringLiteral("b.csv"), nationalTable({ zhangSan(), qinXiaohong() }));
        CHECK(w.run(path).inserted == 2);
        CHECK(journalMode(*w.db) == QStringLiteral("wal"));
        CHECK(reader->scalar("SELECT count(*) FROM member") == 2);
    }
}

TEST_CASE("Member import: a first import leaves constraints and foreign keys enforced and the file whole",
    "[roster][import]")
{
    World w;
    const QString path = w.writeCsv(QStringLiteral("a.csv"), nationalTable({ zhangSan(), qinXiaohong() }));
    CHECK(w.run(path).inserted == 2);  // a bulk load: the roster was empty
    CHECK(w.db->pragmaInt("foreign_keys") == 1);
    CHECK(w.db->pragmaInt("ignore_check_constraints") == 0);
    CHECK(w.db->scalar("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    auto integrity = w.db->prepare("PRAGMA integrity_check");  // also proves the CHECK constraints
    REQUIRE(integrity.step());
    CHECK(str(integrity.text(0)) == "ok");
    // The statements prepared during the load check again.
    CHECK_THROWS_AS(w.db->exec("UPDATE member SET status = 'vanished'"), storage::SqliteError);
    CHECK_THROWS_AS(w.db->exec("UPDATE member SET org_id = randomblob(16)"), storage::SqliteError);
    CHECK(w.db->scalar("SELECT count(*) FROM member WHERE status = 'active'") == 2);

    // A second import writes through the same cached statements, checked.
    NationalRow third = zhangSan();
    third.name = s(u"曾勇");
    third.id = idFor(QDate(1971, 3, 9), 457);
    third.birth = QStringLiteral("1971-03-09");
    third.mobile = QStringLiteral("13912345670");
    third.landline.clear();
    const QString more = w.writeCsv(QStringLiteral("b.csv"), nationalTable({ third }));
    const MemberImportReport second = w.run(more);
    INFO((second.firstRejected.isEmpty() ? QString() : second.firstRejected.first().reasons).toStdString());
    CHECK(second.inserted == 1);
    CHECK(w.members() == 3);
}

TEST_CASE(
    "Member import: a bulk load that refers to a missing organisation is refused whole", "[roster][import]")
{
    World w;
    const auto indexes = [&] {
        return w.db->scalar(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'member'");
    };
    const qint64 indexesBefore = indexes();
    {
        const storage::ForeignKeysOff foreignKeysOff(*w.db);
        REQUIRE(foreignKeysOff.active());
        storage::Transaction transaction(*w.db);
        roster::MemberEditor editor(*w.db);
        roster::MemberBulkLoad bulk(editor);
        CHECK(indexes() < indexesBefore);  // dropped for the load
        // What a faulty reader might hand over: an organisation that is not in the file.
        w.db->exec(
            "INSERT INTO member (id, org_id, name, id_hash, secrets_sealed, id_last4, category, sort_pinyin, "
            "sort_stroke, spell, initials, created_at, modified_at) VALUES (randomblob(16), "
            "randomblob(16), '张三', randomblob(16), randomblob(40), '0014', '1', 'zhang san', x'01', "
            "'zhangsan', 'zs', 0, 0)");
        CHECK_THROWS_AS(bulk.finish(), storage::SqliteError);
    }  // not committed: rolled back
    CHECK(w.members() == 0);
    CHECK(indexes() == indexesBefore);
    CHECK(w.db->pragmaInt("foreign_keys") == 1);
    CHECK(w.db->pragmaInt("ignore_check_constraints") == 0);

    // A roster that is no longer empty (another program wrote to it meanwhile): no bulk load,
    // but the references are still proved.
    CHECK(w.run(w.writeCsv(QStringLiteral("a.csv"), nationalTable({ zhangSan() }))).inserted == 1);
    {
        const storage::ForeignKeysOff foreignKeysOff(*w.db);
        storage::Transaction transaction(*w.db);
        roster::MemberEditor editor(*w.db);
        roster::MemberBulkLoad bulk(editor);
        CHECK(indexes() == indexesBefore);  // kept
        w.db->exec(
            "INSERT INTO member (id, org_id, name, id_hash, secrets_sealed, id_last4, category, sort_pinyin, "
            "sort_stroke, spell, initials, created_at, modified_at) VALUES (randomblob(16), "
            "randomblob(16), '李四', randomblob(16), randomblob(40), '0015', '1', 'li si', x'01', "
            "'lisi', 'ls', 0, 0)");
        CHECK_THROWS_AS(bulk.finish(), storage::SqliteError);
    }
    CHECK(w.members() == 1);
}

TEST_CASE("Member import: a bulk load proves the places its rows name", "[roster][import]")
{
    World w;
    auto place = w.db->prepare("SELECT id FROM hierarchy_node ORDER BY level DESC LIMIT 1");
    REQUIRE(place.step());
    const RecordId community = place.id(0);
    place.reset();
    const auto member = [&](const RecordId& dualNode) {
        roster::Member m;
        m.orgId = w.branch1;
        m.name = s(u"王五");
        m.birthDate = QDate(1985, 3, 12);
        m.idNumber = idFor(m.birthDate, 131);
        m.sex = QStringLiteral("1");
        m.category = QStringLiteral("1");
        m.joinedOn = QDate(2010, 7, 1);
        m.convertedOn = QDate(2011, 7, 1);
        m.dualNodeId = dualNode;
        return m;
    };
    // A row written through insert() that names a place not in the hierarchy: refused whole.
    {
        const storage::ForeignKeysOff foreignKeysOff(*w.db);
        REQUIRE(foreignKeysOff.active());
        storage::Transaction transaction(*w.db);
        roster::MemberEditor editor(*w.db);
        roster::MemberBulkLoad bulk(editor);
        bulk.insert(member(RecordId::generate()), nullptr);
        CHECK_THROWS_AS(bulk.finish(), storage::SqliteError);
    }
    CHECK(w.members() == 0);
    // A place that exists: written.
    {
        const storage::ForeignKeysOff foreignKeysOff(*w.db);
        storage::Transaction transaction(*w.db);
        roster::MemberEditor editor(*w.db);
        roster::MemberBulkLoad bulk(editor);
        bulk.insert(member(community), nullptr);
        bulk.finish();
        transaction.commit();
    }
    CHECK(w.members() == 1);
    CHECK(w.db->scalar("SELECT count(*) FROM member WHERE dual_node_id = ?", community) == 1);
    CHECK_FALSE(w.db->prepare("PRAGMA foreign_key_check").step());
}

TEST_CASE("Member import and the member form: invisible characters in a name are removed, with a warning",
    "[roster][import]")
{
    World w;
    // Pasted from a web page or WeChat: an isolate around the name, a zero-width space inside.
    NationalRow row = zhangSan();
    row.name = s(u"\u2066张\u200B三\u2069");
    const MemberImportReport report
        = w.run(w.writeCsv(QStringLiteral("invisible.csv"), nationalTable({ row })));
    CHECK(report.inserted == 1);
    const auto named = std::find_if(report.firstWarnings.cbegin(), report.firstWarnings.cend(),
        [](const MemberRowWarning& given) { return given.warning.startsWith(s(u"姓名")); });
    REQUIRE(named != report.firstWarnings.cend());
    CHECK(named->row == 2);
    CHECK(named->warning.contains(QStringLiteral("invisible")));
    const auto stored = w.member(row.id);
    REQUIRE(stored);
    CHECK(stored->name == s(u"张三"));  // as typed in the search box

    // The form warns before saving, and the editor stores the visible name.
    roster::Member typed = *stored;
    typed.name = s(u"张三\u200D\u200E");
    const QList<roster::FieldProblem> problems = roster::MemberValidator::check(typed, Today);
    const auto nameWarning = std::find_if(problems.cbegin(), problems.cend(),
        [](const roster::FieldProblem& p) { return p.field == roster::MemberField::Name; });
    REQUIRE(nameWarning != problems.cend());
    CHECK(nameWarning->warning);
    const auto updated = roster::MemberEditor(*w.db).update(typed);
    REQUIRE(updated.ok());
    CHECK(*updated == roster::WriteOutcome::Unchanged);  // nothing visible changed
    CHECK(w.member(row.id)->name == s(u"张三"));
}

TEST_CASE(
    "Member import: a database that reaches its size limit refuses the import whole, saying the disk is full",
    "[roster][import][fault]")
{
    World w;
    const QString path = w.writeCsv(QStringLiteral("四百人.csv"), nationalTable(manyMembers(400)));
    const qint64 events = w.events();
    const qint64 auditEntries = w.db->scalar("SELECT count(*) FROM audit_entry");

    // A disk full half way through (PRAGMA max_page_count: the file may grow 8 pages).
    w.db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(w.db->pragmaInt("page_count") + 8));
    const Error full = w.failure(path);
    INFO(full.toString().toStdString());
    CHECK(full.message.contains(QStringLiteral("is full")));
    CHECK(full.message.contains(QStringLiteral("i.redgrid")));  // which disk: the database's
    CHECK(full.message.contains(QStringLiteral("nothing was changed")));
    CHECK(w.members() == 0);
    CHECK(w.events() == events);
    CHECK(w.db->scalar("SELECT count(*) FROM audit_entry") == auditEntries);
    CHECK(storage::FileIntegrity::problems(*w.db, storage::FileIntegrity::Depth::Full).isEmpty());

    // With room again, the same file goes in whole.
    w.db->exec("PRAGMA max_page_count = 1073741823");
    CHECK(w.run(path).inserted == 400);
}
