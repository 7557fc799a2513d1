#pragma once

#include "DemoModule.h"

namespace redgrid::demo {

// The year's organisational life for the demo (issue 25 §6), from January to today: for every
// 支部 a 主题党日 each month, a 支委会 each month where it has a committee, a 支部党员大会 and a 党课
// each quarter, a 组织生活会 and a 民主评议 in January; for every 党小组 a 党小组会 each month.
// Most branches keep to it; some miss a quarter's 党课, a few general meetings fail their quorum
// (most members away), and members are now and then on leave — so that the compliance matrix,
// the ledgers and the due list have something real to show.
class DemoMeetings : public DemoModule
{
    Q_DECLARE_TR_FUNCTIONS(DemoMeetings)

public:
    QString description() const override;
    Status build(DemoContext& context) override;
};

}  // namespace redgrid::demo
