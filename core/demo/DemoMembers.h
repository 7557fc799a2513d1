#pragma once

#include "DemoModule.h"

namespace redgrid::demo {

// The party members of the demo roster, registered in the grid branches and 党小组 that
// DemoOrganisations set up and living in the buildings those cover. Ages, sex, education,
// jobs and statuses follow plausible community distributions (older members in villages;
// 3-5 % probationary; some 流动, 失联, 停止党籍, transferred out or deceased; 在职党员双报到).
// ID numbers and phones are valid. Once the members are in, each organisation gets its
// secretary and, where it has 7 or more full members, its 支部委员会.
//
// Deliberate problems, so that the checks have something to show; every member is still a
// record the validator accepts (warnings only):
class DemoMembers : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoMembers)

public:
    static constexpr int TooSmallBranches = 2;  // fewer than 3 full members
    static constexpr int OversizedBranches = 1;  // more than 50 members
    static constexpr int BranchesWithoutCommittee = 1;  // 7 or more full members, no 支部委员会
    static constexpr int OffConversionDates = 5;  // converted months after the probation ended
    static constexpr int OverdueProbations = 2;  // the probation ended and was not decided
    // Probationary members as a share of all members (a little more of the active ones).
    static constexpr double ProbationaryShare = 0.04;

    // Party members registered in the community per 100 households covered by a branch:
    // about 400 members in the small demo, 20,000 in the district, 120,000 in the large one.
    static constexpr double MembersPerHundredHouseholds = 5.0;

    QString description() const override;
    Status build(DemoContext& context) override;
};

}  // namespace redgrid::demo
