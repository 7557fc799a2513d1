// The roster's documents (the member forms, the roster table), printed from a real database
// and read back with poppler-utils, as a reader of the file would see it: the text, the page
// count and the embedded fonts.
#include "PdfReading.h"
#include "audit/AuditLog.h"
#include "common/Utf16.h"
#include "document/engine/DeviceCanvas.h"
#include "document/engine/PageCanvas.h"
#include "document/engine/ToUnicodeRepair.h"
#include "document/roster/MemberFormDocument.h"
#include "document/roster/RosterTableDocument.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "security/AccountStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace redgrid;
using redgrid::organisation::OrgKind;
using redgrid::organisation::PartyOrg;
using redgrid::roster::Member;

namespace {

using test::flat;

QString pageText(const QString& pdf, int page)
{
    return test::pdfPageText(pdf, page);
}

QString allText(const QString& pdf)
{
    return test::pdfText(pdf);
}

int pageCount(const QString& pdf)
{
    return test::pdfPageCount(pdf);
}

// A valid resident ID number of 江北区 (500105) for this birth date and sequence
// (odd sequence: male, even: female, GB 11643-1999).
QString idNumber(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    const QChar check = roster::IdNumber::checkCharacter(first17);
    REQUIRE(!check.isNull());
    const QString id = first17 + check;
    REQUIRE(roster::IdNumber::check(id).ok());
    return id;
}

// The active members of an organisation and all below it, in pinyin order.
document::MemberSelection subtree(const RecordId& orgId)
{
    return { roster::RosterFilter { .orgId = orgId }, roster::RosterOrder {} };
}

QString masked(const QString& id)
{
    return id.left(6) + QStringLiteral("********") + id.right(4);
}

// 建新北路社区: a 社区党委 with two branches, the first with a 党小组.
struct Community
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db
        = test::createJiangbeiDatabase(dir.path(QStringLiteral("rg.redgrid")));
    PartyOrg committee;
    PartyOrg branch1;
    PartyOrg group;
    PartyOrg branch2;

    Community()
    {
        organisation::OrgEditor editor(*db);
        committee = add(editor, OrgKind::Committee, {}, s(u"中共重庆市江北区观音桥街道建新北路社区委员会"));
        branch1 = add(editor, OrgKind::Branch, committee.id,
            s(u"中共重庆市江北区观音桥街道建新北路社区第一支部委员会"));
        group = add(editor, OrgKind::Group, branch1.id, s(u"建新北路社区第一支部第一党小组"));
        branch2 = add(editor, OrgKind::Branch, committee.id,
            s(u"中共重庆市江北区观音桥街道建新北路社区第二支部委员会"));
    }

    static PartyOrg add(
        organisation::OrgEditor& editor, OrgKind kind, const RecordId& parent, const QString& name)
    {
        PartyOrg org;
        org.kind = kind;
        org.parentId = parent;
        org.name = name;
        auto added = editor.add(org);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return *added;
    }

    Member addMember(const Member& fields)
    {
        auto added = roster::MemberEditor(*db).add(fields);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return *added;
    }
};

Member person(const RecordId& org, const QString& name, const QDate& birth, int sequence)
{
    Member m;
    m.orgId = org;
    m.name = name;
    m.birthDate = birth;
    m.idNumber = idNumber(birth, sequence);
    m.sex = sequence % 2 ? QStringLiteral("1") : QStringLiteral("2");
    m.ethnicity = QStringLiteral("01");
    m.education = QStringLiteral("21");
    m.joinedOn = birth.addYears(23);
    m.convertedOn = m.joinedOn.addYears(1);
    m.jobPost = QStringLiteral("0121");
    m.address = s(u"重庆市江北区建新北路65号3单元5-2");
    return m;
}

}  // namespace

TEST_CASE("A member's form is one page with the 16 national items and masked numbers", "[report]")
{
    Community c;
    Member fields = person(c.group.id, s(u"张伟"), QDate(1985, 3, 12), 135);
    fields.mobile = QStringLiteral("13883456789");
    fields.landline = QStringLiteral("023-67891234");
    fields.isMobile = true;
    fields.mobileDestination = s(u"广东省深圳市南山区");
    const Member zhang = c.addMember(fields);
    test::TempDir out;
    const QString pdf = out.path(QStringLiteral("zhang.pdf"));

    const Status printed = document::MemberFormDocument(zhang.id).printToPdf(
        pdf, { .printedOn = QDate(2024, 5, 6) }, c.db.get());
    INFO((printed ? QString() : printed.error().message).toStdString());
    REQUIRE(printed.ok());

    CHECK(pageCount(pdf) == 1);
    const QString text = allText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(s(u"党员基本信息采集表")));
    const QStringList labels = document::MemberFormDocument::itemLabels();
    REQUIRE(labels.size() == 16);
    CHECK(labels.first() == s(u"姓名"));
    CHECK(labels.last() == s(u"是否为流动党员"));
    for (int i = 0; i < labels.size(); ++i) {
        INFO(labels[i].toStdString());
        CHECK(text.contains(QRegularExpression(QStringLiteral("%1\\.\\s*%2").arg(i + 1).arg(labels[i]))));
    }
    // Values: codes as labels, the group member's branch, dates in Chinese.
    CHECK(text.contains(s(u"张伟")));
    CHECK(text.contains(s(u"男")));
    CHECK(text.contains(s(u"汉族")));
    CHECK(text.contains(s(u"大学本科毕业")));
    CHECK(text.contains(s(u"正式党员")));
    CHECK(text.contains(s(u"事业单位管理岗位")));
    CHECK(text.contains(s(u"1985年3月12日")));
    CHECK(text.contains(c.branch1.name));
    CHECK_FALSE(text.contains(c.group.name));
    CHECK(text.contains(s(u"重庆市江北区建新北路65号3单元5-2")));
    CHECK(text.contains(s(u"是（外出流向：广东省深圳市南山区）")));
    // Masked by default: the ID keeps 500105 and its last 4, the phones their ends.
    const QString id = idNumber(QDate(1985, 3, 12), 135);
    CHECK(text.contains(masked(id)));
    CHECK_FALSE(text.contains(id));
    CHECK(text.contains(QStringLiteral("138****6789")));
    CHECK_FALSE(text.contains(QStringLiteral("13883456789")));
    CHECK_FALSE(text.contains(QStringLiteral("67891234")));
    // Signatures and the footer.
    CHECK(text.contains(s(u"党员本人签字")));
    CHECK(text.contains(s(u"信息采集员签字")));
    CHECK(text.contains(s(u"党支部书记签字")));
    CHECK(text.count(s(u"日期：")) >= 2);
    CHECK(text.contains(s(u"打印日期：2024年5月6日")));
    CHECK(flat(text).contains(s(u"第1页共1页")));
}

TEST_CASE("The form prints full numbers only when asked to", "[report]")
{
    Community c;
    Member fields = person(c.branch2.id, s(u"李秀英"), QDate(1962, 11, 5), 248);
    fields.mobile = QStringLiteral("13908321234");
    fields.lostContactOn = QDate(2020, 7, 1);
    fields.ethnicity = QStringLiteral("11");
    const Member li = c.addMember(fields);
    test::TempDir out;
    const QString pdf = out.path(QStringLiteral("li.pdf"));

    REQUIRE(document::MemberFormDocument(li.id)
                .printToPdf(pdf, { .exposure = roster::Exposure::Unmasked }, c.db.get())
                .ok());

    const QString text = allText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(idNumber(QDate(1962, 11, 5), 248)));
    CHECK(text.contains(QStringLiteral("13908321234")));
    CHECK_FALSE(text.contains(QStringLiteral("****")));
    CHECK(text.contains(s(u"女")));
    CHECK(text.contains(s(u"满族")));
    CHECK(text.contains(s(u"是（失去联系日期：2020年7月）")));
    CHECK(text.contains(c.branch2.name));

    // The print is in the audit log, with the full numbers it showed.
    const auto printed = audit::AuditLog(*c.db, {}).list({ .action = QStringLiteral("printed") });
    REQUIRE(printed.size() == 1);
    CHECK(printed.front().targetId == li.id);
    CHECK(printed.front().details.contains(QStringLiteral("\"unmasked\":true")));
    CHECK(printed.front().details.contains(QStringLiteral("li.pdf")));

    // An account without the right to print gets nothing, and no file: a grid worker of a
    // grid of the district.
    hierarchy::HierarchyEditor hierarchy(*c.db);
    const auto street = hierarchy.add(
        hierarchy::HierarchyStore(*c.db).root()->id, { hierarchy::NodeKind::Street, s(u"观音桥街道") });
    REQUIRE(street.ok());
    const auto community = hierarchy.add(street->id, { hierarchy::NodeKind::Community, s(u"建新北路社区") });
    REQUIRE(community.ok());
    const auto grid = hierarchy.add(community->id, { hierarchy::NodeKind::Grid, s(u"第一网格") });
    REQUIRE(grid.ok());
    REQUIRE(security::AccountStore(*c.db)
                .add({ QStringLiteral("grid"), {}, security::Role::GridWorker, grid->id,
                    QStringLiteral("Grid-2026x") })
                .ok());
    auto gridWorker = test::openSignedIn(c.db->path(), QStringLiteral("grid"), QStringLiteral("Grid-2026x"));
    const QString refused = out.path(QStringLiteral("refused.pdf"));
    CHECK_FALSE(document::MemberFormDocument(li.id).printToPdf(refused, {}, gridWorker.get()).ok());
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("The forms embed a Chinese font", "[report]")
{
    Community c;
    const Member wang = c.addMember(person(c.branch1.id, s(u"王建国"), QDate(1958, 8, 1), 317));
    test::TempDir out;
    const QString pdf = out.path(QStringLiteral("wang.pdf"));
    REQUIRE(document::MemberFormDocument(wang.id).printToPdf(pdf, {}, c.db.get()).ok());

    // name  type  encoding  emb sub uni object ID — every font embedded, one of them CJK.
    const QStringList lines
        = test::runTool(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    bool cjk = false;
    for (const QString& line : lines.mid(2)) {
        INFO(line.toStdString());
        const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cells.size() >= 7);
        CHECK(cells[cells.size() - 5] == QStringLiteral("yes"));  // emb
        cjk = cjk || cells.first().contains(QStringLiteral("CJK"));
    }
    CHECK(cjk);
    CHECK(document::PageCanvas::fontFamilies().first() == QStringLiteral("Noto Sans CJK SC"));
}

TEST_CASE("An organisation's forms: one page per member of its subtree, in pinyin order", "[report]")
{
    Community c;
    c.addMember(person(c.branch1.id, s(u"张伟"), QDate(1985, 3, 12), 135));
    c.addMember(person(c.group.id, s(u"欧阳娜娜"), QDate(1990, 1, 23), 224));
    c.addMember(person(c.group.id, s(u"李秀英"), QDate(1962, 11, 5), 248));
    c.addMember(person(c.branch2.id, s(u"王建国"), QDate(1958, 8, 1), 317));
    test::TempDir out;
    const QString pdf = out.path(QStringLiteral("branch1.pdf"));
    QList<std::pair<int, int>> calls;
    document::PrintOptions options;
    options.progress = [&](int done, int total) {
        calls.append({ done, total });
        return true;
    };

    REQUIRE(document::MemberFormDocument(subtree(c.branch1.id)).printToPdf(pdf, options, c.db.get()).ok());

    REQUIRE(pageCount(pdf) == 3);
    const QStringList order { s(u"李秀英"), s(u"欧阳娜娜"), s(u"张伟") };  // li, ouyang, zhang
    for (int page = 1; page <= 3; ++page) {
        const QString text = pageText(pdf, page);
        INFO(text.toStdString());
        for (int other = 0; other < 3; ++other)
            CHECK(text.contains(order[other]) == (other == page - 1));
        CHECK_FALSE(text.contains(s(u"王建国")));
        CHECK(text.contains(c.branch1.name));
        CHECK(flat(text).contains(s(u"第%1页共3页").arg(page)));
    }
    CHECK(calls == QList<std::pair<int, int>> { { 0, 3 }, { 1, 3 }, { 2, 3 }, { 3, 3 } });

    // The whole community: all four.
    const QString all = out.path(QStringLiteral("community.pdf"));
    REQUIRE(document::MemberFormDocument(subtree(c.committee.id)).printToPdf(all, {}, c.db.get()).ok());
    CHECK(pageCount(all) == 4);
}

TEST_CASE("A cancelled or failed print leaves no file behind", "[report]")
{
    Community c;
    c.addMember(person(c.branch1.id, s(u"张伟"), QDate(1985, 3, 12), 135));
    c.addMember(person(c.branch1.id, s(u"欧阳娜娜"), QDate(1990, 1, 23), 224));
    test::TempDir out;
    document::PrintOptions cancelAfterOne;
    cancelAfterOne.progress = [](int done, int) { return done < 1; };

    SECTION("cancelled: a new file is absent")
    {
        const QString pdf = out.path(QStringLiteral("cancelled.pdf"));
        const Status forms
            = document::MemberFormDocument(subtree(c.branch1.id)).printToPdf(pdf, cancelAfterOne, c.db.get());
        REQUIRE_FALSE(forms.ok());
        CHECK(forms.error().message.contains(QStringLiteral("cancelled")));
        CHECK_FALSE(QFileInfo::exists(pdf));
        const Status roster = document::RosterTableDocument(subtree(c.branch1.id))
                                  .printToPdf(pdf, cancelAfterOne, c.db.get());
        REQUIRE_FALSE(roster.ok());
        CHECK_FALSE(QFileInfo::exists(pdf));
        // Nothing else left in the folder either (no temporary file).
        CHECK(QDir(out.root()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("cancelled: an older file of the same name stays as it was")
    {
        const QString pdf = out.path(QStringLiteral("older.pdf"));
        test::writeBytes(pdf, QByteArrayLiteral("%PDF-older"));
        REQUIRE_FALSE(document::MemberFormDocument(subtree(c.branch1.id))
                          .printToPdf(pdf, cancelAfterOne, c.db.get())
                          .ok());
        CHECK(test::readBytes(pdf) == QByteArrayLiteral("%PDF-older"));
    }
    SECTION("a folder that does not exist")
    {
        const QString pdf = out.path(QStringLiteral("missing/forms.pdf"));
        const Status printed
            = document::MemberFormDocument(subtree(c.branch1.id)).printToPdf(pdf, {}, c.db.get());
        REQUIRE_FALSE(printed.ok());
        CHECK(printed.error().file == pdf);
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    SECTION("an organisation without members")
    {
        const QString pdf = out.path(QStringLiteral("empty.pdf"));
        const Status printed
            = document::RosterTableDocument(subtree(c.branch2.id)).printToPdf(pdf, {}, c.db.get());
        REQUIRE_FALSE(printed.ok());
        CHECK(printed.error().message.contains(c.branch2.name));
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    SECTION("the open database, or its write-ahead log, as the PDF")
    {
        const QByteArray before = test::readBytes(c.db->path());
        for (const QString& pdf : { c.db->path(), c.db->path() + QStringLiteral("-wal") }) {
            const Status printed
                = document::RosterTableDocument(subtree(c.branch1.id)).printToPdf(pdf, {}, c.db.get());
            REQUIRE_FALSE(printed.ok());
            CHECK(printed.error().message.contains(QStringLiteral("open database")));
        }
        CHECK(test::readBytes(c.db->path()) == before);
    }
    SECTION("a member that does not exist")
    {
        const QString pdf = out.path(QStringLiteral("nobody.pdf"));
        REQUIRE_FALSE(
            document::MemberFormDocument(RecordId::generate()).printToPdf(pdf, {}, c.db.get()).ok());
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
}

TEST_CASE("The roster: national columns, header and page numbers on every page", "[report]")
{
    Community c;
    // 45 members of the community, spread over both branches and the group.
    const QStringList names { s(u"赵永刚"), s(u"钱淑芬"), s(u"孙志强"), s(u"李秀英"), s(u"周建华"),
        s(u"吴桂兰"), s(u"郑国平"), s(u"王建国"), s(u"冯玉梅"), s(u"陈德明"), s(u"褚红霞"), s(u"卫东升"),
        s(u"蒋丽娟"), s(u"沈海涛"), s(u"韩春燕"), s(u"杨光辉"), s(u"朱晓琳"), s(u"秦大勇"), s(u"尤美玲"),
        s(u"许文斌"), s(u"何淑珍"), s(u"吕振华"), s(u"施秀云"), s(u"张伟"), s(u"孔令杰"), s(u"曹雪梅"),
        s(u"严正义"), s(u"华丽萍"), s(u"金成林"), s(u"魏小红"), s(u"陶建军"), s(u"姜玉兰"), s(u"戚明亮"),
        s(u"谢春花"), s(u"邹立新"), s(u"喻晓燕"), s(u"柏正文"), s(u"水莲英"), s(u"窦志刚"), s(u"章慧敏"),
        s(u"云海峰"), s(u"苏桂芳"), s(u"潘国庆"), s(u"葛秀兰"), s(u"欧阳娜娜") };
    REQUIRE(names.size() == 45);
    const PartyOrg orgs[] = { c.branch1, c.group, c.branch2 };
    QStringList ids;
    for (int i = 0; i < names.size(); ++i) {
        Member m = person(orgs[i % 3].id, names[i], QDate(1950 + i, 1 + i % 12, 1 + i % 28), 100 + i);
        m.mobile = QStringLiteral("139%1").arg(23450000 + i);
        if (i % 5 == 0) {
            m.category = QStringLiteral("2");
            m.convertedOn = {};
        }
        c.addMember(m);
        ids.append(m.idNumber);
    }
    test::TempDir out;
    const QString pdf = out.path(QStringLiteral("roster.pdf"));
    int lastDone = 0;
    document::PrintOptions options;
    options.printedOn = QDate(2024, 7, 1);
    options.progress = [&](int done, int total) {
        CHECK(total == 45);
        CHECK(done >= lastDone);
        lastDone = done;
        return true;
    };

    REQUIRE(document::RosterTableDocument(subtree(c.committee.id)).printToPdf(pdf, options, c.db.get()).ok());

    const int rows = document::RosterTableDocument::rowsPerPage();
    REQUIRE(rows >= 10);
    const int pages = (45 + rows - 1) / rows;
    REQUIRE(pages >= 2);
    CHECK(lastDone == 45);
    CHECK(pageCount(pdf) == pages);
    const QStringList titles = document::RosterTableDocument::columnTitles();
    REQUIRE(titles.size() == 12);
    QString everything;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        INFO(text.toStdString());
        CHECK(text.contains(s(u"党员基本信息汇总表")));
        CHECK(text.contains(c.committee.name));
        CHECK(text.contains(s(u"2024年7月1日")));
        for (const QString& title : titles) {
            INFO(title.toStdString());
            CHECK(text.contains(title));
        }
        CHECK(flat(text).contains(s(u"第%1页共%2页").arg(page).arg(pages)));
        everything += flat(text);
    }
    for (int i = 0; i < names.size(); ++i) {
        INFO(names[i].toStdString());
        CHECK(everything.count(names[i]) == 1);
        CHECK(everything.contains(masked(ids[i])));
        CHECK_FALSE(everything.contains(ids[i]));
        CHECK_FALSE(everything.contains(QStringLiteral("139%1").arg(23450000 + i)));
    }
    CHECK(everything.contains(s(u"预备党员")));
    // Pinyin order: 柏 (bai) first on page 1, 邹 (zou) last on the last page.
    CHECK(pageText(pdf, 1).contains(s(u"柏正文")));
    CHECK(pageText(pdf, pages).contains(s(u"邹立新")));
}

// Five members whose pinyin order (丁 王 刘 欧阳 黄 → ding huang liu ouyang wang) and stroke
// order (丁 2, 王 4, 刘 6, 欧 8, 黄 11) differ; 刘 and 黄 are probationary.
struct OrderedCommunity : Community
{
    QStringList byStrokes { s(u"丁一凡"), s(u"王建国"), s(u"刘洋"), s(u"欧阳娜娜"), s(u"黄晓明") };
    QStringList ids;

    OrderedCommunity()
    {
        for (int i = 0; i < byStrokes.size(); ++i) {
            Member m = person(i % 2 ? branch1.id : group.id, byStrokes[i], QDate(1970 + i, 3, 4), 401 + i);
            m.mobile = QStringLiteral("1390832%1").arg(1000 + i);
            if (byStrokes[i] == s(u"刘洋") || byStrokes[i] == s(u"黄晓明")) {
                m.category = QStringLiteral("2");
                m.convertedOn = {};
            }
            addMember(m);
            ids.append(m.idNumber);
        }
    }

    document::MemberSelection strokeOrder(const QString& category = {}) const
    {
        roster::RosterFilter filter { .orgId = committee.id };
        filter.category = category;
        return { filter, { roster::RosterSortKey::Stroke } };
    }
};

// The text of a PDF that Qt's printer wrote, as its glyphs read: that PDF's text layer names
// radicals for some ideographs (ToUnicodeRepair), which paper does not care about.
QString glyphs(const QString& text)
{
    const document::ToUnicodeRepair repair(document::PageCanvas::font(12));
    QString read = text;
    for (QChar& c : read)
        c = QChar(repair.corrected(c.unicode()));
    return read;
}

// Where each name first appears in `text`; -1 if it does not.
QList<qsizetype> positions(const QString& text, const QStringList& names)
{
    QList<qsizetype> at;
    for (const QString& name : names)
        at.append(text.indexOf(name));
    return at;
}

TEST_CASE("A list prints the members of a selection in its order, and says what it lists", "[report]")
{
    OrderedCommunity c;
    test::TempDir out;

    SECTION("the roster in stroke order, with its conditions in the heading")
    {
        const QString pdf = out.path(QStringLiteral("strokes.pdf"));
        REQUIRE(document::RosterTableDocument(c.strokeOrder()).printToPdf(pdf, {}, c.db.get()).ok());
        const QString text = flat(allText(pdf));
        INFO(text.toStdString());
        const QList<qsizetype> at = positions(text, c.byStrokes);
        CHECK_FALSE(at.contains(-1));
        CHECK(std::is_sorted(at.begin(), at.end()));
        CHECK(text.contains(s(u"排序：姓名（姓氏笔画）")));
        CHECK_FALSE(text.contains(s(u"条件：")));  // the whole list of active members

        // Filtered: the probationary members only, and the heading says so.
        const QString probationary = out.path(QStringLiteral("probationary.pdf"));
        REQUIRE(document::RosterTableDocument(c.strokeOrder(QStringLiteral("2")))
                    .printToPdf(probationary, {}, c.db.get())
                    .ok());
        const QString filtered = flat(allText(probationary));
        INFO(filtered.toStdString());
        CHECK(filtered.contains(s(u"条件：预备党员")));
        CHECK(filtered.indexOf(s(u"刘洋")) >= 0);
        CHECK(filtered.indexOf(s(u"刘洋")) < filtered.indexOf(s(u"黄晓明")));
        for (const QString& full : { s(u"丁一凡"), s(u"王建国"), s(u"欧阳娜娜") })
            CHECK_FALSE(filtered.contains(full));
    }
    SECTION("the forms, one page per member in stroke order")
    {
        const QString pdf = out.path(QStringLiteral("forms.pdf"));
        REQUIRE(document::MemberFormDocument(c.strokeOrder()).printToPdf(pdf, {}, c.db.get()).ok());
        REQUIRE(pageCount(pdf) == 5);
        for (int page = 1; page <= 5; ++page) {
            const QString text = pageText(pdf, page);
            INFO(text.toStdString());
            CHECK(text.contains(c.byStrokes[page - 1]));
        }
    }
    SECTION("a search of the whole area, in the order of its matches")
    {
        const QString pdf = out.path(QStringLiteral("search.pdf"));
        document::MemberSelection search;
        search.filter.search = s(u"欧阳");
        search.order = { roster::RosterSortKey::Relevance };
        REQUIRE(document::RosterTableDocument(search).printToPdf(pdf, {}, c.db.get()).ok());
        const QString text = flat(allText(pdf));
        INFO(text.toStdString());
        CHECK(text.contains(s(u"党组织：江北区全部党组织")));
        CHECK(text.contains(s(u"条件：搜索“欧阳”")));
        CHECK(text.contains(s(u"欧阳娜娜")));
        CHECK_FALSE(text.contains(s(u"王建国")));
    }
}

TEST_CASE("The same pages print on a printer, and the print is audited with the printer's name", "[report]")
{
    OrderedCommunity c;
    test::TempDir out;
    const QString file = out.path(QStringLiteral("printer.pdf"));
    // Qt's own PDF printer stands in for paper: what it receives is what a printer gets.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageOrientation(QPageLayout::Portrait);  // the report turns it to landscape
    {
        document::DeviceCanvas canvas(
            printer, { document::PrintDestination::Kind::Printer, QStringLiteral("办公室打印机") });
        document::PrintOptions options;
        options.exposure = roster::Exposure::Unmasked;
        REQUIRE(document::RosterTableDocument(c.strokeOrder()).print(canvas, options, c.db.get()).ok());
    }
    const QString info = test::runTool(QStringLiteral("pdfinfo"), { file });
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("842 x 595 pts (A4)")));  // A4 landscape
    const QString text = glyphs(flat(allText(file)));
    INFO(text.toStdString());
    const QList<qsizetype> at = positions(text, c.byStrokes);
    CHECK_FALSE(at.contains(-1));
    CHECK(std::is_sorted(at.begin(), at.end()));
    for (const QString& id : c.ids)
        CHECK(text.contains(id));  // full numbers, as asked

    const auto printed = audit::AuditLog(*c.db, {}).list({ .action = QStringLiteral("printed") });
    REQUIRE(printed.size() == 1);
    CHECK(printed.front().targetId == c.committee.id);
    CHECK(printed.front().details.contains(s(u"\"printer\":\"办公室打印机\"")));
    CHECK(printed.front().details.contains(QStringLiteral("\"unmasked\":true")));
    CHECK(printed.front().details.contains(QStringLiteral("\"members\":5")));
}

TEST_CASE("A preview draws the first pages only, and is audited only when it shows full numbers", "[report]")
{
    OrderedCommunity c;
    test::TempDir out;
    const QString file = out.path(QStringLiteral("preview.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    document::PrintOptions options;
    options.pageLimit = 2;
    {
        document::DeviceCanvas canvas(printer, { document::PrintDestination::Kind::Screen, {} });
        REQUIRE(document::MemberFormDocument(c.strokeOrder()).print(canvas, options, c.db.get()).ok());
    }
    CHECK(pageCount(file) == 2);
    CHECK(glyphs(flat(pageText(file, 2))).contains(s(u"第2页共5页")));  // the numbers count the whole
    audit::AuditLog log(*c.db, {});
    CHECK(log.list({ .action = QStringLiteral("printed") }).empty());
    CHECK(log.list({ .action = QStringLiteral("viewed_unmasked") }).empty());

    options.exposure = roster::Exposure::Unmasked;
    {
        document::DeviceCanvas canvas(printer, { document::PrintDestination::Kind::Screen, {} });
        REQUIRE(document::RosterTableDocument(c.strokeOrder()).print(canvas, options, c.db.get()).ok());
    }
    CHECK(log.list({ .action = QStringLiteral("printed") }).empty());
    const auto viewed = log.list({ .action = QStringLiteral("viewed_unmasked") });
    REQUIRE(viewed.size() == 1);
    CHECK(viewed.front().details.contains(QStringLiteral("\"form\":\"roster\"")));
    CHECK(viewed.front().details.contains(QStringLiteral("\"preview\":true")));
}

TEST_CASE("ToUnicode maps name ideographs, not the radicals that share their glyphs", "[report]")
{
    const document::ToUnicodeRepair repair(document::PageCanvas::font(12));
    CHECK(repair.corrected(0x2EA0) == 0x6C11);  // ⺠ → 民
    CHECK(repair.corrected(0x2EDA) == 0x9875);  // ⻚ → 页
    CHECK(repair.corrected(0x2F47) == 0x65E5);  // ⽇ → 日
    CHECK(repair.corrected(0x0009) == 0x0020);  // tab → space
    CHECK(repair.corrected(0x6C11) == 0x6C11);
    CHECK(repair.corrected(0x0035) == 0x0035);

    // The layout Qt writes: single entries, arrays and a counting range (left alone, since
    // changing its start would shift every code after it).
    QByteArray cmap = QByteArrayLiteral("begincmap\n3 beginbfrange\n<0000> <0000> <0000>\n"
                                        "<0001> <0004> [<515A> <2EA0> <0009> <65CF> ]\n"
                                        "<0005> <0005> <2EDA>\n"
                                        "<0006> <0010> <2F00>\nendbfrange\n");
    const qsizetype size = cmap.size();
    CHECK(repair.repairCMap(cmap) == 3);
    CHECK(cmap.size() == size);
    CHECK(cmap.contains("[<515A> <6C11> <0020> <65CF> ]"));
    CHECK(cmap.contains("<0005> <0005> <9875>"));
    CHECK(cmap.contains("<0006> <0010> <2F00>"));
}
