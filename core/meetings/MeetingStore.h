#pragma once

#include "Compliance.h"
#include "Meeting.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
class Statement;
}  // namespace redgrid::storage

namespace redgrid::meetings {

// Reads meetings (MeetingEditor writes them). Every call checks the connection's session for
// Permission::ReadMeetings and sees only the organisations within the account's area; the
// members' names come from the roster (roster::MemberStore), which alone reads that table.
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    explicit MeetingStore(storage::Connection& connection);

    // Whether the account may read meetings at all (a refusal for lack of permission).
    Status allowed() const;

    // The meeting with its attendance sheet; nothing outside the account's area.
    std::optional<Meeting> meeting(const RecordId& id);
    // The meetings of one organisation held from `from` to `to` (inclusive; an invalid date:
    // open), in date order, without their attendance sheets.
    QList<Meeting> meetingsOf(const RecordId& orgId, const QDate& from = {}, const QDate& to = {});
    // The same as compliance counts them (Compliance::ofYear).
    QList<HeldMeeting> heldIn(const RecordId& orgId, int year);
    // Those of every organisation in the account's area, in one query (the due list).
    QHash<RecordId, QList<HeldMeeting>> heldInYear(int year);

    // The sheet a new meeting starts from (issue 25 §1: all present by default, the exceptions
    // clicked): every active member of the organisation and of the groups below it, in the
    // order of their names; a 流动党员 is marked 流动在外, a 预备党员 has no vote.
    QList<AttendanceLine> defaultAttendance(const RecordId& orgId);

private:
    Meeting fromRow(const storage::Statement& row);
    QList<AttendanceLine> attendanceOf(const RecordId& meetingId);
    storage::Connection& m_db;
};

}  // namespace redgrid::meetings
