#pragma once

#include "DemoModule.h"

namespace redgrid::demo {

// Invented grids (300-500 households each, 综合网格 and a few 专属网格) under every
// community and village, and the buildings (楼栋) or courtyards (院落) in each grid.
class DemoGrids : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoGrids)

public:
    QString description() const override;
    Status build(DemoContext& context) override;
};

}  // namespace redgrid::demo
