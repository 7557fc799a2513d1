#pragma once

#include "Attendance.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace redgrid::meetings {

// One line of a member's attendance: a meeting the member was expected at, and how it went.
struct AttendanceRecord
{
    QDate date;
    Attendance attendance = Attendance::Present;
};

// The months a member has missed organisational life without a reason, one after another.
struct AbsenceRun
{
    QList<QDate> months;  // the first day of each month in the run, oldest first
    bool flagged = false;  // AbsenceFlag::RunMonths months or more
    QString sentence() const;  // for the reminder: months and the first and last of them
};

// 党章 Art. 9: "党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所
// 分配的工作，就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织批准。"
// This checks the first of the three (dues are the dues module's) and only flags: removal is
// the 支部大会's decision, never RedGrid's.
//
// How the months are read, month by month up to the "as of" date:
//   - a month in which the member attended anything, or was away with a reason (病假, 事假,
//     公差, 流动在外, 免于参加), ends the run: it was not a month "没有正当理由" away;
//   - a month in which the member was expected only at meetings missed without a reason counts;
//   - a month without any meeting for the member neither counts nor ends the run: the member
//     missed nothing then, and the branch's silence does not wipe out the months before;
//   - the month of the "as of" date counts only once it is over, but ends the run at once if
//     the member attended or sent a reason in it.
// The run reported is the one still going on the "as of" date; one the member has since ended
// is over (the meeting records keep it).
class AbsenceFlag
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceFlag)

public:
    static constexpr int RunMonths = 6;  // 党章 Art. 9: "连续六个月"

    static AbsenceRun check(const QList<AttendanceRecord>& records, const QDate& asOf);
};

}  // namespace redgrid::meetings
