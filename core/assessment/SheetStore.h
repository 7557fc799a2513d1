#pragma once

#include "AnnualStanding.h"
#include "AssessmentTarget.h"
#include "Period.h"
#include "Sheet.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// A line of a list of sheets: a target and where its sheet for the period stands.
struct SheetOverview
{
    AssessmentTarget target;
    RecordId sheetId;  // null: no sheet yet
    SheetState state = SheetState::SelfAssessment;
    std::optional<Points> total;  // as last saved
    QString modifiedBy;
};

// Reads score sheets inside the signed-in account's area (ReadAssessment): a community is
// readable when its node is in the area, a branch when its organisation is.
class SheetStore
{
    Q_DECLARE_TR_FUNCTIONS(SheetStore)

public:
    explicit SheetStore(storage::Connection& connection);

    Status allowed() const;
    // The target a code names (a community's division code, a branch's organisation code),
    // refused when there is none or it lies outside the account's area.
    Result<AssessmentTarget> targetByCode(const QString& code);
    Result<AssessmentTarget> target(TargetKind kind, const RecordId& id);
    // The communities and villages in the subtree of `nodeId` (itself if it is one) inside the
    // area, in the hierarchy's order; a null node: the whole area.
    QList<AssessmentTarget> communitiesUnder(const RecordId& nodeId);
    // The branches (党支部 and the like) below `orgId`, inside the area.
    QList<AssessmentTarget> branchesUnder(const RecordId& orgId);

    // The target's sheet for the quarter: as stored, or a new one with the template in use.
    // Refused outside the area or for a period that does not exist or lies ahead.
    Result<Sheet> open(
        const AssessmentTarget& target, const Period& quarter, const QDate& today = QDate::currentDate());
    std::optional<Sheet> stored(const RecordId& sheetId);
    // Every community under `nodeId` with its sheet for the quarter, scored or not.
    QList<SheetOverview> overview(const Period& quarter, const RecordId& nodeId);
    // The same for the targets given (communities or branches).
    QList<SheetOverview> overview(const Period& quarter, const QList<AssessmentTarget>& targets);
    // The target's saved totals of the quarters up to and including `quarter`, oldest first.
    QList<std::pair<Period, Points>> history(
        const AssessmentTarget& target, const Period& quarter, int quarters = 4);

    // The year-end rating the assessor gave the target for `year`, if any.
    std::optional<YearEnd> yearEnd(const AssessmentTarget& target, int year);

private:
    void loadEntries(Sheet& sheet);
    void loadRectifications(Sheet& sheet);

    storage::Connection& m_db;
};

}  // namespace redgrid::assessment
