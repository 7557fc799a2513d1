#pragma once

#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"

#include <QList>

namespace redgrid::document {

// The members a list print covers, as the roster shows them: its filter (with the
// organisation whose subtree it lists, and the search) and its order.
struct MemberSelection
{
    roster::RosterFilter filter;
    roster::RosterOrder order;
};

// The members of a selection in its order, read a chunk at a time (a district prints tens
// of thousands of pages without holding more than one chunk of members). Only members in
// the account's area are read.
class SelectedMembers
{
public:
    SelectedMembers(storage::Connection& db, const MemberSelection& selection, roster::Exposure exposure);

    qint64 count();
    // The next members, at most `n`; empty once all have been read.
    QList<roster::RosterRow> next(int n);

private:
    roster::RosterCursor m_cursor;
    roster::MemberStore m_store;
    roster::Exposure m_exposure;
};

}  // namespace redgrid::document
