// The rules of organisational life (core/meetings) against cases worked out by hand: meeting
// types and attendance words, the quorum and majority of 支部工作条例 Arts. 11–12 at every
// boundary, the required counts, the compliance matrix over month, quarter and year edges, the
// 6-month absence flag of 党章 Art. 9 and the one-third cap on 优秀 in 民主评议.
#include "common/Utf16.h"
#include "meetings/AbsenceFlag.h"
#include "meetings/AppraisalGrades.h"
#include "meetings/Attendance.h"
#include "meetings/Compliance.h"
#include "meetings/MeetingRequirements.h"
#include "meetings/MeetingType.h"
#include "meetings/Quorum.h"

#include <catch2/catch.hpp>

#include <string>

using namespace redgrid;
using namespace redgrid::meetings;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

// A 支部党员大会's sheet: `present` voting members present, then each other kind of line.
struct Sheet
{
    int present = 0;
    int absent = 0;  // voting members away with a reason that keeps them in 应到 (病假)
    int exempt = 0;  // voting members 免于参加
    int mobile = 0;  // voting members 流动在外
    int probationaryPresent = 0;
    int probationaryAbsent = 0;

    QList<Participant> participants() const
    {
        QList<Participant> lines;
        for (int i = 0; i < present; ++i)
            lines.append({ true, Attendance::Present });
        for (int i = 0; i < absent; ++i)
            lines.append({ true, Attendance::SickLeave });
        for (int i = 0; i < exempt; ++i)
            lines.append({ true, Attendance::Exempt });
        for (int i = 0; i < mobile; ++i)
            lines.append({ true, Attendance::Mobile });
        for (int i = 0; i < probationaryPresent; ++i)
            lines.append({ false, Attendance::Present });
        for (int i = 0; i < probationaryAbsent; ++i)
            lines.append({ false, Attendance::Absent });
        return lines;
    }
};

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

// The states of a row's cells as keys joined by spaces: "held missing due_now …".
std::string states(const ComplianceRow& row)
{
    QStringList keys;
    for (const ComplianceCell& cell : row.cells)
        keys << cellStateKey(cell.state);
    return str(keys.join(QLatin1Char(' ')));
}

Requirement required(MeetingType type, Frequency frequency, int count = 1)
{
    return { type, frequency, count, QStringLiteral("test"), false };
}

// A member absent without a reason at one meeting on the 10th of each month in [from, to].
QList<AttendanceRecord> missedMonths(QDate from, QDate to)
{
    QList<AttendanceRecord> records;
    for (QDate month(from.year(), from.month(), 10); month <= to; month = month.addMonths(1))
        records.append({ month, Attendance::Absent });
    return records;
}

std::string monthsOf(const AbsenceRun& run)
{
    QStringList months;
    for (const QDate& month : run.months)
        months << month.toString(QStringLiteral("yyyy-MM"));
    return str(months.join(QLatin1Char(' ')));
}

}  // namespace

TEST_CASE("Meeting types: stable keys, official Chinese names, parsed from either", "[meetings]")
{
    QStringList keys;
    QStringList names;
    for (MeetingType type : allMeetingTypes()) {
        keys << meetingTypeKey(type);
        names << MeetingTypeNames::official(type);
    }
    CHECK(str(keys.join(QLatin1Char(',')))
        == "general_meeting,committee_meeting,group_meeting,party_lecture,theme_day,life_meeting,appraisal,"
           "heart_talk,other");
    CHECK(names.join(QLatin1Char(','))
        == s(u"支部党员大会,支委会,党小组会,党课,主题党日,组织生活会,民主评议,谈心谈话,其他"));

    CHECK(meetingTypeFromKey(u"theme_day") == MeetingType::ThemeDay);
    CHECK_FALSE(meetingTypeFromKey(u"Theme_Day"));  // keys are exact
    CHECK_FALSE(meetingTypeFromKey(u""));
    CHECK(MeetingTypeNames::parse(s(u"支委会")) == MeetingType::CommitteeMeeting);
    CHECK(MeetingTypeNames::parse(s(u" 支部委员会会议 ")) == MeetingType::CommitteeMeeting);
    CHECK(MeetingTypeNames::parse(s(u"党员大会")) == MeetingType::GeneralMeeting);
    CHECK(MeetingTypeNames::parse(s(u"民主评议党员")) == MeetingType::Appraisal);
    CHECK(MeetingTypeNames::parse(QStringLiteral("party_lecture")) == MeetingType::PartyLecture);
    CHECK(
        MeetingTypeNames::parse(QStringLiteral("Party lecture")) == MeetingType::PartyLecture);  // the label
    CHECK_FALSE(MeetingTypeNames::parse(s(u"读书分享会")));  // a free name is not a type by itself
    CHECK_FALSE(MeetingTypeNames::parse(QStringLiteral("  ")));
    CHECK(str(MeetingTypeNames::label(MeetingType::GeneralMeeting)) == "Branch general meeting");
}

TEST_CASE("An other activity carries a free name; the types carry none", "[meetings]")
{
    const MeetingKind reading = MeetingKind::other(s(u" 读书分享会 "));
    CHECK(reading.type == MeetingType::Other);
    CHECK(reading.key() == QStringLiteral("other"));
    CHECK(reading.official() == s(u"读书分享会"));
    CHECK(reading.label() == s(u"读书分享会"));
    CHECK(reading.problem().isEmpty());

    CHECK_FALSE(MeetingKind::other(QStringLiteral("   ")).problem().isEmpty());
    const MeetingKind lecture = MeetingKind::of(MeetingType::PartyLecture);
    CHECK(lecture.official() == s(u"党课"));
    CHECK(lecture.problem().isEmpty());
    CHECK_FALSE(MeetingKind { MeetingType::PartyLecture, s(u"微党课") }.problem().isEmpty());
}

TEST_CASE("Attendance: keys, the 记录本's words, and who counts as absent", "[meetings]")
{
    QStringList keys;
    QStringList names;
    for (Attendance attendance : allAttendances()) {
        keys << attendanceKey(attendance);
        names << AttendanceNames::official(attendance);
    }
    CHECK(str(keys.join(QLatin1Char(',')))
        == "present,late,sick_leave,personal_leave,official_duty,mobile,exempt,absent");
    CHECK(names.join(QLatin1Char(',')) == s(u"出席,迟到,病假,事假,公差,流动在外,免于参加,缺席"));
    CHECK(AttendanceNames::parse(s(u"病假")) == Attendance::SickLeave);
    CHECK(AttendanceNames::parse(s(u"无故缺席")) == Attendance::Absent);
    CHECK(AttendanceNames::parse(QStringLiteral("official_duty")) == Attendance::OfficialDuty);
    CHECK(attendanceFromKey(u"exempt") == Attendance::Exempt);
    CHECK_FALSE(AttendanceNames::parse(s(u"请假")));

    CHECK(attended(Attendance::Late));
    CHECK_FALSE(attended(Attendance::OfficialDuty));
    CHECK(absentWithReason(Attendance::PersonalLeave));
    CHECK(absentWithReason(Attendance::Mobile));
    CHECK_FALSE(absentWithReason(Attendance::Absent));
    CHECK_FALSE(absentWithReason(Attendance::Present));
    CHECK(countsAsAbsent(Attendance::SickLeave));
    CHECK(countsAsAbsent(Attendance::Absent));
    CHECK_FALSE(countsAsAbsent(Attendance::Exempt));
    CHECK_FALSE(countsAsAbsent(Attendance::Mobile));
    CHECK_FALSE(countsAsAbsent(Attendance::Late));
}

TEST_CASE("More than half, in whole members", "[meetings]")
{
    CHECK(Quorum::moreThanHalf(0) == 1);
    CHECK(Quorum::moreThanHalf(1) == 1);
    CHECK(Quorum::moreThanHalf(2) == 2);
    CHECK(Quorum::moreThanHalf(3) == 2);
    CHECK(Quorum::moreThanHalf(7) == 4);
    CHECK(Quorum::moreThanHalf(8) == 5);
    CHECK(Quorum::moreThanHalf(50) == 26);
}

TEST_CASE("支部党员大会: more than half of the voting members attend (Art. 11)", "[meetings]")
{
    SECTION("8 voting members: 5 is more than half, 4 is not")
    {
        QuorumFigures f = Quorum::generalMeeting(Sheet { 5, 3 }.participants());
        CHECK(f.base == 8);
        CHECK(f.attended == 5);
        CHECK(f.needed == 5);
        CHECK(f.valid);
        CHECK(str(f.sentence()) == "8 should attend, 5 attended: more than half");
        f = Quorum::generalMeeting(Sheet { 4, 4 }.participants());
        CHECK(f.needed == 5);
        CHECK_FALSE(f.valid);
        CHECK(str(f.sentence()) == "8 should attend, 4 attended: not more than half, 5 needed");
    }
    SECTION("7 voting members: 4 is more than half, 3 is not")
    {
        CHECK(Quorum::generalMeeting(Sheet { 4, 3 }.participants()).valid);
        const QuorumFigures f = Quorum::generalMeeting(Sheet { 3, 4 }.participants());
        CHECK(f.base == 7);
        CHECK(f.needed == 4);
        CHECK_FALSE(f.valid);
    }
    SECTION("预备党员 have no vote: present or not, they are not counted")
    {
        // 8 正式党员, 4 of them present, and 3 预备党员 present: 4 of 8, not valid.
        QuorumFigures f = Quorum::generalMeeting(Sheet { 4, 4, 0, 0, 3, 0 }.participants());
        CHECK(f.base == 8);
        CHECK(f.attended == 4);
        CHECK_FALSE(f.valid);
        // 7 正式党员 with 4 present and 2 预备党员 absent: 4 of 7, valid.
        f = Quorum::generalMeeting(Sheet { 4, 3, 0, 0, 0, 2 }.participants());
        CHECK(f.base == 7);
        CHECK(f.valid);
    }
    SECTION("members exempt (Art. 23) or mobile are left out of 应到 by default")
    {
        // 8 voting: 4 present, 2 on sick leave, 2 exempt → 应到 6, 4 needed.
        const Sheet sheet { 4, 2, 2, 0 };
        QuorumFigures f = Quorum::generalMeeting(sheet.participants());
        CHECK(f.base == 6);
        CHECK(f.needed == 4);
        CHECK(f.leftOut == 2);
        CHECK(f.valid);
        CHECK(str(f.sentence())
            == "6 should attend, 4 attended: more than half (2 exempt or away not counted)");
        // A branch that has not decided so counts them: 4 of 8 is not more than half.
        f = Quorum::generalMeeting(sheet.participants(), { false, true });
        CHECK(f.base == 8);
        CHECK(f.leftOut == 0);
        CHECK_FALSE(f.valid);

        // 7 voting: 3 present, 1 sick, 1 exempt, 2 mobile → 应到 4, 3 needed.
        const Sheet away { 3, 1, 1, 2 };
        f = Quorum::generalMeeting(away.participants());
        CHECK(f.base == 4);
        CHECK(f.needed == 3);
        CHECK(f.leftOut == 3);
        CHECK(f.valid);
        // Mobile members counted, exempt not: 应到 6, 4 needed, 3 present.
        f = Quorum::generalMeeting(away.participants(), { true, false });
        CHECK(f.base == 6);
        CHECK(f.leftOut == 1);
        CHECK_FALSE(f.valid);
        CHECK(str(f.sentence())
            == "6 should attend, 3 attended: not more than half, 4 needed (1 exempt or away not counted)");
        // Neither left out: 3 of 7.
        f = Quorum::generalMeeting(away.participants(), { false, false });
        CHECK(f.base == 7);
        CHECK_FALSE(f.valid);
    }
    SECTION("a member who is late has attended; an exempt member who comes counts in both")
    {
        QList<Participant> lines = Sheet { 3, 3 }.participants();  // 3 of 6
        CHECK_FALSE(Quorum::generalMeeting(lines).valid);
        lines.append({ true, Attendance::Late });  // 4 of 7
        const QuorumFigures late = Quorum::generalMeeting(lines);
        CHECK(late.base == 7);
        CHECK(late.attended == 4);
        CHECK(late.valid);
        // The exemption is for those who cannot come: an exempt member who comes is marked present,
        // and is 应到 and 实到 alike.
        const QuorumFigures stayed = Quorum::generalMeeting(Sheet { 4, 0, 4 }.participants());
        CHECK(stayed.base == 4);
        CHECK(stayed.leftOut == 4);
        const QuorumFigures came = Quorum::generalMeeting(Sheet { 5, 0, 3 }.participants());
        CHECK(came.base == 5);
        CHECK(came.attended == 5);
        CHECK(came.leftOut == 3);
    }
    SECTION("nobody to attend: never valid")
    {
        QuorumFigures f = Quorum::generalMeeting({});
        CHECK(f.base == 0);
        CHECK(f.needed == 1);
        CHECK_FALSE(f.valid);
        CHECK(str(f.sentence()) == "nobody should attend: the meeting cannot be held");
        f = Quorum::generalMeeting(Sheet { 0, 0, 0, 0, 3, 0 }.participants());  // only 预备党员
        CHECK(f.base == 0);
        CHECK_FALSE(f.valid);
        f = Quorum::generalMeeting(Sheet { 0, 0, 2, 1 }.participants());  // everyone left out
        CHECK(f.base == 0);
        CHECK(f.leftOut == 3);
        CHECK_FALSE(f.valid);
    }
}

TEST_CASE("A motion needs more than half of those who should attend, not of those present", "[meetings]")
{
    // 8 should attend: 4 in favour (exactly half) fails, 5 passes.
    MotionFigures m = Quorum::motion(8, 4);
    CHECK(m.needed == 5);
    CHECK_FALSE(m.passed);
    CHECK(str(m.sentence())
        == "4 in favour, not more than half of the 8 with a vote who should attend (5 needed): not passed");
    m = Quorum::motion(8, 5);
    CHECK(m.passed);
    CHECK(str(m.sentence()) == "5 in favour, more than half of the 8 with a vote who should attend: passed");
    // 7 should attend: 3 fails, 4 passes.
    CHECK_FALSE(Quorum::motion(7, 3).passed);
    CHECK(Quorum::motion(7, 4).passed);

    // 5 of 8 present and 4 of them in favour: a majority of those present, not of 应到.
    const QuorumFigures meeting = Quorum::generalMeeting(Sheet { 5, 3 }.participants());
    REQUIRE(meeting.valid);
    CHECK_FALSE(Quorum::motion(meeting.base, 4).passed);
    CHECK(Quorum::motion(meeting.base, 5).passed);
    // With 2 exempt left out (应到 6), the same 4 votes pass.
    const QuorumFigures smaller = Quorum::generalMeeting(Sheet { 5, 1, 2 }.participants());
    CHECK(smaller.base == 6);
    CHECK(Quorum::motion(smaller.base, 4).passed);

    CHECK_FALSE(Quorum::motion(0, 0).passed);
    CHECK_FALSE(Quorum::motion(8, 9).passed);  // more votes than voters: a count that does not add up
}

TEST_CASE("支委会: more than half of the committee attend (Art. 12)", "[meetings]")
{
    // members → the fewest present that is valid.
    const std::pair<int, int> edges[] = { { 3, 2 }, { 4, 3 }, { 5, 3 }, { 7, 4 } };
    for (const auto& [members, fewest] : edges) {
        INFO(members << " committee members");
        const QuorumFigures enough = Quorum::committeeMeeting(members, fewest);
        CHECK(enough.base == members);
        CHECK(enough.needed == fewest);
        CHECK(enough.valid);
        CHECK_FALSE(Quorum::committeeMeeting(members, fewest - 1).valid);
        CHECK(Quorum::committeeMeeting(members, members).valid);
    }
    CHECK_FALSE(Quorum::committeeMeeting(4, 2).valid);  // exactly half
    CHECK_FALSE(Quorum::committeeMeeting(0, 0).valid);
    CHECK_FALSE(Quorum::committeeMeeting(3, 4).valid);  // more present than members

    // From the sheet: nobody is left out of a committee's base, an exempt 委员 included.
    const QuorumFigures sheet = Quorum::committeeMeeting({ Attendance::Present, Attendance::Late,
        Attendance::Exempt, Attendance::OfficialDuty, Attendance::Present });
    CHECK(sheet.base == 5);
    CHECK(sheet.attended == 3);
    CHECK(sheet.valid);
    CHECK(str(sheet.sentence()) == "5 should attend, 3 attended: more than half");
}

TEST_CASE("Required meetings: the defaults of §1.2, shaped by the organisation", "[meetings]")
{
    CHECK(MeetingRequirements::pairsAmong(0) == 0);
    CHECK(MeetingRequirements::pairsAmong(1) == 0);
    CHECK(MeetingRequirements::pairsAmong(3) == 3);
    CHECK(MeetingRequirements::pairsAmong(5) == 10);
    CHECK(MeetingRequirements::pairsAmong(7) == 21);

    const auto describe = [](const QList<Requirement>& requirements) {
        QStringList lines;
        for (const Requirement& r : requirements)
            lines << QStringLiteral("%1/%2/%3%4")
                         .arg(meetingTypeKey(r.type), frequencyKey(r.frequency))
                         .arg(r.count)
                         .arg(r.local ? QStringLiteral("/L") : QString());
        return str(lines.join(QLatin1Char(' ')));
    };

    const QList<Requirement> branch = MeetingRequirements::of({ false, true, 5 });
    CHECK(describe(branch)
        == "general_meeting/quarter/1 committee_meeting/month/1 party_lecture/quarter/1/L theme_day/month/1 "
           "life_meeting/year/1 appraisal/year/1 heart_talk/year/10");
    CHECK(branch.at(0).source.contains(s(u"第十一条")));
    CHECK(branch.at(0).source.contains(s(u"支部工作条例")));
    CHECK(branch.at(1).source.contains(s(u"第十二条")));
    CHECK(branch.at(3).source.contains(s(u"党员教育管理工作条例")));

    // Fewer than 7 正式党员: no committee, so no 支委会 and no talks between 支委.
    CHECK(describe(MeetingRequirements::of({ false, false, 0 }))
        == "general_meeting/quarter/1 party_lecture/quarter/1/L theme_day/month/1 life_meeting/year/1 "
           "appraisal/year/1");
    // A 党小组 holds its 党小组会.
    const QList<Requirement> group = MeetingRequirements::of({ true, false, 0 });
    CHECK(describe(group) == "group_meeting/month/1");
    CHECK(group.at(0).source.contains(s(u"第十三条")));

    // The settings change the figures; a count of 0 drops a type.
    RequirementSettings settings;
    settings.partyLectureFrequency = Frequency::Year;
    settings.partyLecturesPerPeriod = 4;
    settings.themeDaysPerMonth = 0;
    settings.talksPerCommitteePair = 2;
    CHECK(describe(MeetingRequirements::of({ false, true, 3 }, settings))
        == "general_meeting/quarter/1 committee_meeting/month/1 party_lecture/year/4/L life_meeting/year/1 "
           "appraisal/year/1 heart_talk/year/6");
    CHECK(frequencyFromKey(u"quarter") == Frequency::Quarter);
    CHECK_FALSE(frequencyFromKey(u"week"));
}

TEST_CASE("Compliance counts each meeting in its own month and quarter, never across the year", "[meetings]")
{
    const QList<Requirement> requirements = { required(MeetingType::GeneralMeeting, Frequency::Quarter),
        required(MeetingType::ThemeDay, Frequency::Month),
        required(MeetingType::LifeMeeting, Frequency::Year) };
    const QList<HeldMeeting> meetings = {
        { MeetingType::GeneralMeeting, d(2025, 12, 31), true },  // last year: counts nowhere in 2026
        { MeetingType::ThemeDay, d(2025, 12, 31), true }, { MeetingType::LifeMeeting, d(2025, 12, 31), true },
        { MeetingType::GeneralMeeting, d(2026, 3, 31), true },  // Q1, March
        { MeetingType::ThemeDay, d(2026, 3, 31), true },
        { MeetingType::GeneralMeeting, d(2026, 4, 1), true },  // Q2, April
        { MeetingType::ThemeDay, d(2026, 4, 1), true },
        { MeetingType::ThemeDay, d(2026, 6, 30), true },  // June, the last day of Q2
        { MeetingType::GeneralMeeting, d(2026, 9, 30), true },  // Q3
        { MeetingType::ThemeDay, d(2027, 1, 1), true },  // next year: not December
        { MeetingType::GeneralMeeting, d(2027, 1, 1), true },
        { MeetingType::Other, d(2026, 2, 14), true },  // an other activity counts for nothing
    };
    const QList<ComplianceRow> rows = Compliance::ofYear(requirements, 2026, meetings, d(2027, 1, 15));
    REQUIRE(rows.size() == 3);

    const ComplianceRow& quarters = rows.at(0);
    REQUIRE(quarters.cells.size() == 4);
    CHECK(states(quarters) == "held held held missing");
    CHECK(quarters.cells.at(0).valid == 1);  // 2026-03-31 only
    CHECK(quarters.cells.at(1).valid == 1);  // 2026-04-01 only
    CHECK(quarters.cells.at(0).last == d(2026, 3, 31));
    CHECK(quarters.cells.at(1).first == d(2026, 4, 1));
    CHECK(quarters.cells.at(3).period == 4);

    const ComplianceRow& months = rows.at(1);
    REQUIRE(months.cells.size() == 12);
    CHECK(states(months)
        == "missing missing held held missing held missing missing missing missing missing missing");
    CHECK(months.cells.at(1).last == d(2026, 2, 28));
    CHECK(months.cells.at(11).period == 12);
    CHECK(months.cells.at(11).valid == 0);

    const ComplianceRow& year = rows.at(2);
    REQUIRE(year.cells.size() == 1);
    CHECK(year.cells.at(0).period == 0);
    CHECK(states(year) == "missing");  // the 组织生活会 of 2025-12-31 belongs to 2025

    // 2028 is a leap year: February ends on the 29th, and a meeting that day counts.
    const QList<ComplianceRow> leap
        = Compliance::ofYear({ required(MeetingType::ThemeDay, Frequency::Month) }, 2028,
            { { MeetingType::ThemeDay, d(2028, 2, 29), true } }, d(2028, 12, 31));
    CHECK(leap.at(0).cells.at(1).last == d(2028, 2, 29));
    CHECK(leap.at(0).cells.at(1).state == CellState::Held);
}

TEST_CASE("Compliance as of a date: due now, not yet due, invalid and short periods", "[meetings]")
{
    const QList<Requirement> requirements = { required(MeetingType::ThemeDay, Frequency::Month),
        required(MeetingType::PartyLecture, Frequency::Quarter),
        required(MeetingType::HeartTalk, Frequency::Year, 3) };
    const QList<HeldMeeting> meetings = {
        { MeetingType::ThemeDay, d(2026, 1, 20), true },
        { MeetingType::ThemeDay, d(2026, 2, 10), false },  // invalid only: February is invalid
        { MeetingType::ThemeDay, d(2026, 3, 5), false },  // invalid and valid: March is held
        { MeetingType::ThemeDay, d(2026, 3, 25), true },
        { MeetingType::ThemeDay, d(2026, 5, 12), false },  // May, still running on the 15th: due now
        { MeetingType::ThemeDay, d(2026, 5, 20), true },  // after the "as of" date: not counted yet
        { MeetingType::PartyLecture, d(2026, 2, 1), true }, { MeetingType::HeartTalk, d(2026, 3, 1), true },
        { MeetingType::HeartTalk, d(2026, 4, 1), true },
        { MeetingType::HeartTalk, d(2026, 5, 2), false },  // short of 3 valid: missing, not invalid
    };

    SECTION("as of 2026-05-15")
    {
        const QList<ComplianceRow> rows = Compliance::ofYear(requirements, 2026, meetings, d(2026, 5, 15));
        CHECK(states(rows.at(0))
            == "held invalid held missing due_now not_yet_due not_yet_due not_yet_due not_yet_due "
               "not_yet_due "
               "not_yet_due not_yet_due");
        CHECK(rows.at(0).cells.at(2).valid == 1);
        CHECK(rows.at(0).cells.at(2).invalid == 1);
        CHECK(rows.at(0).cells.at(4).valid == 0);  // the valid one of the 20th lies after the date
        CHECK(rows.at(0).cells.at(4).invalid == 1);
        CHECK(states(rows.at(1)) == "held due_now not_yet_due not_yet_due");
        CHECK(states(rows.at(2)) == "due_now");  // 2 of 3 talks so far
        CHECK(rows.at(2).cells.at(0).valid == 2);
        CHECK(rows.at(2).cells.at(0).required == 3);
    }
    SECTION("as of the last day of a period it is still due now; the day after, missing")
    {
        CHECK(states(Compliance::ofYear(requirements, 2026, meetings, d(2026, 6, 30)).at(1))
            == "held due_now not_yet_due not_yet_due");
        CHECK(states(Compliance::ofYear(requirements, 2026, meetings, d(2026, 7, 1)).at(1))
            == "held missing due_now not_yet_due");
        CHECK(states(Compliance::ofYear(requirements, 2026, meetings, d(2026, 4, 30)).at(0))
            == "held invalid held due_now not_yet_due not_yet_due not_yet_due not_yet_due not_yet_due "
               "not_yet_due "
               "not_yet_due not_yet_due");
    }
    SECTION("a year judged after its end, or with no date: short periods are missing")
    {
        const std::string expected
            = "held invalid held missing held missing missing missing missing missing missing missing";
        CHECK(states(Compliance::ofYear(requirements, 2026, meetings, d(2027, 3, 1)).at(0)) == expected);
        CHECK(states(Compliance::ofYear(requirements, 2026, meetings, QDate()).at(0)) == expected);
        const ComplianceRow talks = Compliance::ofYear(requirements, 2026, meetings, QDate()).at(2);
        CHECK(states(talks) == "missing");  // 2 valid of 3, and an invalid one
        CHECK(talks.cells.at(0).valid == 2);
        CHECK(talks.cells.at(0).invalid == 1);
    }
    SECTION("a year not yet begun is not yet due")
    {
        const QList<ComplianceRow> rows = Compliance::ofYear(requirements, 2026, meetings, d(2025, 12, 31));
        CHECK(states(rows.at(1)) == "not_yet_due not_yet_due not_yet_due not_yet_due");
        CHECK(rows.at(1).cells.at(0).valid == 0);
    }
}

TEST_CASE("Attendance rate: present and late over those who should attend", "[meetings]")
{
    // Exempt and mobile members are not counted as absent: 2 of 4.
    AttendanceRate rate = Compliance::attendanceRate({ { Attendance::Present, Attendance::Late,
        Attendance::Absent, Attendance::SickLeave, Attendance::Exempt, Attendance::Mobile } });
    CHECK(rate.shouldAttend == 4);
    CHECK(rate.attended == 2);
    CHECK(rate.perMille() == 500);
    CHECK(str(rate.percentText()) == "50.0%");

    // Over two meetings: 12 of 13 → 92.3 %.
    QList<Attendance> first(7, Attendance::Present);
    QList<Attendance> second(5, Attendance::Present);
    second << Attendance::OfficialDuty << Attendance::Exempt;
    rate = Compliance::attendanceRate({ first, second });
    CHECK(rate.shouldAttend == 13);
    CHECK(rate.attended == 12);
    CHECK(rate.perMille() == 923);
    CHECK(str(rate.percentText()) == "92.3%");

    // 2 of 3 is 66.67 %: rounded to 66.7; 1 of 8 is 12.5 exactly.
    CHECK(Compliance::attendanceRate({ { Attendance::Present, Attendance::Late, Attendance::Absent } })
              .perMille()
        == 667);
    CHECK(str(Compliance::attendanceRate(
              { { Attendance::Present, Attendance::Absent, Attendance::Absent, Attendance::Absent,
                  Attendance::Absent, Attendance::Absent, Attendance::Absent, Attendance::Absent } })
                  .percentText())
        == "12.5%");
    const AttendanceRate none = Compliance::attendanceRate({ { Attendance::Exempt } });
    CHECK(none.shouldAttend == 0);
    CHECK(none.perMille() == 0);
    CHECK(none.percentText() == s(u"—"));
}

TEST_CASE("自行脱党 (党章 Art. 9): six months in a row without organisational life and without a reason",
    "[meetings]")
{
    SECTION("5 months is not yet the rule, 6 months is")
    {
        const QList<AttendanceRecord> five = missedMonths(d(2026, 1, 1), d(2026, 5, 31));
        AbsenceRun run = AbsenceFlag::check(five, d(2026, 6, 30));  // no meeting in June
        CHECK(monthsOf(run) == "2026-01 2026-02 2026-03 2026-04 2026-05");
        CHECK_FALSE(run.flagged);
        CHECK(str(run.sentence()) == "5 months in a row missed without a reason (2026-01 to 2026-05)");

        run = AbsenceFlag::check(missedMonths(d(2026, 1, 1), d(2026, 6, 30)), d(2026, 7, 1));
        CHECK(run.months.size() == 6);
        CHECK(run.months.first() == d(2026, 1, 1));
        CHECK(run.months.last() == d(2026, 6, 1));
        CHECK(run.flagged);
        CHECK(run.sentence().contains(QStringLiteral("(2026-01 to 2026-06)")));
    }
    SECTION("the month of the date counts once it is over, and ends the run at once if attended")
    {
        QList<AttendanceRecord> records = missedMonths(d(2026, 1, 1), d(2026, 6, 30));
        CHECK(AbsenceFlag::check(records, d(2026, 6, 10)).months.size() == 5);  // June not over yet
        CHECK_FALSE(AbsenceFlag::check(records, d(2026, 6, 10)).flagged);
        CHECK(AbsenceFlag::check(records, d(2026, 6, 30)).flagged);  // June's last day: over
        records.append({ d(2026, 6, 20), Attendance::Present });
        CHECK(AbsenceFlag::check(records, d(2026, 6, 25)).months.isEmpty());
        // Records after the date are not known yet.
        CHECK(AbsenceFlag::check(records, d(2026, 6, 15)).months.size() == 5);
    }
    SECTION("a reasoned absence ends the run; so do exempt, mobile and a late arrival")
    {
        QList<AttendanceRecord> records = missedMonths(d(2026, 1, 1), d(2026, 9, 30));
        records[3].attendance = Attendance::SickLeave;  // April
        AbsenceRun run = AbsenceFlag::check(records, d(2026, 10, 1));
        CHECK(monthsOf(run) == "2026-05 2026-06 2026-07 2026-08 2026-09");
        CHECK_FALSE(run.flagged);

        for (Attendance reason : { Attendance::PersonalLeave, Attendance::OfficialDuty, Attendance::Mobile,
                 Attendance::Exempt, Attendance::Late }) {
            INFO(str(attendanceKey(reason)));
            records[3].attendance = reason;
            CHECK_FALSE(AbsenceFlag::check(records, d(2026, 10, 1)).flagged);
        }
        // Without the reason the nine months are one run.
        records[3].attendance = Attendance::Absent;
        CHECK(AbsenceFlag::check(records, d(2026, 10, 1)).months.size() == 9);
    }
    SECTION("a month with a missed meeting and an attended one is not missed")
    {
        QList<AttendanceRecord> records = missedMonths(d(2026, 1, 1), d(2026, 7, 31));
        records.append({ d(2026, 3, 28), Attendance::Present });
        CHECK(monthsOf(AbsenceFlag::check(records, d(2026, 8, 1))) == "2026-04 2026-05 2026-06 2026-07");
    }
    SECTION("months without a meeting neither count nor end the run")
    {
        QList<AttendanceRecord> records = missedMonths(d(2026, 1, 1), d(2026, 3, 31));
        records += missedMonths(d(2026, 5, 1), d(2026, 7, 31));  // no meeting in April
        AbsenceRun run = AbsenceFlag::check(records, d(2026, 8, 31));
        CHECK(monthsOf(run) == "2026-01 2026-02 2026-03 2026-05 2026-06 2026-07");
        CHECK(run.flagged);
        // Five months with meetings over seven calendar months: not flagged.
        records = missedMonths(d(2026, 1, 1), d(2026, 2, 28));
        records += missedMonths(d(2026, 5, 1), d(2026, 7, 31));
        CHECK_FALSE(AbsenceFlag::check(records, d(2026, 12, 31)).flagged);
    }
    SECTION("a run goes over the year's end; one the member has ended is over")
    {
        AbsenceRun run = AbsenceFlag::check(missedMonths(d(2025, 10, 1), d(2026, 3, 31)), d(2026, 4, 2));
        CHECK(monthsOf(run) == "2025-10 2025-11 2025-12 2026-01 2026-02 2026-03");
        CHECK(run.flagged);

        QList<AttendanceRecord> records = missedMonths(d(2025, 1, 1), d(2025, 7, 31));
        records.append({ d(2025, 8, 10), Attendance::Present });
        CHECK(AbsenceFlag::check(records, d(2025, 8, 9)).flagged);  // before the member came back
        CHECK(AbsenceFlag::check(records, d(2025, 12, 31)).months.isEmpty());
        CHECK(str(AbsenceFlag::check({}, d(2025, 12, 31)).sentence()) == "no month missed without a reason");
    }
}

TEST_CASE("民主评议 grades: keys, names, and 优秀 at most a third of the graded members", "[meetings]")
{
    QStringList keys;
    QStringList names;
    for (Grade grade : allGrades()) {
        keys << gradeKey(grade);
        names << AppraisalGrades::official(grade);
    }
    CHECK(str(keys.join(QLatin1Char(','))) == "excellent,qualified,basically_qualified,unqualified");
    CHECK(names.join(QLatin1Char(',')) == s(u"优秀,合格,基本合格,不合格"));
    CHECK(AppraisalGrades::parse(s(u"基本合格")) == Grade::BasicallyQualified);
    CHECK(AppraisalGrades::parse(QStringLiteral("unqualified")) == Grade::Unqualified);
    CHECK(gradeFromKey(u"excellent") == Grade::Excellent);
    CHECK_FALSE(AppraisalGrades::parse(s(u"良好")));

    // A third rounded down.
    CHECK(AppraisalGrades::maxExcellent(0) == 0);
    CHECK(AppraisalGrades::maxExcellent(2) == 0);
    CHECK(AppraisalGrades::maxExcellent(3) == 1);
    CHECK(AppraisalGrades::maxExcellent(9) == 3);
    CHECK(AppraisalGrades::maxExcellent(10) == 3);
    CHECK(AppraisalGrades::maxExcellent(11) == 3);
    CHECK(AppraisalGrades::maxExcellent(12) == 4);

    CHECK(AppraisalGrades::checkExcellent(1, 3).ok());
    CHECK_FALSE(AppraisalGrades::checkExcellent(2, 3).ok());
    CHECK(AppraisalGrades::checkExcellent(3, 9).ok());
    CHECK_FALSE(AppraisalGrades::checkExcellent(4, 9).ok());
    CHECK(AppraisalGrades::checkExcellent(3, 11).ok());
    CHECK_FALSE(AppraisalGrades::checkExcellent(4, 11).ok());
    const GradeCheck over = AppraisalGrades::checkExcellent(4, 10);
    CHECK_FALSE(over.ok());
    CHECK(over.graded == 10);
    CHECK(over.excellent == 4);
    CHECK(over.maxExcellent == 3);
    CHECK(str(over.error) == "4 rated excellent: more than a third of the 10 members graded (at most 3)");
}

TEST_CASE("民主评议: 预备党员 take part but are neither graded nor in the base", "[meetings]")
{
    // 9 正式党员 (3 优秀, 5 合格, one not yet decided) and 3 预备党员.
    QList<AppraisalEntry> entries;
    for (int i = 0; i < 3; ++i)
        entries.append({ false, Grade::Excellent });
    for (int i = 0; i < 5; ++i)
        entries.append({ false, Grade::Qualified });
    entries.append({ false, std::nullopt });
    for (int i = 0; i < 3; ++i)
        entries.append({ true, std::nullopt });
    GradeCheck check = AppraisalGrades::check(entries);
    CHECK(check.ok());
    CHECK(check.graded == 9);  // the undecided member counts; the 预备党员 do not
    CHECK(check.excellent == 3);

    // A fourth 优秀: 12 people would allow 4, but the base is the 9 正式党员.
    entries[8].grade = Grade::Excellent;
    check = AppraisalGrades::check(entries);
    CHECK_FALSE(check.ok());
    CHECK(str(check.error) == "4 rated excellent: more than a third of the 9 members graded (at most 3)");

    // A grade given to a 预备党员 is refused.
    entries[8].grade = Grade::Qualified;
    entries[10].grade = Grade::Qualified;
    check = AppraisalGrades::check(entries);
    CHECK_FALSE(check.ok());
    CHECK(check.error.contains(QStringLiteral("probationary")));
}
