#pragma once

#include "Attendance.h"
#include "MeetingType.h"
#include "Quorum.h"
#include "common/RecordId.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::meetings {

// One member's line on a meeting's attendance sheet.
struct AttendanceLine
{
    RecordId memberId;
    QString memberName;  // as the roster has it (read, never written from here)
    Attendance attendance = Attendance::Present;
    bool hasVote = true;  // 正式党员; a 预备党员 has no vote (党章 Art. 7)
    QString note;
    friend bool operator==(const AttendanceLine&, const AttendanceLine&) = default;
};

// A meeting or activity as the 三会一课 记录本 records it (issue 25 §1).
struct Meeting
{
    RecordId id;
    RecordId orgId;
    MeetingKind kind;
    QDate heldOn;
    QString startsAt;  // HH:mm, or empty
    QString endsAt;
    QString place;
    QString chair;  // 主持人
    QString recorder;  // 记录人
    QString topic;
    QString summary;  // 内容摘要
    QString resolutions;  // 决议
    QStringList attachments;  // paths of files kept with the record
    RecordId talkFirst;  // 谈心谈话: the two people
    RecordId talkSecond;
    std::optional<int> motionInFavour;  // a 支部党员大会's motion: the votes in favour
    QList<AttendanceLine> attendance;

    // Worked out when the meeting is saved (MeetingEditor), kept with it.
    QuorumFigures quorum;
    bool valid = true;  // false: saved, but its quorum was not reached
    QString createdBy;

    // The motion's figures against the quorum's base (Quorum::motion), if one was put.
    std::optional<MotionFigures> motion() const;
};

}  // namespace redgrid::meetings
