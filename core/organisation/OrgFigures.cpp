#include "OrgFigures.h"

#include "OrgChecks.h"
#include "OrgKind.h"
#include "roster/RosterCounts.h"
#include "storage/Connection.h"
#include "storage/IdList.h"

#include <QHash>

namespace redgrid::organisation {

OrgFigures::OrgFigures(storage::Connection& connection)
    : m_db(connection)
{
}

qint64 OrgFigures::organisationsInFile()
{
    return m_db.scalar("SELECT count(*) FROM party_org");
}

QList<RecordId> OrgFigures::ofCommunity(const RecordId& nodeId)
{
    auto st
        = m_db.cached("WITH RECURSIVE nodes(id) AS (SELECT ? UNION ALL "
                      "  SELECT n.id FROM hierarchy_node n JOIN nodes ON n.parent_id = nodes.id), "
                      "orgs(id) AS (SELECT a.org_id FROM party_org_node a JOIN nodes ON a.node_id = nodes.id "
                      "  UNION SELECT c.id FROM party_org c JOIN orgs ON c.parent_id = orgs.id) "
                      "SELECT id FROM orgs");
    st.bind(1, nodeId);
    QList<RecordId> ids;
    while (st.step())
        ids.append(st.id(0));
    return ids;
}

QList<RecordId> OrgFigures::tree(const RecordId& orgId)
{
    auto st = m_db.cached("WITH RECURSIVE tree(id) AS (SELECT id FROM party_org WHERE id = ? UNION ALL "
                          "  SELECT c.id FROM party_org c JOIN tree ON c.parent_id = tree.id) "
                          "SELECT id FROM tree");
    st.bind(1, orgId);
    QList<RecordId> ids;
    while (st.step())
        ids.append(st.id(0));
    return ids;
}

OrgShare OrgFigures::gridsCovered(const RecordId& communityId)
{
    auto st = m_db.cached(
        "SELECT count(*), coalesce(sum(EXISTS ("
        "  SELECT 1 FROM party_org_node a JOIN party_org o ON o.id = a.org_id "
        "  JOIN hierarchy_node n ON n.id = a.node_id "
        "  WHERE o.kind IN ('branch', 'joint_branch', 'functional_branch', 'temporary_branch', 'group') "
        "    AND (n.id = g.id OR n.parent_id = g.id))), 0) "
        "FROM hierarchy_node g WHERE g.parent_id = ? AND g.level = 4");
    st.bind(1, communityId);
    st.step();
    return { st.int64(1), st.int64(0) };
}

OrgShare OrgFigures::branchesWellFormed(const QList<RecordId>& orgIds)
{
    if (orgIds.isEmpty())
        return {};
    // Each organisation's kind, and the branch it counts towards: a 党小组 towards its
    // parent branch, as OrgChecks::branchSizes counts it.
    const QByteArray sql = "SELECT id, kind, parent_id, has_committee FROM party_org WHERE id IN ("
        + storage::IdList::parameters(orgIds.size()) + ")";
    auto st = m_db.prepare(sql.constData());
    storage::IdList::bind(st, orgIds);
    QHash<RecordId, bool> branches;  // with their committee
    QHash<RecordId, RecordId> countsTowards;  // organisation → the branch it counts for
    while (st.step()) {
        const auto kind = orgKindFromKey(st.text(1));
        if (!kind)
            continue;
        if (isBranch(*kind)) {
            branches.insert(st.id(0), st.integer(3) != 0);
            countsTowards.insert(st.id(0), st.id(0));
        } else if (*kind == OrgKind::Group) {
            countsTowards.insert(st.id(0), st.id(2));
        }
    }
    QHash<RecordId, roster::RosterCounts::Active> sizes;
    const auto members = roster::RosterCounts(m_db).activeAndFullIn(countsTowards.keys());
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        auto& size = sizes[countsTowards.value(it.key())];
        size.all += it.value().all;
        size.full += it.value().full;
    }
    OrgShare share;
    for (auto it = branches.constBegin(); it != branches.constEnd(); ++it) {
        const auto size = sizes.value(it.key());
        share.possible += 1;
        share.achieved += BranchSize::isWellFormed(size.all, size.full, it.value()) ? 1 : 0;
    }
    return share;
}

OrgShare OrgFigures::termsCurrent(const QList<RecordId>& orgIds, const QDate& asOf)
{
    if (orgIds.isEmpty())
        return {};
    const QByteArray sql = "SELECT count(*), coalesce(sum(term_end >= ?), 0) FROM party_org "
                           "WHERE term_end IS NOT NULL AND kind <> 'group' AND id IN ("
        + storage::IdList::parameters(orgIds.size()) + ")";
    auto st = m_db.prepare(sql.constData());
    st.bind(1, asOf.toString(Qt::ISODate));
    storage::IdList::bind(st, orgIds, 1);
    st.step();
    return { st.int64(1), st.int64(0) };
}

}  // namespace redgrid::organisation
