#include "MemberAccess.h"

#include "RosterCounts.h"
#include "security/Access.h"

namespace redgrid::roster {

bool memberInScope(const security::Access& access, storage::Connection& db, const RecordId& memberId)
{
    if (!access.session())
        return false;
    if (access.coversWholeDatabase())
        return true;
    const auto orgId = RosterCounts(db).orgOf(memberId);
    return orgId && access.orgInScope(*orgId);
}

Status requireMember(const security::Access& access, storage::Connection& db, security::Permission permission,
    const RecordId& memberId)
{
    if (access.coversWholeDatabase())
        return access.require(permission);
    // A member that does not exist is in no one's area: the refusal of an organisation outside it.
    return access.requireOrg(permission, RosterCounts(db).orgOf(memberId).value_or(RecordId()));
}

}  // namespace redgrid::roster
