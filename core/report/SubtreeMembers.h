#pragma once

#include "common/RecordId.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"

#include <QList>

namespace redgrid::report {

// The active members of an organisation and every organisation below it, in pinyin
// order, read a chunk at a time (a district prints tens of thousands of pages without
// holding more than one chunk of members).
class SubtreeMembers
{
public:
    SubtreeMembers(storage::Connection& db, const RecordId& orgId, roster::Exposure exposure);

    qint64 count();
    // The next members, at most `n`; empty once all have been read.
    QList<roster::RosterRow> next(int n);

private:
    roster::RosterCursor m_cursor;
    roster::MemberStore m_store;
    roster::Exposure m_exposure;
};

}  // namespace redgrid::report
