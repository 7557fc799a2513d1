#include "AuditFilter.h"

#include <QDateTime>

namespace redgrid::audit {

void AuditFilter::setDays(const QDate& from, const QDate& to)
{
    // The user thinks in local days; entries are stored in UTC milliseconds.
    fromMs = from.isValid() ? std::optional(from.startOfDay().toMSecsSinceEpoch()) : std::nullopt;
    toMs = to.isValid() ? std::optional(to.addDays(1).startOfDay().toMSecsSinceEpoch()) : std::nullopt;
}

}  // namespace redgrid::audit
