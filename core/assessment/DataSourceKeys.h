#pragma once

#include <QString>

namespace redgrid::assessment {

// The names of the data sources that RedGrid's own records feed into computed indicators.
// Templates store these names; a module registers the source behind each (DataSources).
namespace DataSourceKeys {
inline const QString GridsCovered = QStringLiteral("grids.covered");
inline const QString BranchesWellFormed = QStringLiteral("organisations.wellFormed");
inline const QString TermsCurrent = QStringLiteral("organisations.termsCurrent");
inline const QString DualRegistered = QStringLiteral("members.dualRegistered");
inline const QString MembersComplete = QStringLiteral("members.complete");
inline const QString LostContactFound = QStringLiteral("members.lostContactFound");
inline const QString MobileInContact = QStringLiteral("members.mobileInContact");
}  // namespace DataSourceKeys

}  // namespace redgrid::assessment
