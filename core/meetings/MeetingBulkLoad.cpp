#include "MeetingBulkLoad.h"

#include "MeetingEditor.h"
#include "MeetingRows.h"
#include "common/Clock.h"
#include "security/AuditTrail.h"

namespace redgrid::meetings {

MeetingBulkLoad::MeetingBulkLoad(storage::Connection& connection, const QuorumSettings& settings)
    : m_db(connection)
    , m_settings(settings)
{
}

void MeetingBulkLoad::add(Meeting meeting)
{
    meeting.id = RecordId::generate();
    MeetingEditor::workOutQuorum(meeting, m_settings);
    MeetingRows::insert(m_db, meeting, nowMs());
    ++m_count;
}

void MeetingBulkLoad::finish(const QString& source)
{
    security::recordAudit(m_db,
        { audit::AuditAction::Imported, QStringLiteral("meeting"), {},
            { { QStringLiteral("file"), source }, { QStringLiteral("inserted"), m_count } } });
}

}  // namespace redgrid::meetings
