#include "Access.h"

#include "storage/Connection.h"

namespace redgrid::security {

Access::Access(storage::Connection& connection)
    : m_db(connection)
    , m_session(Session::of(connection))
{
}

Error Access::refusal(Permission permission) const
{
    if (!m_session)
        return Error::denied(
            tr("nobody is signed in; sign in to %1").arg(Roles::permissionLabel(permission)));
    return Error::denied(tr("%1 (%2) may not %3")
                             .arg(m_session->account().username, Roles::label(m_session->role()),
                                 Roles::permissionLabel(permission)));
}

Error Access::outOfScope() const
{
    return Error::denied(
        tr("this record lies outside the area of %1's account").arg(m_session->account().username));
}

Status Access::require(Permission permission) const
{
    if (!allows(permission))
        return refusal(permission);
    return Status::success();
}

Status Access::requireNode(Permission permission, const RecordId& nodeId) const
{
    if (!allows(permission))
        return refusal(permission);
    if (!nodeInScope(nodeId))
        return outOfScope();
    return Status::success();
}

Status Access::requireOrg(Permission permission, const RecordId& orgId) const
{
    if (!allows(permission))
        return refusal(permission);
    if (!orgInScope(orgId))
        return outOfScope();
    return Status::success();
}

bool Access::nodeInScope(const RecordId& nodeId) const
{
    if (!m_session)
        return false;
    if (m_session->coversWholeDatabase())
        return true;
    // Walk up from the node: at most five levels.
    const RecordId scope = m_session->account().scopeNodeId;
    RecordId current = nodeId;
    while (!current.isNull()) {
        if (current == scope)
            return true;
        auto st = m_db.cached("SELECT parent_id FROM hierarchy_node WHERE id = ?");
        st.bindAll(current);
        current = st.step() ? st.id(0) : RecordId();
    }
    return false;
}

bool Access::orgInScope(const RecordId& orgId) const
{
    if (!m_session)
        return false;
    if (m_session->coversWholeDatabase())
        return true;
    return m_db.scalar("SELECT count(*) FROM temp.scope_org WHERE id = ?", orgId) > 0;
}

QSet<RecordId> Access::orgsInScope() const
{
    QSet<RecordId> ids;
    if (!m_session)
        return ids;
    auto st = m_db.cached(
        m_session->coversWholeDatabase() ? "SELECT id FROM party_org" : "SELECT id FROM temp.scope_org");
    while (st.step())
        ids.insert(st.id(0));
    return ids;
}

QString Access::orgScopeCondition(const QString& column) const
{
    if (!m_session)
        return QStringLiteral("0");
    if (m_session->coversWholeDatabase())
        return {};
    return QStringLiteral("%1 IN (SELECT id FROM temp.scope_org)").arg(column);
}

QString Access::nodeScopeCondition(const QString& column) const
{
    if (!m_session)
        return QStringLiteral("0");
    if (m_session->coversWholeDatabase())
        return {};
    return QStringLiteral("%1 IN (SELECT id FROM temp.scope_node)").arg(column);
}

}  // namespace redgrid::security
