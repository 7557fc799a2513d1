#include "RosterCounts.h"

#include "storage/Connection.h"
#include "storage/IdList.h"

namespace redgrid::roster {

RosterCounts::RosterCounts(storage::Connection& connection)
    : m_db(connection)
{
}

bool RosterCounts::isEmpty() const
{
    return m_db.scalar("SELECT NOT EXISTS (SELECT 1 FROM member)") != 0;
}

qint64 RosterCounts::activeIn(const RecordId& orgId) const
{
    auto st = m_db.cached("SELECT count(*) FROM member WHERE org_id = ? AND status = 'active'");
    st.bind(1, orgId);
    st.step();
    return st.int64(0);
}

qint64 RosterCounts::activeInTree(const RecordId& orgId) const
{
    auto st = m_db.cached(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
        "  SELECT c.id FROM party_org c JOIN tree ON c.parent_id = tree.id) "
        "SELECT count(*) FROM member m JOIN tree ON m.org_id = tree.id WHERE m.status = 'active'");
    st.bind(1, orgId);
    st.step();
    return st.int64(0);
}

qint64 RosterCounts::activeInFile() const
{
    return m_db.scalar("SELECT count(*) FROM member WHERE status = 'active'");
}

QHash<RecordId, qint64> RosterCounts::activeByOrg(Orgs orgs) const
{
    // The area's scope evaluated once for the whole count.
    auto st = orgs == Orgs::All
        ? m_db.cached("SELECT org_id, count(*) FROM member WHERE status = 'active' GROUP BY org_id")
        : m_db.cached("SELECT org_id, count(*) FROM member WHERE status = 'active' "
                      "AND org_id IN (SELECT id FROM temp.scope_org) GROUP BY org_id");
    QHash<RecordId, qint64> counts;
    while (st.step())
        counts.insert(st.id(0), st.int64(1));
    return counts;
}

QHash<RecordId, RosterCounts::Active> RosterCounts::activeAndFullByOrg(Orgs orgs) const
{
#define ACTIVE_AND_FULL(IN_AREA)                                                                             \
    "SELECT org_id, count(*), sum(category = '1' AND standing = '1') FROM member "                           \
    "WHERE status = 'active'" IN_AREA " GROUP BY org_id"
    auto st = orgs == Orgs::All
        ? m_db.cached(ACTIVE_AND_FULL(""))
        : m_db.cached(ACTIVE_AND_FULL(" AND org_id IN (SELECT id FROM temp.scope_org)"));
#undef ACTIVE_AND_FULL
    QHash<RecordId, Active> counts;
    while (st.step())
        counts.insert(st.id(0), { st.int64(1), st.int64(2) });
    return counts;
}

QHash<RecordId, RosterCounts::Active> RosterCounts::activeAndFullIn(const QList<RecordId>& orgIds) const
{
    QHash<RecordId, Active> counts;
    if (orgIds.isEmpty())
        return counts;
    const QByteArray sql = "SELECT org_id, count(*), sum(category = '1' AND standing = '1') FROM member "
                           "WHERE status = 'active' AND org_id IN ("
        + storage::IdList::parameters(orgIds.size()) + ") GROUP BY org_id";
    auto st = m_db.prepare(sql.constData());
    storage::IdList::bind(st, orgIds);
    while (st.step())
        counts.insert(st.id(0), { st.int64(1), st.int64(2) });
    return counts;
}

qint64 RosterCounts::recordsIn(const RecordId& orgId) const
{
    return m_db.scalar("SELECT count(*) FROM member WHERE org_id = ?", orgId);
}

std::optional<RecordId> RosterCounts::orgOf(const RecordId& memberId) const
{
    auto st = m_db.cached("SELECT org_id FROM member WHERE id = ?");
    st.bind(1, memberId);
    if (!st.step())
        return std::nullopt;
    return st.id(0);
}

}  // namespace redgrid::roster
