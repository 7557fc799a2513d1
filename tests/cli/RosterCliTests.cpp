// The roster commands of redgrid-cli (check, members, import-members, export-members, info)
// run as a user runs them: real processes, real files, exit statuses and output. The
// databases are built with core first, then closed.
#include "CliRun.h"
#include "common/Utf16.h"
#include "format/SpreadsheetSource.h"
#include "hierarchy/HierarchyEditor.h"
#include "hierarchy/HierarchyStore.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberEditor.h"
#include "roster/MemberStore.h"
#include "storage/Connection.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace redgrid;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

using Run = test::CliRun;

Run cli(const QStringList& arguments)
{
    return test::runCli(arguments);
}

QString idFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + roster::IdNumber::checkCharacter(first17);
}

const QString Branch1 = QStringLiteral("中共花园新村社区第一支部委员会");
const QString Branch2 = QStringLiteral("中共花园新村社区第二支部委员会");

// 江北区 / 观音桥街道 / 花园新村社区 with one grid; a 党委 (P01) with two branches (P01.01,
// P01.02) whose term ended on 2025-03-31; six members.
struct Database
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("花园新村.redgrid"));
    QString zhangId = idFor(QDate(1985, 3, 12), 123);

    Database()
    {
        auto db = test::createJiangbeiDatabase(path);
        hierarchy::HierarchyEditor nodes(*db);
        const auto street = nodes.add(hierarchy::HierarchyStore(*db).root()->id,
            { hierarchy::NodeKind::Street, s(u"观音桥街道"), {}, 0, std::nullopt, {} });
        REQUIRE(street.ok());
        const auto community = nodes.add(
            street->id, { hierarchy::NodeKind::Community, s(u"花园新村社区"), {}, 0, std::nullopt, {} });
        REQUIRE(community.ok());
        REQUIRE(
            nodes.add(community->id, { hierarchy::NodeKind::Grid, s(u"第一网格"), {}, 0, std::nullopt, {} })
                .ok());

        organisation::PartyOrg committee;
        committee.kind = organisation::OrgKind::Committee;
        committee.name = s(u"中共花园新村社区委员会");
        const auto top = organisation::OrgEditor(*db).add(committee);
        REQUIRE(top.ok());
        QList<RecordId> branches;
        for (const QString& name : { Branch1, Branch2 }) {
            organisation::PartyOrg branch;
            branch.kind = organisation::OrgKind::Branch;
            branch.parentId = top->id;
            branch.name = name;
            branch.termStart = QDate(2022, 3, 31);
            branch.termEnd = QDate(2025, 3, 31);
            const auto added = organisation::OrgEditor(*db).add(branch);
            REQUIRE(added.ok());
            branches.append(added->id);
        }
        struct Person
        {
            const char16_t* name;
            int branch;
            QDate birth;
            int sequence;
        };
        const Person people[] = {
            { u"张三", 0, QDate(1985, 3, 12), 123 },
            { u"张思", 0, QDate(1986, 4, 2), 131 },
            { u"赵四", 1, QDate(1960, 2, 3), 141 },
            { u"曾勇", 0, QDate(1984, 6, 1), 151 },
            { u"单雄信", 1, QDate(1961, 4, 5), 161 },
            { u"周杰", 0, QDate(1968, 7, 20), 261 },
        };
        int n = 0;
        for (const Person& p : people) {
            roster::Member m;
            m.orgId = branches[p.branch];
            m.name = s(p.name);
            m.birthDate = p.birth;
            m.idNumber = idFor(p.birth, p.sequence);
            m.sex = QStringLiteral("1");
            m.ethnicity = QStringLiteral("01");
            m.education = QStringLiteral("21");
            m.joinedOn = p.birth.addYears(24);
            m.convertedOn = m.joinedOn.addYears(1);
            m.mobile = QString::number(13812345678LL + 1000000 * n++);
            REQUIRE(roster::MemberEditor(*db).add(m).ok());
        }
    }

    QString file(const QString& name) const { return dir.path(name); }
    qint64 members() const
    {
        auto db = storage::Connection::open(path, storage::Connection::OpenMode::ReadOnly);
        REQUIRE(db);
        return db->scalar("SELECT count(*) FROM member");
    }
    qint64 events() const
    {
        auto db = storage::Connection::open(path, storage::Connection::OpenMode::ReadOnly);
        REQUIRE(db);
        return db->scalar("SELECT count(*) FROM member_event");
    }
};

QStringList memberNames(const QJsonObject& json)
{
    QStringList result;
    for (const QJsonValue& member : json[QStringLiteral("members")].toArray())
        result.append(member[QStringLiteral("name")].toString());
    return result;
}

QStringList list(std::initializer_list<const char16_t*> texts)
{
    QStringList result;
    for (const char16_t* text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

QStringList nationalHeader()
{
    return list({ u"序号", u"姓名", u"所在党支部", u"公民身份证号", u"性别", u"民族", u"出生日期", u"学历",
        u"人员类别", u"加入党组织日期", u"转为正式党员日期", u"工作岗位", u"手机号", u"固定电话", u"家庭住址",
        u"党籍状态", u"是否为失联党员", u"失去联系日期", u"是否为流动党员", u"外出流向", u"备注" });
}

// A roster file in the national layout: one good new member, and `bad` rows with a date of
// joining that is no day (2015-02-30).
QString rosterCsv(const Database& d, const QString& name, int bad, const QString& jobPost = {})
{
    QStringList lines { nationalHeader().join(QLatin1Char(',')) };
    const auto row = [&](int serial, const QString& person, const QString& org, const QString& id,
                         const QString& joined) {
        return QStringList { QString::number(serial), person, org, id, s(u"女"), s(u"汉族"), QString(),
            s(u"硕士研究生毕业"), s(u"正式党员"), joined, QStringLiteral("2016-06-30"), jobPost,
            QStringLiteral("13987654321"), QString(), s(u"花园新村5栋"), s(u"正常"), s(u"否"), QString(),
            s(u"否"), QString(), QString() }
            .join(QLatin1Char(','));
    };
    lines << row(1, s(u"覃小红"), QString(), idFor(QDate(1990, 8, 8), 182), QStringLiteral("2015-06-30"));
    for (int i = 0; i < bad; ++i)
        lines << row(2 + i, s(u"翟") + QString::number(i), Branch1, idFor(QDate(1991, 1, 1).addDays(i), 202),
            QStringLiteral("2015-02-30"));
    const QString path = d.file(name);
    test::writeBytes(path,
        QByteArray("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    return path;
}

QList<QStringList> readTable(const QString& path)
{
    auto source = format::SpreadsheetSource::open(path);
    REQUIRE(source.ok());
    QList<QStringList> rows;
    format::SheetRow row;
    for (;;) {
        auto more = (*source)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        QStringList cells;
        for (const format::Cell& cell : row.cells)
            cells.append(cell.text);
        rows.append(cells);
    }
    return rows;
}

}  // namespace

TEST_CASE("Every roster command has --help and is listed", "[roster][cli]")
{
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* command : { "check", "members", "import-members", "export-members", "info", "orgs" }) {
        INFO(command);
        const QString name = QString::fromLatin1(command);
        CHECK(help.out.contains(name));
        const Run commandHelp = cli({ name, QStringLiteral("--help") });
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.contains(QStringLiteral("redgrid-cli ") + name));
        CHECK(commandHelp.out.contains(QStringLiteral("--json")));
    }
    CHECK(cli({ QStringLiteral("members"), QStringLiteral("--help") })
              .out.contains(QStringLiteral("--search")));
    const Run importHelp = cli({ QStringLiteral("import-members"), QStringLiteral("--help") });
    CHECK(importHelp.out.contains(QStringLiteral("--dry-run")));
    CHECK(importHelp.out.contains(QStringLiteral("--create-orgs")));
    CHECK(importHelp.out.contains(QStringLiteral("--map-value")));
    CHECK(importHelp.out.contains(QStringLiteral(".xls")));
    CHECK(cli({ QStringLiteral("export-members"), QStringLiteral("--help") })
              .out.contains(QStringLiteral("--unmasked")));
}

TEST_CASE("check lists the findings about organisations and exits 0", "[roster][cli]")
{
    Database d;
    const Run run = cli({ QStringLiteral("check"), d.path, QStringLiteral("--json"),
        QStringLiteral("--today"), QStringLiteral("2025-06-01") });
    INFO(str(run.err));
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json();
    CHECK(str(json[QStringLiteral("today")].toString()) == "2025-06-01");
    const QJsonArray findings = json[QStringLiteral("findings")].toArray();
    CHECK(json[QStringLiteral("count")].toInt() == findings.size());
    QStringList seen;
    for (const QJsonValue& finding : findings) {
        seen.append(finding[QStringLiteral("kind")].toString() + QLatin1Char(' ')
            + finding[QStringLiteral("code")].toString());
        CHECK_FALSE(finding[QStringLiteral("message")].toString().isEmpty());
        CHECK_FALSE(finding[QStringLiteral("name")].toString().isEmpty());
    }
    INFO(str(seen.join(QStringLiteral("; "))));
    // P01.01 has 4 full members, P01.02 has 2; both terms ended on 2025-03-31; the grid has no branch.
    CHECK(seen.contains(QStringLiteral("too_few_full_members P01.02")));
    CHECK_FALSE(seen.contains(QStringLiteral("too_few_full_members P01.01")));
    CHECK(seen.contains(QStringLiteral("term_overdue P01.01")));
    CHECK(seen.contains(QStringLiteral("term_overdue P01.02")));
    CHECK(seen.filter(QStringLiteral("grid_uncovered")).size() == 1);
    CHECK(findings.size() == 4);

    // Earlier the terms were only ending: within 2 months, within 6 months.
    const Run earlier = cli({ QStringLiteral("check"), d.path, QStringLiteral("--json"),
        QStringLiteral("--today"), QStringLiteral("2025-02-15") });
    CHECK(earlier.exitCode == 0);
    CHECK(earlier.out.count(QStringLiteral("term_ending_very_soon")) == 2);
    CHECK_FALSE(earlier.out.contains(QStringLiteral("term_overdue")));
    const Run sooner = cli({ QStringLiteral("check"), d.path, QStringLiteral("--json"),
        QStringLiteral("--today"), QStringLiteral("2024-11-15") });
    CHECK(sooner.out.count(QStringLiteral("term_ending_soon")) == 2);

    const Run text = cli({ QStringLiteral("check"), d.path });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("P01.02")));
    CHECK(text.out.contains(Branch2));

    CHECK(cli({ QStringLiteral("check"), d.path, QStringLiteral("--today"), QStringLiteral("next week") })
              .exitCode
        == 1);
}

TEST_CASE("members searches, sorts and limits the roster, with numbers masked", "[roster][cli]")
{
    Database d;
    const Run zs = cli({ QStringLiteral("members"), d.path, QStringLiteral("--search"), QStringLiteral("zs"),
        QStringLiteral("--json") });
    INFO(str(zs.err));
    REQUIRE(zs.exitCode == 0);
    const QJsonObject json = zs.json();
    CHECK(memberNames(json) == list({ u"张三", u"张思", u"赵四" }));
    CHECK(json[QStringLiteral("total")].toInt() == 3);
    CHECK(json[QStringLiteral("shown")].toInt() == 3);
    const QJsonObject zhang = json[QStringLiteral("members")].toArray().first().toObject();
    CHECK(str(zhang[QStringLiteral("id_number")].toString())
        == str(d.zhangId.left(6) + QStringLiteral("********") + d.zhangId.right(4)));
    CHECK(str(zhang[QStringLiteral("mobile")].toString()) == "138****5678");
    CHECK(str(zhang[QStringLiteral("org")].toString()) == str(Branch1));
    CHECK(str(zhang[QStringLiteral("org_code")].toString()) == "P01.01");
    CHECK_FALSE(zs.out.contains(d.zhangId));
    CHECK_FALSE(zs.out.contains(QStringLiteral("13812345678")));

    // By the last 4 of the ID number and by a name.
    const Run last4 = cli({ QStringLiteral("members"), d.path, QStringLiteral("--search"), d.zhangId.right(4),
        QStringLiteral("--json") });
    CHECK(memberNames(last4.json()) == list({ u"张三" }));
    CHECK(memberNames(cli({ QStringLiteral("members"), d.path, QStringLiteral("--search"),
                              QStringLiteral("zy"), QStringLiteral("--json") })
                          .json())
        == list({ u"曾勇" }));

    // Pinyin (the default) and stroke order: 单 shan < 曾 zeng < 张 zhang < 赵 < 周, but
    // 张 7 < 单 周 8 < 赵 9 < 曾 12 strokes.
    const Run pinyin = cli({ QStringLiteral("members"), d.path, QStringLiteral("--json") });
    CHECK(memberNames(pinyin.json()) == list({ u"单雄信", u"曾勇", u"张三", u"张思", u"赵四", u"周杰" }));
    const Run stroke = cli({ QStringLiteral("members"), d.path, QStringLiteral("--sort"),
        QStringLiteral("stroke"), QStringLiteral("--json") });
    const QStringList byStroke = memberNames(stroke.json());
    REQUIRE(byStroke.size() == 6);
    CHECK(byStroke.indexOf(s(u"张三")) < byStroke.indexOf(s(u"周杰")));
    CHECK(byStroke.indexOf(s(u"周杰")) < byStroke.indexOf(s(u"赵四")));
    CHECK(byStroke.indexOf(s(u"赵四")) < byStroke.indexOf(s(u"曾勇")));

    const Run org = cli({ QStringLiteral("members"), d.path, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--json") });
    CHECK(memberNames(org.json()) == list({ u"单雄信", u"赵四" }));
    const Run byName = cli(
        { QStringLiteral("members"), d.path, QStringLiteral("--org"), Branch2, QStringLiteral("--json") });
    CHECK(memberNames(byName.json()) == list({ u"单雄信", u"赵四" }));

    const Run limited = cli({ QStringLiteral("members"), d.path, QStringLiteral("--limit"),
        QStringLiteral("2"), QStringLiteral("--json") });
    CHECK(memberNames(limited.json()) == list({ u"单雄信", u"曾勇" }));
    CHECK(limited.json()[QStringLiteral("total")].toInt() == 6);
    CHECK(limited.json()[QStringLiteral("shown")].toInt() == 2);

    const Run text = cli({ QStringLiteral("members"), d.path, QStringLiteral("--search"), s(u"张") });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(s(u"张思")));
    CHECK_FALSE(text.out.contains(s(u"赵四")));

    CHECK(cli({ QStringLiteral("members"), d.path, QStringLiteral("--sort"), QStringLiteral("age") }).exitCode
        == 1);
    CHECK(
        cli({ QStringLiteral("members"), d.path, QStringLiteral("--limit"), QStringLiteral("many") }).exitCode
        == 1);
    const Run unknown
        = cli({ QStringLiteral("members"), d.path, QStringLiteral("--org"), QStringLiteral("P09") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("P09")));
}

TEST_CASE("import-members: exit 0 on success, 3 with rejected rows, 2 for a broken file", "[roster][cli]")
{
    Database d;
    const qint64 members = d.members();

    // A dry run writes nothing but reports.
    const QString good = rosterCsv(d, QStringLiteral("good.csv"), 0);
    const Run dry = cli({ QStringLiteral("import-members"), d.path, good, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    INFO(str(dry.err));
    CHECK(dry.exitCode == 0);
    CHECK(dry.json()[QStringLiteral("dryRun")].toBool());
    CHECK(dry.json()[QStringLiteral("inserted")].toInt() == 1);
    CHECK(d.members() == members);

    // Without --org the row with an empty 所在党支部 is rejected.
    const Run noOrg = cli({ QStringLiteral("import-members"), d.path, good, QStringLiteral("--json") });
    CHECK(noOrg.exitCode == 3);
    CHECK(d.members() == members);

    const Run ok = cli({ QStringLiteral("import-members"), d.path, good, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--json") });
    CHECK(ok.exitCode == 0);
    const QJsonObject report = ok.json();
    CHECK(report[QStringLiteral("read")].toInt() == 1);
    CHECK(report[QStringLiteral("inserted")].toInt() == 1);
    CHECK(report[QStringLiteral("rejected")].toInt() == 0);
    CHECK(d.members() == members + 1);
    const Run found = cli({ QStringLiteral("members"), d.path, QStringLiteral("--search"),
        QStringLiteral("txh"), QStringLiteral("--json") });
    CHECK(memberNames(found.json()) == list({ u"覃小红" }));
    CHECK(
        str(found.json()[QStringLiteral("members")].toArray().first()[QStringLiteral("org_code")].toString())
        == "P01.02");

    // Again: all unchanged, nothing written.
    const qint64 events = d.events();
    const Run again = cli({ QStringLiteral("import-members"), d.path, good, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--json") });
    CHECK(again.exitCode == 0);
    CHECK(again.json()[QStringLiteral("unchanged")].toInt() == 1);
    CHECK(d.events() == events);

    // Some rows rejected: exit 3, the rows named, the rejects file written.
    const QString mixed = rosterCsv(d, QStringLiteral("mixed.csv"), 2);
    const QString rejects = d.file(QStringLiteral("rejects.csv"));
    const Run partial = cli({ QStringLiteral("import-members"), d.path, mixed, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--rejects"), rejects, QStringLiteral("--json") });
    CHECK(partial.exitCode == 3);
    const QJsonObject partialJson = partial.json();
    CHECK(partialJson[QStringLiteral("rejected")].toInt() == 2);
    CHECK(partialJson[QStringLiteral("unchanged")].toInt() == 1);
    const QJsonArray rejectedRows = partialJson[QStringLiteral("rejectedRows")].toArray();
    REQUIRE(rejectedRows.size() == 2);
    CHECK(rejectedRows[0][QStringLiteral("row")].toInt() == 3);
    CHECK(rejectedRows[1][QStringLiteral("row")].toInt() == 4);
    CHECK(rejectedRows[0][QStringLiteral("reason")].toString().contains(s(u"加入党组织日期")));
    CHECK(partialJson[QStringLiteral("rejectsFile")].toString().endsWith(QStringLiteral("rejects.csv")));
    const QList<QStringList> back = readTable(rejects);
    REQUIRE(back.size() == 3);
    CHECK(back[1].value(0) == QStringLiteral("3"));
    CHECK(back[1].value(2) == s(u"翟0"));
    CHECK(back[1].last().contains(s(u"加入党组织日期")));
    CHECK(d.members() == members + 1);

    // The text report names the file and the row on stderr.
    const Run text = cli({ QStringLiteral("import-members"), d.path, mixed, QStringLiteral("--org"),
        QStringLiteral("P01.02") });
    CHECK(text.exitCode == 3);
    CHECK(text.err.contains(QStringLiteral("mixed.csv")));
    CHECK(text.err.contains(s(u"加入党组织日期")));

    // Broken files: exit 2, one line naming the file, nothing written.
    const QString pdf = d.file(QStringLiteral("名册.xlsx"));
    test::writeBytes(pdf, QByteArray("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"));
    const QString protectedFile = d.file(QStringLiteral("加密.xlsx"));
    test::writeBytes(
        protectedFile, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(2048, '\0'));
    for (const QString& broken : { pdf, protectedFile }) {
        const Run run = cli({ QStringLiteral("import-members"), d.path, broken, QStringLiteral("--org"),
            QStringLiteral("P01.02"), QStringLiteral("--rejects"), d.file(QStringLiteral("r2.csv")) });
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.contains(QFileInfo(broken).fileName()));
        CHECK_FALSE(QFile::exists(d.file(QStringLiteral("r2.csv"))));
    }
    CHECK(cli({ QStringLiteral("import-members"), d.path, d.file(QStringLiteral("missing.csv")) }).exitCode
        == 2);
    CHECK(cli({ QStringLiteral("import-members"), d.path, good, QStringLiteral("--org"),
                  QStringLiteral("P99") })
              .exitCode
        == 2);
    CHECK(d.members() == members + 1);
    CHECK(d.events() == events);
}

TEST_CASE("import-members: an unknown 工作岗位 keeps the row with a warning; --map-value chooses its code",
    "[roster][cli]")
{
    Database d;
    const qint64 members = d.members();
    // 企业管理人员 is the label of two job posts: the row is imported without it.
    const QString file = rosterCsv(d, QStringLiteral("岗位.csv"), 0, s(u"企业管理人员"));
    const Run run = cli({ QStringLiteral("import-members"), d.path, file, QStringLiteral("--org"),
        QStringLiteral("P01.02") });
    INFO(str(run.err));
    CHECK(run.exitCode == 0);
    CHECK(d.members() == members + 1);
    // The row, the value, the codes to choose from, and how to choose.
    CHECK(run.err.contains(QStringLiteral("岗位.csv:2: warning:")));
    CHECK(run.err.contains(s(u"企业管理人员")));
    CHECK(run.err.contains(s(u"014")));
    CHECK(run.err.contains(s(u"021")));
    CHECK(run.err.contains(QStringLiteral("--map-value")));
    CHECK(run.err.contains(s(u"0111 公务员")));  // the accepted values

    const Run json = cli({ QStringLiteral("import-members"), d.path, file, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    CHECK(json.exitCode == 0);
    const QJsonArray unknown = json.json()[QStringLiteral("unknownValues")].toArray();
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0][QStringLiteral("item")].toString() == s(u"工作岗位"));
    CHECK(unknown[0][QStringLiteral("value")].toString() == s(u"企业管理人员"));
    CHECK(unknown[0][QStringLiteral("rows")].toInt() == 1);
    CHECK(unknown[0][QStringLiteral("code")].isNull());

    // A code chosen (by its label path's last label or the code): used, and remembered.
    const Run mapped = cli(
        { QStringLiteral("import-members"), d.path, file, QStringLiteral("--org"), QStringLiteral("P01.02"),
            QStringLiteral("--map-value"), s(u"工作岗位:企业管理人员=021"), QStringLiteral("--json") });
    INFO(str(mapped.err));
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.json()[QStringLiteral("updated")].toInt() == 1);
    CHECK(mapped.json()[QStringLiteral("warningRows")].toArray().isEmpty());
    const Run remembered = cli({ QStringLiteral("import-members"), d.path, file, QStringLiteral("--org"),
        QStringLiteral("P01.02"), QStringLiteral("--json") });
    CHECK(remembered.exitCode == 0);
    CHECK(remembered.json()[QStringLiteral("unchanged")].toInt() == 1);
    CHECK(remembered.json()[QStringLiteral("unknownValues")].toArray()[0][QStringLiteral("code")].toString()
        == QStringLiteral("021"));
    {
        auto db = test::openSignedIn(d.path);
        const auto qin = roster::MemberStore(*db).findByIdNumber(idFor(QDate(1990, 8, 8), 182));
        REQUIRE(qin);
        CHECK(str(qin->jobPost) == "021");
    }

    // A wrong choice is a usage error that lists the values.
    for (const QString& wrong : { s(u"工作岗位:企业管理人员=999"), s(u"籍贯:重庆=1"), s(u"企业管理人员") }) {
        const Run bad
            = cli({ QStringLiteral("import-members"), d.path, file, QStringLiteral("--map-value"), wrong });
        INFO(str(wrong));
        CHECK(bad.exitCode == 1);
    }
    CHECK(cli({ QStringLiteral("import-members"), d.path, file, QStringLiteral("--map-value"),
                  s(u"工作岗位:企业管理人员=999") })
              .err.contains(s(u"021 企业管理人员")));
}

TEST_CASE("import-members --create-orgs: a new office's .xls roster into an empty database", "[roster][cli]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("新办公室.redgrid"));
    test::createJiangbeiDatabase(db);
    const QString roster = dir.path(QStringLiteral("花名册.xls"));
    REQUIRE(QFile::copy(test::fixture(QStringLiteral("roster/roster_excel97.xls")), roster));

    // No organisation yet: every row rejected, and the branches named.
    const Run none = cli({ QStringLiteral("import-members"), db, roster });
    INFO(str(none.err));
    CHECK(none.exitCode == 3);
    CHECK(none.out.contains(QStringLiteral("0 new")));
    CHECK(none.err.contains(QStringLiteral("--create-orgs")));
    CHECK(none.err.contains(s(u"中共花园新村社区第一支部委员会 (2 row(s))")));
    CHECK(none.err.contains(s(u"中共花园新村社区第二支部委员会 (2 row(s))")));

    // The parent must exist.
    const Run noParent = cli({ QStringLiteral("import-members"), db, roster, QStringLiteral("--create-orgs"),
        s(u"中共花园新村社区委员会") });
    CHECK(noParent.exitCode == 2);

    // The committee first, then the branches below it with the members.
    const Run committee = cli({ QStringLiteral("orgs"), QStringLiteral("add"), db, QStringLiteral("--name"),
        s(u"中共花园新村社区委员会"), QStringLiteral("--kind"), s(u"党委") });
    REQUIRE(committee.exitCode == 0);
    const Run dry = cli({ QStringLiteral("import-members"), db, roster, QStringLiteral("--create-orgs"),
        QStringLiteral("P01"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    CHECK(dry.json()[QStringLiteral("inserted")].toInt() == 4);
    CHECK(dry.json()[QStringLiteral("createdOrgs")].toArray().size() == 2);
    CHECK(cli({ QStringLiteral("orgs"), QStringLiteral("list"), db, QStringLiteral("--json") })
              .json()[QStringLiteral("orgs")]
              .toArray()
              .size()
        == 1);

    const Run imported = cli({ QStringLiteral("import-members"), db, roster, QStringLiteral("--create-orgs"),
        s(u"中共花园新村社区委员会") });
    INFO(str(imported.err));
    CHECK(imported.exitCode == 3);  // 王五's ID number was typed as a number
    CHECK(imported.out.contains(QStringLiteral("4 new")));
    CHECK(imported.out.contains(QStringLiteral("2 organisation(s) set up")));
    CHECK(imported.err.contains(QStringLiteral("花名册.xls:7:")));
    CHECK(imported.err.contains(QStringLiteral("Excel")));
    const QJsonArray orgs
        = cli({ QStringLiteral("orgs"), QStringLiteral("list"), db, QStringLiteral("--json") })
              .json()[QStringLiteral("orgs")]
              .toArray();
    REQUIRE(orgs.size() == 3);
    CHECK(orgs[1][QStringLiteral("name")].toString() == s(u"中共花园新村社区第一支部委员会"));
    CHECK(orgs[1][QStringLiteral("kind")].toString() == QStringLiteral("branch"));
    CHECK(orgs[1][QStringLiteral("parentCode")].toString() == QStringLiteral("P01"));
    CHECK(orgs[1][QStringLiteral("members")].toInt() == 2);
    CHECK(orgs[2][QStringLiteral("members")].toInt() == 2);
    const Run search = cli({ QStringLiteral("members"), db, QStringLiteral("--search"), QStringLiteral("zs"),
        QStringLiteral("--json") });
    CHECK(memberNames(search.json()) == list({ u"张三" }));
}

TEST_CASE("export-members writes the national layout, masked unless --unmasked", "[roster][cli]")
{
    Database d;
    const QString out = d.file(QStringLiteral("汇总表.csv"));
    const Run run = cli({ QStringLiteral("export-members"), d.path, QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--layout"), QStringLiteral("national"),
        QStringLiteral("--out"), out, QStringLiteral("--json") });
    INFO(str(run.err));
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()[QStringLiteral("rows")].toInt() == 6);
    CHECK(run.json()[QStringLiteral("masked")].toBool());
    const QList<QStringList> table = readTable(out);
    REQUIRE(table.size() == 7);
    CHECK(table[0] == nationalHeader());
    int zhang = -1;
    for (int i = 1; i < table.size(); ++i)
        if (table[i].value(1) == s(u"张三"))
            zhang = i;
    REQUIRE(zhang > 0);
    CHECK(str(table[zhang].value(3))
        == str(d.zhangId.left(6) + QStringLiteral("********") + d.zhangId.right(4)));
    CHECK(str(table[zhang].value(12)) == "138****5678");
    CHECK(str(table[zhang].value(2)) == str(Branch1));
    CHECK_FALSE(test::readBytes(out).contains(d.zhangId.toUtf8()));

    // --unmasked, one organisation, xlsx with the suffix added.
    const Run full = cli({ QStringLiteral("export-members"), d.path, QStringLiteral("--org"),
        QStringLiteral("P01.01"), QStringLiteral("--unmasked"), QStringLiteral("--out"),
        d.file(QStringLiteral("第一支部")), QStringLiteral("--json") });
    REQUIRE(full.exitCode == 0);
    CHECK_FALSE(full.json()[QStringLiteral("masked")].toBool());
    CHECK(full.json()[QStringLiteral("rows")].toInt() == 4);
    const QString xlsx = d.file(QStringLiteral("第一支部.xlsx"));
    REQUIRE(QFile::exists(xlsx));
    const QList<QStringList> unmasked = readTable(xlsx);
    REQUIRE(unmasked.size() == 5);
    bool found = false;
    for (const QStringList& row : unmasked)
        found = found || (row.value(3) == d.zhangId && row.value(12) == QStringLiteral("13812345678"));
    CHECK(found);

    // The full layout has more columns.
    const QString wide = d.file(QStringLiteral("full.csv"));
    REQUIRE(cli({ QStringLiteral("export-members"), d.path, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--layout"), QStringLiteral("full"), QStringLiteral("--out"), wide })
                .exitCode
        == 0);
    CHECK(readTable(wide).first().size() > 21);

    CHECK(cli({ QStringLiteral("export-members"), d.path, QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--out"), out })
              .exitCode
        == 1);
    CHECK(cli({ QStringLiteral("export-members"), d.path }).exitCode == 1);  // --out is required
    CHECK(cli({ QStringLiteral("export-members"), d.path, QStringLiteral("--layout"), QStringLiteral("wide"),
                  QStringLiteral("--out"), out })
              .exitCode
        == 1);
}

TEST_CASE("info counts organisations and members", "[roster][cli]")
{
    Database d;
    const Run run = cli({ QStringLiteral("info"), d.path, QStringLiteral("--json") });
    INFO(str(run.err));
    REQUIRE(run.exitCode == 0);
    const QJsonObject counts = run.json()[QStringLiteral("counts")].toObject();
    CHECK(counts[QStringLiteral("organisations")].toInt() == 3);
    CHECK(counts[QStringLiteral("members")].toInt() == 6);
    CHECK(counts[QStringLiteral("memberRecords")].toInt() == 6);
    CHECK(counts[QStringLiteral("grids")].toInt() == 1);

    const Run text = cli({ QStringLiteral("info"), d.path });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Party organisations:")));
    CHECK(text.out.contains(QStringLiteral("Party members:")));
}

TEST_CASE("bench-roster imports its roster beside the sqlite3 shell, once or several times", "[cli][roster]")
{
    test::TempDir dir;
    const auto once
        = test::runCli({ QStringLiteral("bench-roster"), QStringLiteral("--rows"), QStringLiteral("1500"),
            QStringLiteral("--dir"), dir.path(QStringLiteral("one")), QStringLiteral("--json") });
    INFO(str(once.err));
    REQUIRE(once.exitCode == 0);
    const QJsonObject one = once.json();
    CHECK(one.value(QStringLiteral("rounds")).toInt() == 1);
    CHECK(one.value(QStringLiteral("inserted")).toInt() == 1500);
    CHECK(one.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(one.value(QStringLiteral("throughputRatio")).toDouble() > 0);
    CHECK(one.value(QStringLiteral("searchQueries")).toInt() > 0);

    // Each round starts from new files: the second import inserts every row again.
    const auto twice = test::runCli({ QStringLiteral("bench-roster"), QStringLiteral("--rows"),
        QStringLiteral("1500"), QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--dir"),
        dir.path(QStringLiteral("three")) });
    INFO(str(twice.err));
    REQUIRE(twice.exitCode == 0);
    CHECK(twice.out.count(QStringLiteral("round ")) == 3);
    CHECK(twice.out.contains(QStringLiteral("(1500 inserted, 0 rejected)")));
    CHECK(twice.out.contains(QStringLiteral("the median of 3 rounds")));

    const auto bad
        = test::runCli({ QStringLiteral("bench-roster"), QStringLiteral("--repeat"), QStringLiteral("0") });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("--repeat")));
}

TEST_CASE("No output option writes over the database, its journal files or the command's input",
    "[roster][cli][files]")
{
    Database d;
    const QString input = rosterCsv(d, QStringLiteral("mixed.csv"), 2);
    const QByteArray inputBytes = test::readBytes(input);
    const qint64 members = d.members();

    // The same files under other names: relative with ./, through a symbolic link, a hard link.
    const QString folder = QFileInfo(d.path).absolutePath();
    REQUIRE(QFile::link(d.path, d.file(QStringLiteral("link.redgrid"))));
    REQUIRE(QFile::link(input, d.file(QStringLiteral("link.csv"))));
    REQUIRE(::link(QFile::encodeName(d.path).constData(),
                QFile::encodeName(d.file(QStringLiteral("hard.redgrid"))).constData())
        == 0);
    struct Target
    {
        QString path;
        const char* refusal;
    };
    const QList<Target> databaseFiles {
        { d.path, "open database" },
        { folder + QStringLiteral("/./") + QFileInfo(d.path).fileName(), "open database" },
        { d.file(QStringLiteral("link.redgrid")), "open database" },
        { d.file(QStringLiteral("hard.redgrid")), "open database" },
        { d.path + QStringLiteral("-wal"), "journal file" },
        { d.path + QStringLiteral("-shm"), "journal file" },
        { d.path + QStringLiteral("-journal"), "journal file" },
    };
    const QList<Target> inputFiles {
        { input, "being read" },
        { d.file(QStringLiteral("sub/../mixed.csv")), "being read" },
        { d.file(QStringLiteral("link.csv")), "being read" },
    };
    QDir(folder).mkpath(QStringLiteral("sub"));

    const auto refused = [&](const QStringList& arguments, const Target& target) {
        const Run run = cli(arguments);
        INFO(str(arguments.join(QLatin1Char(' '))) << "\n" << str(run.out) << str(run.err));
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String(target.refusal)));
        // Nothing lost: the database opens with every member, the input is as it was.
        CHECK(d.members() == members);
        CHECK(test::readBytes(input) == inputBytes);
    };
    for (const Target& target : databaseFiles + inputFiles) {
        refused({ QStringLiteral("import-members"), d.path, input, QStringLiteral("--org"),
                    QStringLiteral("P01.02"), QStringLiteral("--rejects"), target.path },
            target);
        refused({ QStringLiteral("import-members"), d.path, input, QStringLiteral("--org"),
                    QStringLiteral("P01.02"), QStringLiteral("--dry-run"), QStringLiteral("--rejects"),
                    target.path },
            target);
    }
    for (const Target& target : databaseFiles) {
        refused({ QStringLiteral("export-members"), d.path, QStringLiteral("--out"), target.path }, target);
        refused({ QStringLiteral("export-members"), d.path, QStringLiteral("--unmasked"),
                    QStringLiteral("--out"), target.path },
            target);
        refused({ QStringLiteral("audit"), QStringLiteral("export"), d.path, QStringLiteral("--out"),
                    target.path },
            target);
    }
    // No file of those names was left behind, and the real outputs still work.
    CHECK_FALSE(QFileInfo::exists(d.path + QStringLiteral("-journal")));
    const QString rejects = d.file(QStringLiteral("rejects.csv"));
    CHECK(cli({ QStringLiteral("import-members"), d.path, input, QStringLiteral("--org"),
                  QStringLiteral("P01.02"), QStringLiteral("--rejects"), rejects })
              .exitCode
        == 3);
    CHECK(QFileInfo::exists(rejects));
    CHECK(cli({ QStringLiteral("export-members"), d.path, QStringLiteral("--out"),
                  d.file(QStringLiteral("out.xlsx")) })
              .exitCode
        == 0);
}
