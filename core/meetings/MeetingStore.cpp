#include "MeetingStore.h"

#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "security/Access.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace redgrid::meetings {

namespace {

#define MEETING_COLUMNS                                                                                      \
    "id, org_id, type, other_name, held_on, starts_at, ends_at, place, chair, recorder, topic, summary, "    \
    "resolutions, attachments, talk_first, talk_second, motion_in_favour, quorum_base, quorum_attended, "    \
    "quorum_needed, valid, created_by "

QStringList pathsOf(const QString& json)
{
    QStringList paths;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        paths.append(value.toString());
    return paths;
}

}  // namespace

MeetingStore::MeetingStore(storage::Connection& connection)
    : m_db(connection)
{
}

Status MeetingStore::allowed() const
{
    return security::Access(m_db).require(security::Permission::ReadMeetings);
}

Meeting MeetingStore::fromRow(const storage::Statement& row)
{
    Meeting m;
    m.id = row.id(0);
    m.orgId = row.id(1);
    const auto type = meetingTypeFromKey(row.text(2));
    m.kind = { type.value_or(MeetingType::Other), row.text(3) };
    m.heldOn = QDate::fromString(row.text(4), Qt::ISODate);
    m.startsAt = row.text(5);
    m.endsAt = row.text(6);
    m.place = row.text(7);
    m.chair = row.text(8);
    m.recorder = row.text(9);
    m.topic = row.text(10);
    m.summary = row.text(11);
    m.resolutions = row.text(12);
    m.attachments = pathsOf(row.text(13));
    m.talkFirst = row.id(14);
    m.talkSecond = row.id(15);
    if (!row.isNull(16))
        m.motionInFavour = int(row.int64(16));
    m.quorum.base = int(row.int64(17));
    m.quorum.attended = int(row.int64(18));
    m.quorum.needed = int(row.int64(19));
    m.valid = row.int64(20) != 0;
    m.quorum.valid = m.valid;
    m.createdBy = row.text(21);
    return m;
}

std::optional<Meeting> MeetingStore::meeting(const RecordId& id)
{
    auto st = m_db.cached("SELECT " MEETING_COLUMNS "FROM meeting WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Meeting m = fromRow(st);
    if (!security::Access(m_db).requireOrg(security::Permission::ReadMeetings, m.orgId))
        return std::nullopt;
    m.attendance = attendanceOf(m.id);
    return m;
}

QList<Meeting> MeetingStore::meetingsOf(const RecordId& orgId, const QDate& from, const QDate& to)
{
    if (!security::Access(m_db).requireOrg(security::Permission::ReadMeetings, orgId))
        return {};
    auto st = m_db.cached("SELECT " MEETING_COLUMNS "FROM meeting WHERE org_id = ? AND held_on >= ? AND "
                          "held_on <= ? ORDER BY held_on, starts_at, created_at");
    st.bindAll(orgId, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"),
        to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    QList<Meeting> found;
    while (st.step())
        found.append(fromRow(st));
    return found;
}

QList<HeldMeeting> MeetingStore::heldIn(const RecordId& orgId, int year)
{
    QList<HeldMeeting> held;
    for (const Meeting& m : meetingsOf(orgId, QDate(year, 1, 1), QDate(year, 12, 31)))
        held.append({ m.kind.type, m.heldOn, m.valid });
    return held;
}

QHash<RecordId, QList<HeldMeeting>> MeetingStore::heldInYear(int year)
{
    const security::Access access(m_db);
    if (!access.allows(security::Permission::ReadMeetings))
        return {};
    const QString scope = access.orgScopeCondition(QStringLiteral("org_id"));
    QString sql = QStringLiteral(
        "SELECT org_id, type, held_on, valid FROM meeting WHERE held_on >= ? AND held_on <= ?");
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope;
    auto st = m_db.prepare(sql.toUtf8().constData());
    st.bindAll(QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate));
    QHash<RecordId, QList<HeldMeeting>> held;
    while (st.step()) {
        const auto type = meetingTypeFromKey(st.text(1));
        held[st.id(0)].append({ type.value_or(MeetingType::Other), QDate::fromString(st.text(2), Qt::ISODate),
            st.int64(3) != 0 });
    }
    return held;
}

QList<AttendanceLine> MeetingStore::attendanceOf(const RecordId& meetingId)
{
    auto st = m_db.cached("SELECT member_id, attendance, has_vote, note FROM meeting_attendance "
                          "WHERE meeting_id = ? ORDER BY position");
    st.bind(1, meetingId);
    QList<AttendanceLine> lines;
    roster::MemberStore members(m_db);
    while (st.step()) {
        AttendanceLine line;
        line.memberId = st.id(0);
        line.attendance = attendanceFromKey(st.text(1)).value_or(Attendance::Absent);
        line.hasVote = st.int64(2) != 0;
        line.note = st.text(3);
        if (const auto member = members.member(line.memberId))
            line.memberName = member->name;
        lines.append(line);
    }
    return lines;
}

QList<AttendanceLine> MeetingStore::defaultAttendance(const RecordId& orgId)
{
    if (!security::Access(m_db).requireOrg(security::Permission::ReadMeetings, orgId))
        return {};
    roster::RosterFilter filter;
    filter.orgId = orgId;
    std::vector<qint64> rowIds;
    {
        roster::RosterCursor cursor(m_db, filter, {});
        while (cursor.fetch(rowIds, 4096)) { }
    }
    QList<AttendanceLine> lines;
    for (const roster::RosterRow& row : roster::MemberStore(m_db).rows(rowIds)) {
        AttendanceLine line;
        line.memberId = row.member.id;
        line.memberName = row.member.name;
        line.hasVote = !row.member.isProbationary();
        line.attendance = row.member.isMobile ? Attendance::Mobile : Attendance::Present;
        lines.append(line);
    }
    return lines;
}

}  // namespace redgrid::meetings
