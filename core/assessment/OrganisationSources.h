#pragma once

#include "DataSource.h"

#include <QCoreApplication>

namespace redgrid::assessment {

// The data sources the party organisations feed (issue 23 §1), counted by
// organisation::OrgFigures: grids covered, branches well formed, terms not overdue.
class OrganisationSources
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationSources)

public:
    static DataSource gridsCovered();  // a community only: a branch has no grids
    static DataSource branchesWellFormed();
    static DataSource termsCurrent();
};

}  // namespace redgrid::assessment
