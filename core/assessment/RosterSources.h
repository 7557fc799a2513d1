#pragma once

#include "DataSource.h"

#include <QCoreApplication>

namespace redgrid::assessment {

// The data sources the roster feeds (issue 23 §1), counted by roster::RosterFigures over the
// active members of the target's organisations (organisation::OrgFigures): dual registration,
// complete records, lost-contact members found, mobile members in contact.
class RosterSources
{
    Q_DECLARE_TR_FUNCTIONS(RosterSources)

public:
    // A community: the in-service members living in it; a branch: its in-service members.
    static DataSource dualRegistered();
    static DataSource complete();
    static DataSource lostContactFound();
    static DataSource mobileInContact();
};

}  // namespace redgrid::assessment
