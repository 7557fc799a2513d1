#pragma once

#include "DemoModule.h"

namespace redgrid::demo {

// The district and its streets and communities: the real ones of 重庆市江北区 from the
// bundled division list, imported through the same DivisionImporter users run; at the
// large scale topped up with invented streets and communities to benchmark size.
class DemoDivisions : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoDivisions)

public:
    QString description() const override;
    Status build(DemoContext& context) override;
};

}  // namespace redgrid::demo
