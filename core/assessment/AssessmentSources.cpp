#include "AssessmentSources.h"

#include "OrganisationSources.h"
#include "RosterSources.h"

namespace redgrid::assessment {

void registerDataSources()
{
    DataSources::add(OrganisationSources::gridsCovered());
    DataSources::add(OrganisationSources::branchesWellFormed());
    DataSources::add(OrganisationSources::termsCurrent());
    DataSources::add(RosterSources::dualRegistered());
    DataSources::add(RosterSources::complete());
    DataSources::add(RosterSources::lostContactFound());
    DataSources::add(RosterSources::mobileInContact());
}

}  // namespace redgrid::assessment
