// redgrid-cli print-members: the member forms and the roster table drawn by the document
// engine in a command-line process (Qt's offscreen platform), written to a real PDF and read
// back with poppler-utils.
#include "CliRun.h"
#include "audit/AuditLog.h"
#include "common/Utf16.h"
#include "document/PdfReading.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QImage>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::flat;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + roster::IdNumber::checkCharacter(first17);
}

const QString Branch1 = s(u"中共观音桥街道建新北路社区第一支部委员会");
const QString Branch2 = s(u"中共观音桥街道建新北路社区第二支部委员会");

// A 党委 (P01) with two branches: 张伟 alone in the second, `many` members in the first.
struct Database
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("建新北路.redgrid"));
    QString zhangId = idFor(QDate(1985, 3, 12), 135);

    explicit Database(int many)
    {
        auto db = test::createJiangbeiDatabase(path);
        organisation::OrgEditor orgs(*db);
        const RecordId committee = add(orgs, organisation::OrgKind::Committee, {},
            s(u"中共观音桥街道建新北路社区委员会"), QStringLiteral("P01"));
        const RecordId first
            = add(orgs, organisation::OrgKind::Branch, committee, Branch1, QStringLiteral("P01.01"));
        const RecordId second
            = add(orgs, organisation::OrgKind::Branch, committee, Branch2, QStringLiteral("P01.02"));
        roster::MemberEditor editor(*db);
        roster::Member zhang = person(second, s(u"张伟"), QDate(1985, 3, 12), 135);
        zhang.mobile = QStringLiteral("13883456789");
        REQUIRE(editor.add(zhang).ok());
        for (int i = 1; i <= many; ++i)
            REQUIRE(editor
                        .add(person(first, s(u"党员%1").arg(i, 3, 10, QLatin1Char('0')),
                            QDate(1960, 1, 1).addDays(i * 97), 200 + 2 * i))
                        .ok());
    }

    QString file(const QString& name) const { return dir.path(name); }

    static RecordId add(organisation::OrgEditor& editor, organisation::OrgKind kind, const RecordId& parent,
        const QString& name, const QString& code)
    {
        organisation::PartyOrg org;
        org.kind = kind;
        org.parentId = parent;
        org.name = name;
        org.code = code;
        auto added = editor.add(org);
        INFO(str(added ? QString() : added.error().message));
        REQUIRE(added.ok());
        return added->id;
    }

    static roster::Member person(const RecordId& org, const QString& name, const QDate& birth, int sequence)
    {
        roster::Member m;
        m.orgId = org;
        m.name = name;
        m.birthDate = birth;
        m.idNumber = idFor(birth, sequence);
        m.sex = sequence % 2 ? QStringLiteral("1") : QStringLiteral("2");
        m.ethnicity = QStringLiteral("01");
        m.education = QStringLiteral("21");
        m.joinedOn = birth.addYears(23);
        m.convertedOn = m.joinedOn.addYears(1);
        m.jobPost = QStringLiteral("0121");
        m.address = s(u"重庆市江北区建新北路65号");
        return m;
    }
};

}  // namespace

TEST_CASE("print-members prints the member forms to a PDF, masked, and audits the print", "[cli][print]")
{
    Database d(3);
    const QString pdf = d.file(QStringLiteral("采集表.pdf"));
    const test::CliRun run = test::runCli({ QStringLiteral("print-members"), d.path, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--out"), pdf, QStringLiteral("--json") });
    INFO(str(run.err));
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()[QStringLiteral("members")].toInt() == 1);
    CHECK(run.json()[QStringLiteral("document")].toString() == QStringLiteral("forms"));
    // Nothing from Qt on stderr but the offscreen platform's note on a machine without a
    // session (no XDG_RUNTIME_DIR): no font, painter or chart warnings.
    for (const QString& line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(line.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR")));

    CHECK(test::pdfPageCount(pdf) == 1);
    const QString text = test::pdfText(pdf);
    INFO(str(text));
    CHECK(text.contains(s(u"党员基本信息采集表")));
    CHECK(text.contains(s(u"张伟")));
    CHECK(text.contains(Branch2));
    CHECK(text.contains(s(u"党支部书记签字")));
    CHECK(text.contains(d.zhangId.left(6) + QStringLiteral("********") + d.zhangId.right(4)));
    CHECK_FALSE(text.contains(d.zhangId));
    CHECK(text.contains(QStringLiteral("138****6789")));
    CHECK_FALSE(text.contains(s(u"党员001")));  // of the other branch

    // Audited as the GUI's print is: the form, the file, masked.
    auto db = test::openSignedIn(d.path);
    const auto printed = audit::AuditLog(*db, {}).list({ .action = QStringLiteral("printed") });
    REQUIRE(printed.size() == 1);
    CHECK(printed.front().details.contains(QStringLiteral("member_forms")));
    CHECK(printed.front().details.contains(QStringLiteral("\"unmasked\":false")));
    CHECK(printed.front().details.contains(QStringLiteral("采集表.pdf")));
}

TEST_CASE("print-members --table: the roster table, its header row repeated on page 2", "[cli][print]")
{
    Database d(40);
    const QString pdf = d.file(QStringLiteral("汇总表.pdf"));
    const test::CliRun run = test::runCli(
        { QStringLiteral("print-members"), d.path, QStringLiteral("--table"), QStringLiteral("--out"), pdf });
    INFO(str(run.err));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("41 member(s)")));

    const int pages = test::pdfPageCount(pdf);
    REQUIRE(pages >= 2);  // 41 rows on A4 landscape
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfPageText(pdf, page);
        INFO(str(text));
        CHECK(text.contains(s(u"党员基本信息汇总表")));
        for (const QString& title : { s(u"序号"), s(u"姓名"), s(u"公民身份证号"), s(u"所在党支部") })
            CHECK(flat(text).contains(title));
        CHECK(flat(text).contains(s(u"第%1页共%2页").arg(page).arg(pages)));
    }
    const QString all = flat(test::pdfText(pdf));
    for (int i = 1; i <= 40; ++i)
        CHECK(all.count(s(u"党员%1").arg(i, 3, 10, QLatin1Char('0'))) == 1);
    CHECK(all.contains(s(u"张伟")));
    CHECK_FALSE(all.contains(d.zhangId));

    // --unmasked prints the full numbers.
    const QString full = d.file(QStringLiteral("full.pdf"));
    REQUIRE(test::runCli({ QStringLiteral("print-members"), d.path, QStringLiteral("--table"),
                             QStringLiteral("--unmasked"), QStringLiteral("--out"), full })
                .exitCode
        == 0);
    CHECK(test::pdfText(full).contains(d.zhangId));
}

TEST_CASE("print-members: usage errors exit 1, data errors 2 with no file, --help", "[cli][print]")
{
    Database d(0);
    const test::CliRun help = test::runCli({ QStringLiteral("print-members"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* option : { "--out", "--org", "--form", "--table", "--unmasked" })
        CHECK(help.out.contains(QString::fromLatin1(option)));
    CHECK(test::runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("print-members")));

    const QString pdf = d.file(QStringLiteral("x.pdf"));
    CHECK(test::runCli({ QStringLiteral("print-members"), d.path }).exitCode == 1);  // --out is required
    CHECK(test::runCli({ QStringLiteral("print-members"), d.path, QStringLiteral("--form"),
                           QStringLiteral("--table"), QStringLiteral("--out"), pdf })
              .exitCode
        == 1);
    // An unknown organisation, and the database itself as the output: nothing written.
    const test::CliRun unknown = test::runCli({ QStringLiteral("print-members"), d.path,
        QStringLiteral("--org"), QStringLiteral("P09"), QStringLiteral("--out"), pdf });
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
    const QByteArray before = test::readBytes(d.path);
    const test::CliRun overDb
        = test::runCli({ QStringLiteral("print-members"), d.path, QStringLiteral("--out"), d.path });
    CHECK(overDb.exitCode == 2);
    CHECK((overDb.err.contains(d.path) || overDb.err.contains(QStringLiteral("database"))));
    CHECK(test::readBytes(d.path).size() >= before.size());
    CHECK(test::openSignedIn(d.path) != nullptr);
    // A wrong password: exit 4, no file.
    const test::CliRun refused
        = test::runCli({ QStringLiteral("print-members"), d.path, QStringLiteral("--out"), pdf },
            { { QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("wrong-password") } });
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("print-test-page: a table across pages with its header repeated, and a chart, drawn by the CLI",
    "[cli][print]")
{
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("测试页.pdf"));
    const test::CliRun run
        = test::runCli({ QStringLiteral("print-test-page"), QStringLiteral("--out"), pdf });
    INFO(str(run.err));
    REQUIRE(run.exitCode == 0);
    for (const QString& line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(line.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR")));

    REQUIRE(test::pdfPageCount(pdf) == 2);
    const QString first = test::pdfPageText(pdf, 1);
    const QString second = test::pdfPageText(pdf, 2);
    INFO(str(first + second));
    // The chart's title, axis and category labels are text on page 1.
    CHECK(first.contains(s(u"各社区党组织考核得分（示例）")));
    CHECK(flat(first).contains(s(u"花园新村社区")));
    CHECK(flat(first).contains(s(u"得分（分）")));
    CHECK(flat(first).contains(s(u"民族页日网格长寿区丰都县")));  // ideographs read back as printed
    // The table's header row on both pages, its rows once each.
    for (const QString& text : { first, second })
        for (const QString& title : { s(u"序号"), s(u"网格"), s(u"等次") })
            CHECK(text.contains(title));
    CHECK(flat(second).contains(s(u"第040号网格")));
    CHECK(flat(first + second).count(s(u"第001号网格")) == 1);
    CHECK(second.contains(s(u"（盖章）")));
    CHECK(flat(second).contains(s(u"第2页共2页")));

    // The chart's bars are ink: the palette's red on page 1.
    const QImage page = test::pdfPageImage(pdf, 1, 50);
    int red = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 70 && c.blue() < 70 ? 1 : 0;
        }
    CHECK(red > 1500);

    CHECK(test::runCli({ QStringLiteral("print-test-page") }).exitCode == 1);  // --out is required
    CHECK(test::runCli({ QStringLiteral("print-test-page"), QStringLiteral("--help") }).exitCode == 0);
    const QString nowhere = dir.path(QStringLiteral("no/such/folder/page.pdf"));
    CHECK(
        test::runCli({ QStringLiteral("print-test-page"), QStringLiteral("--out"), nowhere }).exitCode == 2);
}
