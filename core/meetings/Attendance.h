#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace redgrid::meetings {

// One member's attendance at one meeting, as the attendance screen and the 记录本 record it
// (issue 25 §1): present, late, or absent with a reason, or absent without one. The keys are
// what is stored.
enum class Attendance {
    Present,  // 出席
    Late,  // 迟到: attended
    SickLeave,  // 病假
    PersonalLeave,  // 事假
    OfficialDuty,  // 公差: away on the unit's business
    Mobile,  // 流动在外: a 流动党员 (党员教育管理工作条例 Arts. 32–34), takes part where he or she is
    Exempt,  // 免于参加: elderly, frail or seriously ill (党员教育管理工作条例 Art. 23)
    Absent,  // 缺席 without a reason: what the 自行脱党 rule (党章 Art. 9) counts
};

QList<Attendance> allAttendances();  // in the order above
QString attendanceKey(Attendance attendance);  // "present", "sick_leave" …
std::optional<Attendance> attendanceFromKey(QStringView key);

// Whether the member was there: present or late.
constexpr bool attended(Attendance attendance)
{
    return attendance == Attendance::Present || attendance == Attendance::Late;
}

// Whether the member was away with a reason the branch accepts (病假, 事假, 公差, 流动在外,
// 免于参加): such an absence is not "没有正当理由" in the sense of 党章 Art. 9.
constexpr bool absentWithReason(Attendance attendance)
{
    return !attended(attendance) && attendance != Attendance::Absent;
}

// Exempt (Art. 23) and mobile members are marked as such and not counted as absent (issue 25 §1).
constexpr bool countsAsAbsent(Attendance attendance)
{
    return !attended(attendance) && attendance != Attendance::Exempt && attendance != Attendance::Mobile;
}

class AttendanceNames
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceNames)

public:
    static QString label(Attendance attendance);  // in the interface language
    static QString official(Attendance attendance);  // 出席, 迟到, 病假 … as the 记录本 writes them
    // The key, the official name or the label; nothing for any other text.
    static std::optional<Attendance> parse(const QString& text);
};

}  // namespace redgrid::meetings
