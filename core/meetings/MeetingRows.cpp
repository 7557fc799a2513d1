#include "MeetingRows.h"

#include "storage/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace redgrid::meetings {

namespace {

QString attachmentsJson(const Meeting& m)
{
    QJsonArray attachments;
    for (const QString& path : m.attachments)
        attachments.append(path);
    return QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact));
}

QString otherName(const Meeting& m)
{
    return m.kind.type == MeetingType::Other ? m.kind.otherName : QString();
}

}  // namespace

void MeetingRows::insert(storage::Connection& db, const Meeting& m, qint64 now)
{
    db.cached(
          "INSERT INTO meeting (id, org_id, type, other_name, held_on, starts_at, ends_at, place, chair, "
          "recorder, topic, summary, resolutions, attachments, talk_first, talk_second, motion_in_favour, "
          "quorum_base, quorum_attended, quorum_needed, valid, created_by, created_at, modified_at) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bindAll(m.id, m.orgId, m.kind.key(), otherName(m), m.heldOn.toString(Qt::ISODate), m.startsAt,
            m.endsAt, m.place.trimmed(), m.chair.trimmed(), m.recorder.trimmed(), m.topic.trimmed(),
            m.summary, m.resolutions, attachmentsJson(m), m.talkFirst, m.talkSecond, m.motionInFavour,
            m.quorum.base, m.quorum.attended, m.quorum.needed, m.valid, m.createdBy, now, now)
        .run();
    insertSheet(db, m, now);
}

void MeetingRows::update(storage::Connection& db, const Meeting& m, qint64 now)
{
    db.cached(
          "UPDATE meeting SET type = ?, other_name = ?, held_on = ?, starts_at = ?, ends_at = ?, place = ?, "
          "chair = ?, recorder = ?, topic = ?, summary = ?, resolutions = ?, attachments = ?, talk_first = "
          "?, "
          "talk_second = ?, motion_in_favour = ?, quorum_base = ?, quorum_attended = ?, quorum_needed = ?, "
          "valid = ?, modified_at = ? WHERE id = ?")
        .bindAll(m.kind.key(), otherName(m), m.heldOn.toString(Qt::ISODate), m.startsAt, m.endsAt,
            m.place.trimmed(), m.chair.trimmed(), m.recorder.trimmed(), m.topic.trimmed(), m.summary,
            m.resolutions, attachmentsJson(m), m.talkFirst, m.talkSecond, m.motionInFavour, m.quorum.base,
            m.quorum.attended, m.quorum.needed, m.valid, now, m.id)
        .run();
    db.cached("DELETE FROM meeting_attendance WHERE meeting_id = ?").bindAll(m.id).run();
    insertSheet(db, m, now);
}

void MeetingRows::insertSheet(storage::Connection& db, const Meeting& m, qint64 now)
{
    auto line
        = db.cached("INSERT INTO meeting_attendance (id, meeting_id, member_id, attendance, has_vote, note, "
                    "position, created_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < m.attendance.size(); ++i) {
        const AttendanceLine& a = m.attendance.at(i);
        line.bindAll(RecordId::generate(), m.id, a.memberId, attendanceKey(a.attendance), a.hasVote,
            a.note.trimmed(), i, now, now);
        line.run();
        line.reset();
    }
}

}  // namespace redgrid::meetings
