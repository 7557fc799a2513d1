#pragma once

#include "Meeting.h"
#include "Quorum.h"

#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::meetings {

// Many meetings made valid by their maker (the demo's year of organisational life), written
// in the caller's transaction: the quorum worked out as MeetingEditor does, but no rule
// checked and the roster not read again for each; one audit entry at the end (finish).
// Throws SqliteError.
class MeetingBulkLoad
{
public:
    explicit MeetingBulkLoad(storage::Connection& connection, const QuorumSettings& settings = {});

    void add(Meeting meeting);  // a new id is given to it
    void finish(const QString& source);  // "Imported N meetings from SOURCE" in the audit log
    int count() const { return m_count; }

private:
    storage::Connection& m_db;
    QuorumSettings m_settings;
    int m_count = 0;
};

}  // namespace redgrid::meetings
