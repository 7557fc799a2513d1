#pragma once

#include "AssessmentTarget.h"
#include "Period.h"
#include "Rectification.h"
#include "ScoreSheet.h"
#include "SheetState.h"
#include "TemplateStore.h"

#include <QList>
#include <QString>

namespace redgrid::assessment {

// The two sides of a sheet: the target's self-assessment (自评) and the assessor's review
// (审核); both are kept, indicator by indicator.
enum class SheetSide { Self, Review };

// Reopening a confirmed sheet: the reason is kept, with who and when.
struct Reopening
{
    QString reason;
    QString by;
    qint64 at = 0;
};

// One target's score sheet for one quarter, as stored, or as it will be: `id` is null and
// `revision` 0 until its first save. Computed indicators carry the counts from the data
// sources: counted afresh while the sheet can still change, as saved once it is reviewed.
struct Sheet
{
    RecordId id;
    AssessmentTarget target;
    Period period = Period::quarterOf(2000, 1);
    StoredTemplate table;  // the version the sheet is scored with
    SheetState state = SheetState::SelfAssessment;
    SheetInput self;
    SheetInput review;
    bool hasReview = false;  // the assessor has saved scores
    int revision = 0;  // raised by every save; a save from an older revision is refused
    QString modifiedBy;  // who saved last
    qint64 modifiedAt = 0;
    QList<Reopening> reopenings;
    // Opened on this sheet, and the open ones carried from the target's earlier quarters.
    QList<Rectification> rectifications;

    bool isSaved() const { return revision > 0; }
    const SheetInput& input(SheetSide side) const { return side == SheetSide::Self ? self : review; }
    SheetResult selfResult() const;
    SheetResult reviewResult() const;
    // What counts: the review once there is one, else the self-assessment.
    SheetResult result() const;
};

}  // namespace redgrid::assessment
