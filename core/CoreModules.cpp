#include "CoreModules.h"

#include "hierarchy/HierarchyAuditWords.h"
#include "organisation/OrgAuditWords.h"
#include "roster/MemberWords.h"
#include "security/SecurityAuditWords.h"

#include <mutex>

namespace redgrid {

void registerCoreModules()
{
    static std::once_flag once;
    std::call_once(once, [] {
        hierarchy::registerAuditWords();
        organisation::registerAuditWords();
        roster::MemberWords::registerAuditWords();
        security::registerAuditWords();
    });
}

}  // namespace redgrid
