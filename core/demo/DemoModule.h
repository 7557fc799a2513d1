#pragma once

#include "DemoBuilder.h"
#include "DemoRandom.h"
#include "common/Result.h"

namespace redgrid::demo {

struct DemoContext
{
    storage::Connection& db;
    DemoOptions options;
    DemoRandom random;  // each module forks its own stream from this
};

// One part of the demo database. Modules run in order inside one transaction; a later
// part of RedGrid (organisations, members, requests …) adds its module after the
// hierarchy's and finds the hierarchy already in place.
class DemoModule
{
public:
    virtual ~DemoModule() = default;
    virtual QString description() const = 0;  // shown as progress, e.g. "grids and buildings"
    virtual Status build(DemoContext& context) = 0;
};

}  // namespace redgrid::demo
