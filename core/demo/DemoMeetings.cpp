#include "DemoMeetings.h"

#include "meetings/MeetingBulkLoad.h"
#include "meetings/MeetingStore.h"
#include "organisation/OrgStore.h"

namespace redgrid::demo {

using namespace meetings;

namespace {

const QStringList Topics { QStringLiteral("学习《中国共产党支部工作条例（试行）》"),
    QStringLiteral("学习党的二十大精神"), QStringLiteral("学习《中国共产党章程》"),
    QStringLiteral("社区网格化治理工作部署"), QStringLiteral("志愿服务：清洁家园"),
    QStringLiteral("走访慰问困难党员"), QStringLiteral("讨论支部年度工作计划"),
    QStringLiteral("开展“我为群众办实事”活动") };
const QStringList Places { QStringLiteral("社区党群服务中心会议室"), QStringLiteral("社区党员活动室"),
    QStringLiteral("小区党群驿站") };

struct Planner
{
    DemoRandom& random;
    QDate today;
    QList<AttendanceLine> sheet;

    // A day of `month` between `from` and `to`, never after today; nothing if the month has not
    // reached `from` yet.
    std::optional<QDate> dayIn(int year, int month, int from, int to)
    {
        const QDate first(year, month, 1);
        const QDate day(year, month, std::min(random.between(from, to), first.daysInMonth()));
        if (day > today)
            return std::nullopt;
        return day;
    }

    Meeting meeting(const RecordId& org, MeetingType type, const QDate& day, bool quorumFails = false)
    {
        Meeting m;
        m.orgId = org;
        m.kind = MeetingKind::of(type);
        m.heldOn = day;
        m.startsAt = QStringLiteral("%1:30").arg(random.between(9, 15), 2, 10, QLatin1Char('0'));
        m.place = random.pick(Places);
        m.topic = random.pick(Topics);
        m.attendance = sheet;
        for (AttendanceLine& line : m.attendance) {
            if (line.attendance == Attendance::Mobile)
                continue;
            if (quorumFails && line.hasVote && random.chance(0.7))
                line.attendance = Attendance::PersonalLeave;
            else if (random.chance(0.08))
                line.attendance = random.pick(QList<Attendance> {
                    Attendance::SickLeave, Attendance::PersonalLeave, Attendance::OfficialDuty });
            else if (random.chance(0.02))
                line.attendance = Attendance::Late;
        }
        if (!m.attendance.isEmpty()) {
            m.chair = m.attendance.first().memberName;
            m.recorder = m.attendance.last().memberName;
        }
        return m;
    }
};

}  // namespace

QString DemoMeetings::description() const
{
    return tr("meetings of organisational life");
}

Status DemoMeetings::build(DemoContext& context)
{
    DemoRandom random = context.random.fork(6);
    const QDate today = QDate::currentDate();
    const int year = today.year();
    MeetingBulkLoad load(context.db);
    for (const organisation::PartyOrg& org : organisation::OrgStore(context.db).tree()) {
        using organisation::OrgKind;
        const bool isGroup = org.kind == OrgKind::Group;
        const bool isBranch = org.kind == OrgKind::Branch || org.kind == OrgKind::JointBranch
            || org.kind == OrgKind::FunctionalBranch || org.kind == OrgKind::TemporaryBranch;
        if (!isGroup && !isBranch)
            continue;
        Planner plan { random, today, MeetingStore(context.db).defaultAttendance(org.id) };
        if (plan.sheet.isEmpty())
            continue;
        const auto hold = [&](MeetingType type, std::optional<QDate> day, bool quorumFails = false) {
            if (day)
                load.add(plan.meeting(org.id, type, *day, quorumFails));
        };
        if (isGroup) {
            for (int month = 1; month <= 12; ++month)
                if (!random.chance(0.05))
                    hold(MeetingType::GroupMeeting, plan.dayIn(year, month, 8, 25));
            continue;
        }
        const int skippedLecture = random.chance(0.15) ? random.between(1, 4) : 0;  // a quarter's 党课 missed
        for (int month = 1; month <= 12; ++month) {
            hold(MeetingType::ThemeDay, plan.dayIn(year, month, 1, 15));
            if (org.hasCommittee && !random.chance(0.04))
                hold(MeetingType::CommitteeMeeting, plan.dayIn(year, month, 2, 10));
            const int quarter = (month - 1) / 3 + 1;
            if (month % 3 == 2 && quarter != skippedLecture)
                hold(MeetingType::PartyLecture, plan.dayIn(year, month, 10, 25));
            if (month % 3 == 0)
                hold(MeetingType::GeneralMeeting, plan.dayIn(year, month, 18, 28), random.chance(0.04));
        }
        hold(MeetingType::LifeMeeting, plan.dayIn(year, 1, 16, 22));
        hold(MeetingType::Appraisal, plan.dayIn(year, 1, 23, 28));
    }
    load.finish(QStringLiteral("demo"));
    return Status::success();
}

}  // namespace redgrid::demo
