#include "BranchNames.h"

#include "organisation/OrgStore.h"

namespace redgrid::document {

BranchNames::BranchNames(storage::Connection& db)
    : m_db(db)
{
}

QString BranchNames::of(const RecordId& orgId)
{
    if (const auto known = m_names.constFind(orgId); known != m_names.constEnd())
        return *known;
    organisation::OrgStore orgs(m_db);
    const RecordId branch = orgs.branchOf(orgId);
    const auto org = orgs.org(branch.isNull() ? orgId : branch);
    const QString name = org ? org->name : QString();
    m_names.insert(orgId, name);
    return name;
}

}  // namespace redgrid::document
