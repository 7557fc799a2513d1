// Exporting the roster (MemberExporter): the national 汇总表 and the full layout as XLSX
// and CSV, read back cell by cell with SpreadsheetSource; masking; formula injection;
// and export → import into a fresh database giving the same members.
#include "common/Utf16.h"
#include "format/SpreadsheetSource.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/MemberExporter.h"
#include "importexport/MemberImporter.h"
#include "organisation/OrgEditor.h"
#include "roster/CodeTable.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "roster/MemberEvents.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace redgrid;
using namespace redgrid::format;
using namespace redgrid::importexport;
using roster::Exposure;
using roster::Member;

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

QString maskedId(const QString& id)
{
    return id.left(6) + QStringLiteral("********") + id.right(4);
}

const QString Branch1 = QStringLiteral("中共花园新村社区第一支部委员会");
const QString Branch2 = QStringLiteral("中共花园新村社区第二支部委员会");

// A community with a 党委, two branches and, optionally, members.
struct World
{
    test::TempDir dir;
    std::unique_ptr<storage::Connection> db;
    RecordId community, branch1, branch2;

    explicit World(const QString& file = QStringLiteral("e.redgrid"))
        : db(test::createJiangbeiDatabase(dir.path(file)))
    {
        hierarchy::HierarchyEditor nodes(*db);
        const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
            { hierarchy::NodeKind::Street, s(u"观音桥街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        const auto added = nodes.add(
            street->id, { hierarchy::NodeKind::Community, s(u"花园新村社区"), {}, 0, std::nullopt, {} });
        REQUIRE(added.ok());
        community = added->id;
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
            const auto org = organisation::OrgEditor(*db).add(branch);
            REQUIRE(org.ok());
            (name == Branch1 ? branch1 : branch2) = org->id;
        }
    }

    Member add(Member m)
    {
        auto added = roster::MemberEditor(*db).add(m);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        m.id = added->id;
        return m;
    }

    // 张三, 覃小红 (a mobile member) and 乐嘉 (probationary), every national item filled.
    QList<Member> addThree()
    {
        Member zhang;
        zhang.orgId = branch1;
        zhang.name = s(u"张三");
        zhang.birthDate = QDate(1985, 3, 12);
        zhang.idNumber = idFor(zhang.birthDate, 123);
        zhang.sex = QStringLiteral("1");
        zhang.ethnicity = QStringLiteral("01");
        zhang.education = QStringLiteral("21");
        zhang.joinedOn = QDate(2010, 7, 1);
        zhang.convertedOn = QDate(2011, 7, 1);
        zhang.jobPost = QStringLiteral("0111");
        zhang.mobile = QStringLiteral("13812345678");
        zhang.landline = QStringLiteral("023-67891234");
        zhang.address = s(u"重庆市江北区观音桥街道花园新村1栋2单元301");
        zhang.lostContactOn = QDate(2023, 5, 1);
        zhang.lostContactReason = QStringLiteral("1");
        zhang.remarks = s(u"2023年5月起外出务工，已多方联系");

        Member qin;
        qin.orgId = branch2;
        qin.name = s(u"覃小红");
        qin.birthDate = QDate(1990, 8, 8);
        qin.idNumber = idFor(qin.birthDate, 182);
        qin.sex = QStringLiteral("2");
        qin.ethnicity = QStringLiteral("15");
        qin.education = QStringLiteral("14");
        qin.degree = QStringLiteral("3");
        qin.joinedOn = QDate(2015, 6, 30);
        qin.convertedOn = QDate(2016, 6, 30);
        qin.jobPost = QStringLiteral("502");
        qin.mobile = QStringLiteral("13987654321");
        qin.address = s(u"重庆市江北区观音桥街道花园新村5栋1单元1102");
        qin.isMobile = true;
        qin.mobileDestination = s(u"广东省深圳市南山区");
        qin.nativePlace = s(u"重庆市石柱土家族自治县");
        qin.workUnit = s(u"深圳市南山区某科技公司");
        qin.workPost = s(u"工程师");
        qin.skills = list({ u"书法", u"摄影" });
        qin.dualNodeId = community;
        qin.dualRegisteredOn = QDate(2024, 3, 5);
        qin.hardship = true;

        Member yue;
        yue.orgId = branch1;
        yue.name = s(u"乐嘉");
        yue.birthDate = QDate(2000, 1, 15);
        yue.idNumber = idFor(yue.birthDate, 171);
        yue.sex = QStringLiteral("1");
        yue.ethnicity = QStringLiteral("01");
        yue.education = QStringLiteral("31");
        yue.category = QStringLiteral("2");
        yue.joinedOn = QDate(2025, 3, 1);
        yue.probationExtensionMonths = 6;
        yue.jobPost = QStringLiteral("42");
        yue.mobile = QStringLiteral("15023456789");
        yue.exempt = true;
        return { add(zhang), add(qin), add(yue) };
    }

    Result<MemberExportReport> exportTo(const QString& name, const MemberExportOptions& options = {})
    {
        return MemberExporter(*db).run(dir.path(name), options);
    }
};

struct Table
{
    QList<QList<Cell>> rows;
    QStringList texts(int row) const
    {
        QStringList cells;
        for (const Cell& cell : rows.value(row))
            cells.append(cell.text);
        return cells;
    }
    // The row whose 姓名 (column 1 of the national layout, column `nameColumn` otherwise) is `name`.
    int rowOf(const QString& name, int nameColumn = 1) const
    {
        for (int i = 1; i < rows.size(); ++i)
            if (rows[i].value(nameColumn).text == name)
                return i;
        FAIL("no row for " << str(name));
        return -1;
    }
};

Table readBack(const QString& path, const QString& sheet = {})
{
    auto source = SpreadsheetSource::open(path, sheet);
    INFO((source ? QString() : source.error().toString()).toStdString());
    REQUIRE(source.ok());
    Table table;
    SheetRow row;
    for (;;) {
        auto more = (*source)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        table.rows.append(row.cells);
    }
    return table;
}

QStringList headersOf(const QList<RosterField>& fields)
{
    QStringList headers;
    for (RosterField field : fields)
        headers.append(fieldInfo(field).header);
    return headers;
}

QStringList nationalHeader()
{
    return list({ u"序号", u"姓名", u"所在党支部", u"公民身份证号", u"性别", u"民族", u"出生日期", u"学历",
        u"人员类别", u"加入党组织日期", u"转为正式党员日期", u"工作岗位", u"手机号", u"固定电话", u"家庭住址",
        u"党籍状态", u"是否为失联党员", u"失去联系日期", u"是否为流动党员", u"外出流向", u"备注" });
}

}  // namespace

TEST_CASE("Member export: the national layout as XLSX, read back cell by cell, masked by default",
    "[roster][export]")
{
    World w;
    const QList<Member> members = w.addThree();
    const auto report = w.exportTo(QStringLiteral("汇总表.xlsx"));
    INFO((report ? QString() : report.error().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->rows == 3);
    CHECK(report->file.endsWith(QStringLiteral("汇总表.xlsx")));

    const QString path = w.dir.path(QStringLiteral("汇总表.xlsx"));
    const auto info = SpreadsheetSource::inspect(path);
    REQUIRE(info.ok());
    CHECK(info->format == SpreadsheetFormat::Xlsx);
    CHECK(info->sheets == QStringList { s(u"党员信息") });

    const Table table = readBack(path);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.texts(0) == nationalHeader());
    CHECK(MemberExporter::columns(ExportLayout::National) == nationalLayout());
    // Pinyin order: 覃 qin < 乐 yue < 张 zhang.
    CHECK(str(table.rows[1][1].text) == "覃小红");
    CHECK(str(table.rows[2][1].text) == "乐嘉");
    CHECK(str(table.rows[3][1].text) == "张三");

    const Member& zhang = members[0];
    const QStringList expected { QStringLiteral("3"), s(u"张三"), Branch1, maskedId(zhang.idNumber), s(u"男"),
        s(u"汉族"), QStringLiteral("1985-03-12"), s(u"大学本科毕业"), s(u"正式党员"),
        QStringLiteral("2010-07-01"), QStringLiteral("2011-07-01"), s(u"公务员"),
        QStringLiteral("138****5678"), QStringLiteral("023-****1234"), zhang.address, s(u"正常"), s(u"是"),
        QStringLiteral("2023-05"), s(u"否"), QString(), zhang.remarks };
    QStringList row = table.texts(3);
    while (row.size() < expected.size())
        row.append(QString());
    for (int i = 0; i < expected.size(); ++i) {
        INFO(str(nationalHeader()[i]));
        CHECK(str(row[i]) == str(expected[i]));
    }
    // ID numbers and phones are text cells, never numbers.
    for (int r = 1; r < table.rows.size(); ++r)
        for (int column : { 3, 12 })
            CHECK(table.rows[r][column].type == CellType::Text);
    const QStringList qin = table.texts(1);
    CHECK(str(qin[4]) == "女");
    CHECK(str(qin[5]) == "土家族");
    CHECK(str(qin[7]) == "硕士研究生毕业");
    CHECK(str(qin[18]) == "是");
    CHECK(str(qin[19]) == "广东省深圳市南山区");
    const QStringList yue = table.texts(2);
    CHECK(str(yue[8]) == "预备党员");
    CHECK(yue[10].isEmpty());
    CHECK(str(yue[11]) == "退休人员");

    // Unmasked when asked: the full numbers, still text.
    MemberExportOptions unmasked;
    unmasked.exposure = Exposure::Unmasked;
    REQUIRE(w.exportTo(QStringLiteral("full.xlsx"), unmasked).ok());
    const Table full = readBack(w.dir.path(QStringLiteral("full.xlsx")));
    const int r = full.rowOf(s(u"张三"));
    CHECK(str(full.rows[r][3].text) == str(zhang.idNumber));
    CHECK(full.rows[r][3].type == CellType::Text);
    CHECK(str(full.rows[r][12].text) == "13812345678");
    CHECK(full.rows[r][12].type == CellType::Text);
    CHECK(str(full.rows[r][13].text) == "023-67891234");
}

TEST_CASE("Member export: CSV read back; only the chosen organisation; cancelling leaves no file",
    "[roster][export]")
{
    World w;
    const QList<Member> members = w.addThree();
    MemberExportOptions options;
    options.filter.orgId = w.branch1;
    const auto report = w.exportTo(QStringLiteral("支部.csv"), options);
    REQUIRE(report.ok());
    CHECK(report->rows == 2);
    const QString path = w.dir.path(QStringLiteral("支部.csv"));
    CHECK(test::readBytes(path).startsWith("\xEF\xBB\xBF"));  // Excel and WPS need the BOM for UTF-8

    const Table table = readBack(path);
    REQUIRE(table.rows.size() == 3);
    CHECK(table.texts(0) == nationalHeader());
    CHECK(table.texts(1).size() == 21);
    CHECK(str(table.rows[1][1].text) == "乐嘉");
    CHECK(str(table.rows[2][1].text) == "张三");
    CHECK(str(table.rows[2][3].text) == str(maskedId(members[0].idNumber)));
    CHECK(str(table.rows[2][12].text) == "138****5678");
    CHECK(str(table.rows[2][20].text) == str(members[0].remarks));

    // Cancelled: no file, and an existing file is left as it was.
    const QByteArray before = test::readBytes(path);
    const auto cancelled = MemberExporter(*w.db).run(path, {}, [](qint64, qint64) { return false; });
    CHECK_FALSE(cancelled.ok());
    CHECK(test::readBytes(path) == before);
    const auto none = MemberExporter(*w.db).run(
        w.dir.path(QStringLiteral("none.xlsx")), {}, [](qint64, qint64) { return false; });
    CHECK_FALSE(none.ok());
    CHECK_FALSE(QFile::exists(w.dir.path(QStringLiteral("none.xlsx"))));
}

TEST_CASE("Member export: cells a spreadsheet would run as formulas are neutralised", "[roster][export]")
{
    World w;
    const QStringList remarks { QStringLiteral("=HYPERLINK(\"http://example.com\",\"点击\")"),
        QStringLiteral("+8613812345678"), QStringLiteral("-1+1"), QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\t=1+1") };
    for (int i = 0; i < remarks.size(); ++i) {
        Member m;
        m.orgId = w.branch1;
        m.name = s(u"测试") + QString::number(i);
        m.birthDate = QDate(1980, 1, 1).addDays(i);
        m.idNumber = idFor(m.birthDate, 111);
        m.joinedOn = QDate(2005, 1, 1);
        m.convertedOn = QDate(2006, 1, 1);
        m.remarks = remarks[i];
        w.add(m);
    }
    for (const QString& file : { QStringLiteral("formulas.csv"), QStringLiteral("formulas.xlsx") }) {
        INFO(str(file));
        REQUIRE(w.exportTo(file).ok());
        const Table table = readBack(w.dir.path(file));
        REQUIRE(table.rows.size() == remarks.size() + 1);
        QStringList exported;
        for (int r = 1; r < table.rows.size(); ++r)
            exported.append(table.rows[r].value(20).text);
        for (const QString& remark : remarks) {
            INFO(str(remark));
            CHECK(exported.contains(QLatin1Char('\'') + remark));
        }
    }
}

TEST_CASE("Member export: the full layout has every column RedGrid keeps", "[roster][export]")
{
    World w;
    const QList<Member> members = w.addThree();
    REQUIRE(roster::MemberEvents(*w.db)
                .transferOut(members[0].id, QDate(2025, 2, 1), s(u"中共重庆市渝中区某支部委员会"), {}, {})
                .ok());
    MemberExportOptions options;
    options.layout = ExportLayout::Full;
    options.filter.status = std::nullopt;  // former members too
    options.exposure = Exposure::Unmasked;
    REQUIRE(w.exportTo(QStringLiteral("full.xlsx"), options).ok());
    const Table table = readBack(w.dir.path(QStringLiteral("full.xlsx")));
    REQUIRE(table.rows.size() == 4);

    const QStringList header = table.texts(0);
    CHECK(header == headersOf(fullLayout()));
    CHECK(header.mid(0, 21) == nationalHeader());
    for (const char16_t* extra :
        { u"学位", u"籍贯", u"工作单位", u"职务", u"延长预备期月数", u"在册状态", u"失联情形", u"双报到社区",
            u"双报到日期", u"特长", u"是否困难党员", u"是否免于参加活动", u"党龄", u"年龄" })
        CHECK(header.contains(s(extra)));
    const auto column = [&](const char16_t* name) { return int(header.indexOf(s(name))); };

    QStringList qin = table.texts(table.rowOf(s(u"覃小红")));
    while (qin.size() < header.size())
        qin.append(QString());
    CHECK(str(qin[column(u"学位")]) == "硕士");
    CHECK(str(qin[column(u"籍贯")]) == "重庆市石柱土家族自治县");
    CHECK(str(qin[column(u"工作单位")]) == "深圳市南山区某科技公司");
    CHECK(str(qin[column(u"职务")]) == "工程师");
    CHECK(str(qin[column(u"在册状态")]) == "在册");
    CHECK(str(qin[column(u"特长")]) == "书法、摄影");
    CHECK(str(qin[column(u"是否困难党员")]) == "是");
    CHECK(str(qin[column(u"是否免于参加活动")]) == "否");
    CHECK(str(qin[column(u"双报到日期")]) == "2024-03-05");
    CHECK(str(qin[column(u"双报到社区")]) == "花园新村社区");
    const QDate today = QDate::currentDate();
    CHECK(qin[column(u"党龄")] == QString::number(roster::yearsBetween(QDate(2016, 6, 30), today)));
    CHECK(qin[column(u"年龄")] == QString::number(roster::yearsBetween(QDate(1990, 8, 8), today)));

    QStringList zhang = table.texts(table.rowOf(s(u"张三")));
    while (zhang.size() < header.size())
        zhang.append(QString());
    CHECK(str(zhang[column(u"在册状态")]) == "已转出");
    CHECK(str(zhang[column(u"失联情形")]) == "外出务工经商");
    QStringList yue = table.texts(table.rowOf(s(u"乐嘉")));
    while (yue.size() < header.size())
        yue.append(QString());
    CHECK(str(yue[column(u"延长预备期月数")]) == "6");
    CHECK(yue[column(u"党龄")].isEmpty());  // probationary: no 党龄 yet
    CHECK(str(yue[column(u"是否免于参加活动")]) == "是");
}

TEST_CASE("Member export → import into a fresh database gives the same members", "[roster][export]")
{
    World source(QStringLiteral("source.redgrid"));
    const QList<Member> members = source.addThree();
    for (const ExportLayout layout : { ExportLayout::National, ExportLayout::Full }) {
        for (const QString& file : { QStringLiteral("roster.xlsx"), QStringLiteral("roster.csv") }) {
            INFO(str(file) << (layout == ExportLayout::Full ? " full" : " national"));
            MemberExportOptions options;
            options.layout = layout;
            options.exposure = Exposure::Unmasked;
            const auto exported = source.exportTo(file, options);
            REQUIRE(exported.ok());

            World target(QStringLiteral("target.redgrid"));
            MemberImportOptions importOptions;
            importOptions.today = QDate(2025, 6, 1);
            const auto imported = MemberImporter(*target.db).run(source.dir.path(file), importOptions);
            INFO((imported ? QString() : imported.error().toString()).toStdString());
            REQUIRE(imported.ok());
            for (const RejectedMemberRow& rejected : imported->firstRejected)
                UNSCOPED_INFO("row " << rejected.row << ": " << str(rejected.reasons));
            CHECK(imported->inserted == 3);
            CHECK(imported->rejected == 0);

            roster::MemberStore store(*target.db);
            for (const Member& before : members) {
                INFO(str(before.name));
                const auto after = store.findByIdNumber(before.idNumber, Exposure::Unmasked);
                REQUIRE(after);
                CHECK(after->name == before.name);
                CHECK(after->orgId == (before.orgId == source.branch1 ? target.branch1 : target.branch2));
                CHECK(after->sex == before.sex);
                CHECK(after->ethnicity == before.ethnicity);
                CHECK(after->birthDate == before.birthDate);
                CHECK(after->education == before.education);
                CHECK(after->category == before.category);
                CHECK(after->joinedOn == before.joinedOn);
                CHECK(after->convertedOn == before.convertedOn);
                CHECK(after->jobPost == before.jobPost);
                CHECK(after->mobile == before.mobile);
                CHECK(after->landline == before.landline);
                CHECK(after->address == before.address);
                CHECK(after->standing == before.standing);
                CHECK(after->lostContactOn == before.lostContactOn);
                CHECK(after->isMobile == before.isMobile);
                CHECK(after->mobileDestination == before.mobileDestination);
                CHECK(after->remarks == before.remarks);
                if (layout == ExportLayout::Full) {
                    CHECK(after->degree == before.degree);
                    CHECK(after->nativePlace == before.nativePlace);
                    CHECK(after->workUnit == before.workUnit);
                    CHECK(after->workPost == before.workPost);
                    CHECK(after->probationExtensionMonths == before.probationExtensionMonths);
                    CHECK(after->lostContactReason == before.lostContactReason);
                    CHECK(after->dualRegisteredOn == before.dualRegisteredOn);
                    CHECK(after->skills == before.skills);
                    CHECK(after->hardship == before.hardship);
                    CHECK(after->exempt == before.exempt);
                }
            }
        }
    }
}

TEST_CASE("Member export → import: a 工作岗位 label that two codes share survives the round trip",
    "[roster][export]")
{
    // 农民工 is 0164 (公有制单位) and 0253 (非公有制单位); the label alone cannot be imported.
    REQUIRE(roster::CodeTable::jobPost().isAmbiguous(s(u"农民工")));
    World source(QStringLiteral("source.redgrid"));
    QList<Member> members = source.addThree();
    Member migrant = members[0];
    migrant.id = {};
    migrant.name = s(u"王五");
    migrant.idNumber = idFor(QDate(1985, 3, 12), 135);
    migrant.jobPost = QStringLiteral("0253");
    source.add(migrant);
    MemberExportOptions options;
    options.exposure = Exposure::Unmasked;
    REQUIRE(source.exportTo(QStringLiteral("roster.xlsx"), options).ok());

    World target(QStringLiteral("target.redgrid"));
    MemberImportOptions importOptions;
    importOptions.today = QDate(2025, 6, 1);
    const auto imported
        = MemberImporter(*target.db).run(source.dir.path(QStringLiteral("roster.xlsx")), importOptions);
    REQUIRE(imported.ok());
    for (const RejectedMemberRow& rejected : imported->firstRejected)
        UNSCOPED_INFO("row " << rejected.row << ": " << str(rejected.reasons));
    CHECK(imported->rejected == 0);
    const auto after = roster::MemberStore(*target.db).findByIdNumber(migrant.idNumber, Exposure::Unmasked);
    REQUIRE(after);
    CHECK(str(after->jobPost) == "0253");
    // Written as code and label, which reads back unambiguously.
    REQUIRE(source.exportTo(QStringLiteral("roster.csv"), options).ok());
    bool written = false;
    for (const QList<Cell>& row : readBack(source.dir.path(QStringLiteral("roster.csv"))).rows)
        written = written || row.value(11).text == s(u"0253农民工");
    CHECK(written);
}

namespace {

// Exports the roster unmasked, national and full, as XLSX and CSV, and imports each file again:
// nothing may change.
void reimportChangesNothing(World& w, qint64 memberCount)
{
    const qint64 events = w.db->scalar("SELECT count(*) FROM member_event");
    for (const ExportLayout layout : { ExportLayout::National, ExportLayout::Full })
        for (const QString& file : { QStringLiteral("roster.xlsx"), QStringLiteral("roster.csv") }) {
            INFO((layout == ExportLayout::Full ? "full " : "national ") << file.toStdString());
            MemberExportOptions options;
            options.layout = layout;
            options.exposure = Exposure::Unmasked;
            REQUIRE(w.exportTo(file, options).ok());
            MemberImportOptions importOptions;
            importOptions.today = QDate(2025, 6, 1);
            const auto imported = MemberImporter(*w.db).run(w.dir.path(file), importOptions);
            REQUIRE(imported.ok());
            CHECK(imported->rejected == 0);
            CHECK(imported->updated == 0);
            CHECK(imported->unchanged == memberCount);
            CHECK(w.db->scalar("SELECT count(*) FROM member_event") == events);
        }
}

}  // namespace

TEST_CASE("Member export → import into the same database changes nothing", "[roster][export]")
{
    World w;
    w.addThree();
    reimportChangesNothing(w, 3);
}

TEST_CASE(
    "Member export → import into the same database: text that starts like a formula comes back as it was",
    "[roster][export]")
{
    World w;
    QList<Member> members = w.addThree();
    // The export puts an apostrophe before these (CellGuard); the import takes it off.
    members[0].workUnit = QStringLiteral("-");
    members[0].workPost = QStringLiteral("+驻村工作队");
    members[1].remarks = s(u"=由外区转入");
    members[2].address = s(u"@观音桥步行街1号");
    for (const Member& m : members)
        REQUIRE(roster::MemberEditor(*w.db).update(m).ok());
    reimportChangesNothing(w, 3);
    CHECK(roster::MemberStore(*w.db).member(members[0].id)->workUnit == QStringLiteral("-"));
    CHECK(roster::MemberStore(*w.db).member(members[1].id)->remarks == s(u"=由外区转入"));
}

TEST_CASE("Member export → import into the same database: a lost-contact day is kept", "[roster][export]")
{
    World w;
    const QList<Member> members = w.addThree();
    // A date of lost contact entered on a day (the form allows it), not on the 1st.
    Member lost = members[1];
    lost.id = {};
    lost.name = s(u"翟志刚");
    lost.idNumber = idFor(QDate(1966, 10, 10), 191);
    lost.sex = QStringLiteral("1");
    lost.birthDate = QDate(1966, 10, 10);
    lost.lostContactOn = QDate(2023, 5, 17);
    lost.lostContactReason = QStringLiteral("6");
    lost.isMobile = false;
    lost.mobileDestination.clear();
    w.add(lost);
    reimportChangesNothing(w, 4);
    CHECK(roster::MemberStore(*w.db).findByIdNumber(lost.idNumber, Exposure::Unmasked)->lostContactOn
        == QDate(2023, 5, 17));
}

TEST_CASE("Member export → import into the same database: members of a 党小组 stay in it", "[roster][export]")
{
    World w;
    const QList<Member> members = w.addThree();
    // The file names the branch (所在党支部), not the group.
    organisation::PartyOrg group;
    group.kind = organisation::OrgKind::Group;
    group.parentId = w.branch1;
    group.name = s(u"第一支部第一党小组");
    const auto added = organisation::OrgEditor(*w.db).add(group);
    REQUIRE(added.ok());
    REQUIRE(roster::MemberEditor(*w.db).moveTo({ members[2].id }, added->id).ok());
    reimportChangesNothing(w, 3);
    CHECK(roster::MemberStore(*w.db).member(members[2].id)->orgId == added->id);
}
