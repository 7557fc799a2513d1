#pragma once

#include "DemoModule.h"

namespace redgrid::demo {

// A year of assessment for the demo (issue 23 §5): the default templates, the four quarters
// before the current one scored for every community (self-assessment and the street's
// review; some communities improving, some declining), the current quarter's
// self-assessments begun by some, a few communities capped by the star quotas, one vetoed in
// the last quarter, rectifications of the points lost (some closed, some overdue), and the
// branches of the first street scored by their 党委.
class DemoScores : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoScores)

public:
    QString description() const override;
    Status build(DemoContext& context) override;
};

}  // namespace redgrid::demo
