#pragma once

#include "common/RecordId.h"

#include <QDate>
#include <QList>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::organisation {

// How many of something meet a rule: "12 of 14".
struct OrgShare
{
    qint64 achieved = 0;
    qint64 possible = 0;
};

// The organisations' figures that assessment's data sources count for one community or one
// branch. Not scoped: the caller has checked that the community or branch lies in the
// signed-in account's area, and the figures cover everything inside it.
class OrgFigures
{
public:
    explicit OrgFigures(storage::Connection& connection);

    // Every party organisation in the file, whatever the area: what a backup says it holds.
    qint64 organisationsInFile();

    // The organisations of a community: those covering a node of its subtree (the 社区党委,
    // its grids' branches, its buildings' groups) and every organisation below them.
    QList<RecordId> ofCommunity(const RecordId& nodeId);
    // The organisation and every organisation below it.
    QList<RecordId> tree(const RecordId& orgId);

    // The community's grids covered by a branch or group anchored to the grid or one of its
    // buildings (the same rule as OrgChecks::uncoveredGrids), of all its grids.
    OrgShare gridsCovered(const RecordId& communityId);
    // The branches among `orgIds` meeting 支部工作条例 Art. 4 (BranchSize), each counted with
    // the members of its 党小组, of all those branches.
    OrgShare branchesWellFormed(const QList<RecordId>& orgIds);
    // The organisations among `orgIds` with a recorded term (groups have none) whose term has
    // not ended on `asOf`, of all those with a recorded term.
    OrgShare termsCurrent(const QList<RecordId>& orgIds, const QDate& asOf);

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::organisation
