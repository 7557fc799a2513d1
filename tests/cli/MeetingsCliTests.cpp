// redgrid-cli meetings (issue 25 §4): a meeting recorded with every field of the form, its
// attendance given as the exceptions to "all present", corrected, listed, shown, removed; an
// invalid meeting saved with its figures; wrong arguments refused with their exit statuses.
// On the small demo district (whose own meetings are this year's: the tests record theirs in
// 2025), read back through the command's JSON.
#include "CliRun.h"
#include "support/TestSupport.h"

#include <QDate>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::CliRun;

namespace {

struct MeetingsDemo
{
    test::TempDir dir;
    QString db = dir.path(QStringLiteral("会议.redgrid"));
    QHash<QString, QString> environment { { QStringLiteral("XDG_DATA_HOME"),
        dir.path(QStringLiteral("data")) } };
    QString branch;
    int members = 0;

    MeetingsDemo()
    {
        REQUIRE(
            test::runCli({ QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") },
                environment)
                .exitCode
            == 0);
        const CliRun orgs
            = run({ QStringLiteral("orgs"), QStringLiteral("list"), db, QStringLiteral("--json") });
        REQUIRE(orgs.exitCode == 0);
        for (const QJsonValue& value : orgs.json().value(QStringLiteral("orgs")).toArray()) {
            const QJsonObject org = value.toObject();
            if (org.value(QStringLiteral("kind")).toString() == QLatin1String("branch")
                && org.value(QStringLiteral("members")).toInt() > members) {
                branch = org.value(QStringLiteral("code")).toString();
                members = org.value(QStringLiteral("members")).toInt();
            }
        }
        REQUIRE(members >= 6);
    }
    CliRun run(const QStringList& arguments) { return test::runCli(arguments, environment); }
    CliRun meetings(const QString& action, const QStringList& more)
    {
        return run(QStringList { QStringLiteral("meetings"), action, db } + more);
    }
};

QJsonArray sheetOf(const CliRun& run)
{
    return run.json().value(QStringLiteral("attendance")).toArray();
}

int count(const QJsonArray& sheet, const std::function<bool(const QJsonObject&)>& test)
{
    int n = 0;
    for (const QJsonValue& line : sheet)
        n += test(line.toObject()) ? 1 : 0;
    return n;
}

bool voting(const QJsonObject& line)
{
    const QString kind = line.value(QStringLiteral("attendance")).toString();
    return line.value(QStringLiteral("has_vote")).toBool() && kind != QLatin1String("mobile")
        && kind != QLatin1String("exempt");
}

}  // namespace

TEST_CASE("meetings add, edit, list, show and remove a branch general meeting", "[cli][meetings]")
{
    MeetingsDemo demo;
    const CliRun added = demo.meetings(QStringLiteral("add"),
        { QStringLiteral("--org"), demo.branch, QStringLiteral("--type"), QStringLiteral("支部党员大会"),
            QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--start"),
            QStringLiteral("14:30"), QStringLiteral("--end"), QStringLiteral("16:00"),
            QStringLiteral("--place"), QStringLiteral("党群服务中心二楼会议室"), QStringLiteral("--chair"),
            QStringLiteral("王书记"), QStringLiteral("--recorder"), QStringLiteral("李委员"),
            QStringLiteral("--topic"), QStringLiteral("确定发展对象"), QStringLiteral("--summary"),
            QStringLiteral("学习支部工作条例第十一条"), QStringLiteral("--resolutions"),
            QStringLiteral("同意确定张某为发展对象"), QStringLiteral("--attachment"),
            QStringLiteral("/home/shuji/签到表.jpg"), QStringLiteral("--motion-in-favour"),
            QStringLiteral("3"), QStringLiteral("--json") });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject meeting = added.json();
    const QString id = meeting.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(meeting.value(QStringLiteral("type")).toString() == QStringLiteral("general_meeting"));
    CHECK(meeting.value(QStringLiteral("name")).toString() == QStringLiteral("支部党员大会"));
    CHECK(meeting.value(QStringLiteral("place")).toString() == QStringLiteral("党群服务中心二楼会议室"));
    CHECK(meeting.value(QStringLiteral("attachments")).toArray().first().toString()
        == QStringLiteral("/home/shuji/签到表.jpg"));
    // All present by default: every member of the branch and its groups on the sheet.
    const QJsonArray sheet = sheetOf(added);
    CHECK(sheet.size() == demo.members);
    const int base = count(sheet, voting);
    REQUIRE(base >= 4);
    const QJsonObject quorum = meeting.value(QStringLiteral("quorum")).toObject();
    CHECK(quorum.value(QStringLiteral("should_attend")).toInt() == base);
    CHECK(quorum.value(QStringLiteral("attended")).toInt() == base);
    CHECK(quorum.value(QStringLiteral("needed")).toInt() == base / 2 + 1);
    CHECK(meeting.value(QStringLiteral("valid")).toBool());
    CHECK(meeting.value(QStringLiteral("motion")).toObject().value(QStringLiteral("passed")).toBool()
        == (3 > base / 2));

    // The exceptions, by member id: one on sick leave with a note, one late.
    QStringList voters;
    for (const QJsonValue& line : sheet)
        if (voting(line.toObject()))
            voters.append(line.toObject().value(QStringLiteral("member_id")).toString());
    const CliRun edited = demo.meetings(QStringLiteral("edit"),
        { id, QStringLiteral("--attendance"), voters.at(0) + QStringLiteral("=病假"),
            QStringLiteral("--note"), voters.at(0) + QStringLiteral("=住院"), QStringLiteral("--attendance"),
            voters.at(1) + QStringLiteral("=late"), QStringLiteral("--topic"),
            QStringLiteral("确定发展对象（更正）"), QStringLiteral("--json") });
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json().value(QStringLiteral("id")).toString() == id);
    CHECK(edited.json().value(QStringLiteral("topic")).toString() == QStringLiteral("确定发展对象（更正）"));
    CHECK(
        edited.json().value(QStringLiteral("place")).toString() == QStringLiteral("党群服务中心二楼会议室"));
    CHECK(edited.json().value(QStringLiteral("quorum")).toObject().value(QStringLiteral("attended")).toInt()
        == base - 1);
    const QJsonArray editedSheet = sheetOf(edited);
    CHECK(count(editedSheet, [&](const QJsonObject& line) {
        return line.value(QStringLiteral("member_id")).toString() == voters.at(0)
            && line.value(QStringLiteral("attendance")).toString() == QLatin1String("sick_leave")
            && line.value(QStringLiteral("note")).toString() == QStringLiteral("住院");
    }) == 1);
    CHECK(count(editedSheet, [](const QJsonObject& line) {
        return line.value(QStringLiteral("attendance")).toString() == QLatin1String("late");
    }) == 1);

    // Most voters away: saved, but invalid, and said so.
    QStringList away;
    for (int i = 1; i < voters.size(); ++i)
        away << QStringLiteral("--attendance") << voters.at(i) + QStringLiteral("=事假");
    const CliRun invalid = demo.meetings(QStringLiteral("edit"), QStringList { id } + away);
    INFO(invalid.err.toStdString());
    CHECK(invalid.exitCode == 0);
    CHECK(invalid.out.contains(QStringLiteral("INVALID")));
    CHECK(invalid.out.contains(QStringLiteral("not more than half")));

    const CliRun listed = demo.meetings(QStringLiteral("list"),
        { QStringLiteral("--org"), demo.branch, QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray meetings = listed.json().value(QStringLiteral("meetings")).toArray();
    REQUIRE(meetings.size() == 1);
    CHECK_FALSE(meetings.first().toObject().value(QStringLiteral("valid")).toBool());
    CHECK(demo.meetings(QStringLiteral("list"),
                  { QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--json") })
              .json()
              .value(QStringLiteral("meetings"))
              .toArray()
              .isEmpty());
    const CliRun shown = demo.meetings(QStringLiteral("show"), { id });
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("住院")));
    CHECK(shown.out.contains(QStringLiteral("病假")));

    CHECK(demo.meetings(QStringLiteral("remove"), { id }).exitCode == 0);
    CHECK(demo.meetings(QStringLiteral("list"),
                  { QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json") })
              .json()
              .value(QStringLiteral("meetings"))
              .toArray()
              .isEmpty());
    CHECK(demo.meetings(QStringLiteral("show"), { id }).exitCode == 2);
}

TEST_CASE("meetings: a heart talk between two people; wrong arguments and rules refused", "[cli][meetings]")
{
    MeetingsDemo demo;
    const CliRun first = demo.meetings(QStringLiteral("add"),
        { QStringLiteral("--org"), demo.branch, QStringLiteral("--type"), QStringLiteral("theme_day"),
            QStringLiteral("--date"), QStringLiteral("2025-05-20"), QStringLiteral("--json") });
    REQUIRE(first.exitCode == 0);
    const QJsonArray sheet = sheetOf(first);
    const QString a = sheet.at(0).toObject().value(QStringLiteral("member_id")).toString();
    const QString b = sheet.at(1).toObject().value(QStringLiteral("member_id")).toString();

    const CliRun talk = demo.meetings(QStringLiteral("add"),
        { QStringLiteral("--org"), demo.branch, QStringLiteral("--type"), QStringLiteral("谈心谈话"),
            QStringLiteral("--date"), QStringLiteral("2025-06-02"), QStringLiteral("--talk"), a,
            QStringLiteral("--talk"), b, QStringLiteral("--json") });
    INFO(talk.err.toStdString());
    REQUIRE(talk.exitCode == 0);
    CHECK(talk.json().value(QStringLiteral("talk")).toArray() == QJsonArray { a, b });
    CHECK(sheetOf(talk).isEmpty());

    const QStringList base { QStringLiteral("--org"), demo.branch, QStringLiteral("--date"),
        QStringLiteral("2025-05-21") };
    CHECK(demo.meetings(QStringLiteral("add"), base).exitCode == 1);  // no --type
    CHECK(demo.meetings(QStringLiteral("add"),
                  base + QStringList { QStringLiteral("--type"), QStringLiteral("开大会") })
              .exitCode
        == 1);
    CHECK(demo.meetings(QStringLiteral("gather"), {}).exitCode == 1);
    CHECK(demo.meetings(QStringLiteral("edit"), {}).exitCode == 1);  // no id
    const CliRun future = demo.meetings(QStringLiteral("add"),
        { QStringLiteral("--org"), demo.branch, QStringLiteral("--type"), QStringLiteral("party_lecture"),
            QStringLiteral("--date"), QDate::currentDate().addDays(3).toString(Qt::ISODate) });
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(QStringLiteral("after today")));
    const CliRun stranger = demo.meetings(QStringLiteral("add"),
        base
            + QStringList { QStringLiteral("--type"), QStringLiteral("党课"), QStringLiteral("--attendance"),
                QStringLiteral("查无此人=病假") });
    CHECK(stranger.exitCode == 2);
    CHECK(stranger.err.contains(QStringLiteral("查无此人")));
    CHECK(demo.meetings(QStringLiteral("list"),
                  { QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json") })
              .json()
              .value(QStringLiteral("meetings"))
              .toArray()
              .size()
        == 2);

    // What is due on 2025-06-25 below the branch: Q2's 党课 within its last week; May's 主题党日
    // was held. Exit 0 with items or without.
    const CliRun due = demo.run({ QStringLiteral("due"), demo.db, QStringLiteral("--scope"), demo.branch,
        QStringLiteral("--date"), QStringLiteral("2025-06-25"), QStringLiteral("--json") });
    REQUIRE(due.exitCode == 0);
    QHash<QString, QString> severities;
    for (const QJsonValue& value : due.json().value(QStringLiteral("items")).toArray())
        if (value.toObject().value(QStringLiteral("org")).toString() == demo.branch)
            severities.insert(value.toObject().value(QStringLiteral("title")).toString(),
                value.toObject().value(QStringLiteral("severity")).toString());
    CHECK(severities.value(QStringLiteral("党课 (2025 Q2)")) == QStringLiteral("due"));
    CHECK(severities.value(QStringLiteral("主题党日 (2025-04)")) == QStringLiteral("overdue"));
    CHECK_FALSE(severities.contains(QStringLiteral("主题党日 (2025-05)")));
    CHECK(demo.run({ QStringLiteral("due"), demo.db, QStringLiteral("--date"), QStringLiteral("2026-13-01") })
              .exitCode
        == 1);

    // A grid worker may not read or record meetings: refused for lack of permission, exit 4.
    QHash<QString, QString> worker = demo.environment;
    worker.insert(QStringLiteral("REDGRID_NEW_PASSWORD"), QStringLiteral("Secret-2026x"));
    const CliRun orgs
        = demo.run({ QStringLiteral("orgs"), QStringLiteral("list"), demo.db, QStringLiteral("--json") });
    QString grid;
    for (const QJsonValue& value : orgs.json().value(QStringLiteral("orgs")).toArray())
        if (value.toObject().value(QStringLiteral("code")).toString() == demo.branch)
            grid = value.toObject()
                       .value(QStringLiteral("covers"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QStringLiteral("code"))
                       .toString();
    REQUIRE_FALSE(grid.isEmpty());
    REQUIRE(test::runCli(
                { QStringLiteral("users"), QStringLiteral("add"), demo.db, QStringLiteral("wanggeyuan"),
                    QStringLiteral("--role"), QStringLiteral("grid_worker"), QStringLiteral("--area"), grid },
                worker)
                .exitCode
        == 0);
    worker.insert(QStringLiteral("REDGRID_USER"), QStringLiteral("wanggeyuan"));
    worker.insert(QStringLiteral("REDGRID_PASSWORD"), QStringLiteral("Secret-2026x"));
    CHECK(
        test::runCli({ QStringLiteral("meetings"), QStringLiteral("list"), demo.db }, worker).exitCode == 4);
    const CliRun refused
        = test::runCli({ QStringLiteral("meetings"), QStringLiteral("add"), demo.db, QStringLiteral("--org"),
                           demo.branch, QStringLiteral("--type"), QStringLiteral("党课"),
                           QStringLiteral("--date"), QStringLiteral("2025-05-22") },
            worker);
    CHECK(refused.exitCode == 4);
}
