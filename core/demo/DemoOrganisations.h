#pragma once

#include "DemoModule.h"

namespace redgrid::demo {

// The party organisations of the demo, laid over the hierarchy (双网融合): for every street
// a 街道党工委 (a 镇党委 for a town), below it a 社区党委 / 村党委 per community or village,
// one 网格党支部 per grid (or per 2-3 grids, mostly in villages) and 楼栋党小组 over
// buildings. Full names are the names on the seal. Terms of office last five years (domain
// rules 1.4); a few end within six or two months and a few are overdue, and one grid is
// left without a branch, so that the organisation checks have something to show.
// Secretaries and 支部委员会 come later, from DemoMembers, once there are members.
class DemoOrganisations : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrganisations)

public:
    // Deliberate findings this module leaves for OrgChecks (the members add the others).
    static constexpr int UncoveredGrids = 1;
    static constexpr int MinOverdueTerms = 2;
    static constexpr int MinTermsEndingVerySoon = 2;  // within 2 months
    static constexpr int MinTermsEndingSoon = 3;  // within 6 months, not 2

    QString description() const override;
    Status build(DemoContext& context) override;
};

}  // namespace redgrid::demo
