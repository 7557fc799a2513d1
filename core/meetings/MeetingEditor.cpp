#include "MeetingEditor.h"

#include "MeetingRows.h"
#include "MeetingStore.h"
#include "common/Clock.h"
#include "organisation/OrgStore.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "security/Access.h"
#include "security/AuditTrail.h"
#include "security/Session.h"
#include "storage/Connection.h"
#include "storage/GuardedWrite.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTime>

namespace redgrid::meetings {

namespace {

bool isTime(const QString& text)
{
    return text.isEmpty() || QTime::fromString(text, QStringLiteral("HH:mm")).isValid();
}

// Every member ever registered in the organisation or the groups below it, former ones too
// (an old meeting's sheet names them), with whether each is a 预备党员.
QHash<RecordId, bool> membersOf(storage::Connection& db, const RecordId& orgId)
{
    roster::RosterFilter filter;
    filter.orgId = orgId;
    filter.status = std::nullopt;
    std::vector<qint64> rowIds;
    {
        roster::RosterCursor cursor(db, filter, {});
        while (cursor.fetch(rowIds, 4096)) { }
    }
    QHash<RecordId, bool> probationary;
    for (const roster::RosterRow& row : roster::MemberStore(db).rows(rowIds))
        probationary.insert(row.member.id, row.member.isProbationary());
    return probationary;
}

QJsonObject details(const Meeting& m)
{
    return { { QStringLiteral("type"), m.kind.key() }, { QStringLiteral("name"), m.kind.official() },
        { QStringLiteral("held_on"), m.heldOn.toString(Qt::ISODate) },
        { QStringLiteral("attendance"), int(m.attendance.size()) }, { QStringLiteral("valid"), m.valid } };
}

}  // namespace

MeetingEditor::MeetingEditor(storage::Connection& connection, const QuorumSettings& settings)
    : m_db(connection)
    , m_settings(settings)
{
}

Status MeetingEditor::allowed() const
{
    return security::Access(m_db).require(security::Permission::RecordMeetings);
}

std::optional<QString> MeetingEditor::problemWith(const Meeting& m)
{
    return problemWith(m, membersOf(m_db, m.orgId));
}

std::optional<QString> MeetingEditor::problemWith(const Meeting& m, const QHash<RecordId, bool>& members)
{
    if (m.orgId.isNull() || !organisation::OrgStore(m_db).org(m.orgId))
        return tr("the organisation does not exist or is outside your area");
    if (const QString problem = m.kind.problem(); !problem.isEmpty())
        return problem;
    if (!m.heldOn.isValid())
        return tr("the date of the meeting is missing");
    if (m.heldOn > QDate::currentDate())
        return tr("the meeting is dated %1, after today: a meeting is recorded once it was held")
            .arg(m.heldOn.toString(Qt::ISODate));
    if (!isTime(m.startsAt) || !isTime(m.endsAt))
        return tr("a time is written HH:mm, e.g. 14:30");
    if (!m.startsAt.isEmpty() && !m.endsAt.isEmpty() && m.endsAt < m.startsAt)
        return tr("the meeting ends (%1) before it begins (%2)").arg(m.endsAt, m.startsAt);

    QSet<RecordId> seen;
    for (const AttendanceLine& line : m.attendance) {
        if (!members.contains(line.memberId))
            return tr("%1 is not a member of this organisation")
                .arg(line.memberName.isEmpty() ? line.memberId.toString() : line.memberName);
        if (seen.contains(line.memberId))
            return tr("%1 is on the attendance sheet twice").arg(line.memberName);
        seen.insert(line.memberId);
    }
    const bool needsSheet
        = m.kind.type == MeetingType::GeneralMeeting || m.kind.type == MeetingType::CommitteeMeeting;
    if (needsSheet && m.attendance.isEmpty())
        return tr("a %1 needs its attendance: who should attend and who came").arg(m.kind.official());
    if (m.kind.type == MeetingType::HeartTalk) {
        if (m.talkFirst.isNull() || m.talkSecond.isNull())
            return tr("a 谈心谈话 is between two people: name both");
        if (m.talkFirst == m.talkSecond)
            return tr("a 谈心谈话 is between two different people");
        if (!members.contains(m.talkFirst) || !members.contains(m.talkSecond))
            return tr("both people of a 谈心谈话 must be members of this organisation");
    } else if (!m.talkFirst.isNull() || !m.talkSecond.isNull()) {
        return tr("only a 谈心谈话 names two people");
    }
    if (m.motionInFavour && m.kind.type != MeetingType::GeneralMeeting)
        return tr("motions are voted on at a 支部党员大会");
    if (m.motionInFavour && *m.motionInFavour < 0)
        return tr("the votes in favour cannot be fewer than none");
    return std::nullopt;
}

Result<Meeting> MeetingEditor::add(const Meeting& fields)
{
    if (Status allowed
        = security::Access(m_db).requireOrg(security::Permission::RecordMeetings, fields.orgId);
        !allowed)
        return allowed.error();
    const QHash<RecordId, bool> members = membersOf(m_db, fields.orgId);
    if (const auto problem = problemWith(fields, members))
        return Error::plain(*problem);
    Meeting meeting = fields;
    meeting.id = RecordId::generate();
    for (AttendanceLine& line : meeting.attendance)
        line.hasVote = !members.value(line.memberId);  // the member's vote as of today
    if (Status written = write(meeting, true); !written)
        return written.error();
    return *MeetingStore(m_db).meeting(meeting.id);
}

Result<Meeting> MeetingEditor::update(const Meeting& fields)
{
    const auto existing = MeetingStore(m_db).meeting(fields.id);
    if (!existing)
        return Error::plain(tr("the meeting no longer exists or is outside your area"));
    if (Status allowed
        = security::Access(m_db).requireOrg(security::Permission::RecordMeetings, existing->orgId);
        !allowed)
        return allowed.error();
    Meeting meeting = fields;
    meeting.orgId = existing->orgId;
    const QHash<RecordId, bool> members = membersOf(m_db, meeting.orgId);
    if (const auto problem = problemWith(meeting, members))
        return Error::plain(*problem);
    // A member already on the sheet keeps the vote they had at the meeting; one added now
    // gets theirs of today.
    QHash<RecordId, bool> hadVote;
    for (const AttendanceLine& line : existing->attendance)
        hadVote.insert(line.memberId, line.hasVote);
    for (AttendanceLine& line : meeting.attendance)
        line.hasVote = hadVote.value(line.memberId, !members.value(line.memberId));
    if (Status written = write(meeting, false); !written)
        return written.error();
    return *MeetingStore(m_db).meeting(meeting.id);
}

void MeetingEditor::workOutQuorum(Meeting& m, const QuorumSettings& settings)
{
    // The quorum, from the sheet (支部工作条例 Arts. 11-12); other meetings have none to reach.
    if (m.kind.type == MeetingType::GeneralMeeting) {
        QList<Participant> participants;
        for (const AttendanceLine& line : m.attendance)
            participants.append({ line.hasVote, line.attendance });
        m.quorum = Quorum::generalMeeting(participants, settings);
    } else if (m.kind.type == MeetingType::CommitteeMeeting) {
        QList<Attendance> sheet;
        for (const AttendanceLine& line : m.attendance)
            sheet.append(line.attendance);
        m.quorum = Quorum::committeeMeeting(sheet);
    } else {
        m.quorum = {};
        for (const AttendanceLine& line : m.attendance) {
            if (countsAsAbsent(line.attendance) || attended(line.attendance))
                ++m.quorum.base;
            if (attended(line.attendance))
                ++m.quorum.attended;
        }
        m.quorum.valid = true;
    }
    m.valid = m.quorum.valid;
}

Status MeetingEditor::write(Meeting& m, bool isNew)
{
    workOutQuorum(m, m_settings);
    if (m.motionInFavour && *m.motionInFavour > m.quorum.base)
        return Error::plain(tr("%1 votes in favour, but only %2 members should attend and have a vote")
                                .arg(*m.motionInFavour)
                                .arg(m.quorum.base));
    if (const security::Session* session = security::Session::of(m_db); session && isNew)
        m.createdBy = session->account().username;

    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        const qint64 now = nowMs();
        if (isNew) {
            MeetingRows::insert(m_db, m, now);
        } else {
            MeetingRows::update(m_db, m, now);
        }
        security::recordAudit(m_db,
            { isNew ? audit::AuditAction::Created : audit::AuditAction::Changed, QStringLiteral("meeting"),
                m.id, details(m) });
        transaction.commit();
        return Status::success();
    });
}

Status MeetingEditor::remove(const RecordId& id)
{
    const auto existing = MeetingStore(m_db).meeting(id);
    if (!existing)
        return Error::plain(tr("the meeting no longer exists or is outside your area"));
    if (Status allowed
        = security::Access(m_db).requireOrg(security::Permission::RecordMeetings, existing->orgId);
        !allowed)
        return allowed;
    return storage::guardedWrite([&]() -> Status {
        storage::Transaction transaction(m_db);
        m_db.cached("DELETE FROM meeting WHERE id = ?").bindAll(id).run();
        security::recordAudit(
            m_db, { audit::AuditAction::Removed, QStringLiteral("meeting"), id, details(*existing) });
        transaction.commit();
        return Status::success();
    });
}

}  // namespace redgrid::meetings
