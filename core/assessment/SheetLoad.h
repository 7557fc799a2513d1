#pragma once

#include "Sheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// A sheet with its whole history at once: the demo's quarters now, the sheets that come
// from another level's database later. Not a way round the workflow: only an administrator
// of the whole database may load, and what is loaded is checked as an editor's save is.
struct LoadedSheet
{
    AssessmentTarget target;
    Period period = Period::quarterOf(2000, 1);
    StoredTemplate table;
    SheetState state = SheetState::SelfAssessment;
    SheetInput self;
    std::optional<SheetInput> review;  // the assessor's; required from Reviewed on
    QString by;  // who scored it, as the sheet names its last editor
    QList<Rectification> rectifications;  // indicatorKey, problem, responsible, deadline, closed …
};

class SheetLoad
{
    Q_DECLARE_TR_FUNCTIONS(SheetLoad)

public:
    // Writes every sheet in one transaction (inside the caller's, if any), with one audit
    // entry for the lot; nothing when any is refused (an existing sheet for the target and
    // quarter, a score out of range, a review missing), naming the target and quarter.
    // Computed indicators are counted from the data sources as they stand.
    static Status write(storage::Connection& db, const QList<LoadedSheet>& sheets);
};

}  // namespace redgrid::assessment
