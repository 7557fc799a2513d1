#pragma once

#include "common/RecordId.h"
#include "common/Result.h"
#include "security/Role.h"

namespace redgrid::storage {
class Connection;
}
namespace redgrid::security {
class Access;
}

namespace redgrid::roster {

// The account's area holds a member when it holds the member's organisation. The member's
// organisation is the roster's to read, so this question is asked here rather than in
// security (which would then depend on the roster that depends on it).
bool memberInScope(const security::Access& access, storage::Connection& db, const RecordId& memberId);
// The permission, and the member inside the account's area.
Status requireMember(const security::Access& access, storage::Connection& db, security::Permission permission,
    const RecordId& memberId);

}  // namespace redgrid::roster
