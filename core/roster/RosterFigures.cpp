#include "RosterFigures.h"

#include "storage/Connection.h"
#include "storage/IdList.h"

namespace redgrid::roster {

// 在职: a 工作岗位 code under 0 在岗职工 (see RosterFigures.h).
#define IN_SERVICE "substr(m.job_post, 1, 1) = '0'"

RosterFigures::RosterFigures(storage::Connection& connection)
    : m_db(connection)
{
}

MemberShare RosterFigures::share(const char* achieved, const char* where, const QList<RecordId>& orgIds)
{
    if (orgIds.isEmpty())
        return {};
    const QByteArray sql = QByteArray("SELECT count(*), coalesce(sum(") + achieved
        + "), 0) FROM member m WHERE m.status = 'active' AND " + where + " AND m.org_id IN ("
        + storage::IdList::parameters(orgIds.size()) + ")";
    auto st = m_db.prepare(sql.constData());
    storage::IdList::bind(st, orgIds);
    st.step();
    return { st.int64(1), st.int64(0) };
}

MemberShare RosterFigures::dualRegisteredLivingIn(const RecordId& communityId)
{
    auto st = m_db.cached("WITH RECURSIVE nodes(id) AS (SELECT ? UNION ALL "
                          "  SELECT n.id FROM hierarchy_node n JOIN nodes ON n.parent_id = nodes.id) "
                          "SELECT count(*), coalesce(sum(m.dual_node_id IN nodes), 0) FROM member m "
                          "WHERE m.status = 'active' AND " IN_SERVICE " AND m.residence_node_id IN nodes");
    st.bind(1, communityId);
    st.step();
    return { st.int64(1), st.int64(0) };
}

MemberShare RosterFigures::dualRegistered(const QList<RecordId>& orgIds)
{
    return share("m.dual_node_id IS NOT NULL", IN_SERVICE, orgIds);
}

MemberShare RosterFigures::complete(const QList<RecordId>& orgIds)
{
    return share("m.sex <> '' AND m.ethnicity <> '' AND coalesce(m.birth_date, '') <> '' "
                 "AND m.education <> '' AND coalesce(m.joined_on, '') <> '' "
                 "AND (m.category <> '1' OR coalesce(m.converted_on, '') <> '') AND m.job_post <> '' "
                 "AND (m.mobile_hash IS NOT NULL OR m.landline_hash IS NOT NULL) "
                 "AND (m.is_mobile = 0 OR m.mobile_destination <> '')",
        "1", orgIds);
}

MemberShare RosterFigures::lostContactFound(const QList<RecordId>& orgIds)
{
    // A change that cleared or replaced the lost-contact date is the record of a lost contact.
    return share("m.lost_contact_on IS NULL",
        "(m.lost_contact_on IS NOT NULL OR EXISTS (SELECT 1 FROM member_event e "
        "  WHERE e.member_id = m.id AND e.kind = 'changed' "
        "  AND json_extract(e.details, '$.fields.lost_contact_on.from') <> ''))",
        orgIds);
}

MemberShare RosterFigures::mobileInContact(const QList<RecordId>& orgIds)
{
    return share("m.lost_contact_on IS NULL", "m.is_mobile = 1", orgIds);
}

#undef IN_SERVICE

}  // namespace redgrid::roster
