#pragma once

namespace redgrid::assessment {

// Adds the data sources of RedGrid's own records to the registry (DataSources): the
// organisations' and the roster's. Called once by registerCoreModules.
void registerDataSources();

}  // namespace redgrid::assessment
