#pragma once

#include "Meeting.h"

namespace redgrid::storage {
class Connection;
}

namespace redgrid::meetings {

// The rows of one meeting as they are written, for MeetingEditor and MeetingBulkLoad alike:
// no rule is checked here, and the caller holds the transaction. Throws SqliteError.
class MeetingRows
{
public:
    static void insert(storage::Connection& db, const Meeting& meeting, qint64 now);
    static void update(storage::Connection& db, const Meeting& meeting, qint64 now);

private:
    static void insertSheet(storage::Connection& db, const Meeting& meeting, qint64 now);
};

}  // namespace redgrid::meetings
