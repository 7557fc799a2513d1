#pragma once

#include "AnnualStanding.h"
#include "Sheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// Every change to score sheets; each call is one transaction, audited. Who may do what is
// SheetWorkflow's (by role and state) on top of the area (the target inside the account's).
class SheetEditor
{
    Q_DECLARE_TR_FUNCTIONS(SheetEditor)

public:
    explicit SheetEditor(storage::Connection& connection);

    // Saves one side's entries (the first save creates the sheet with its template version).
    // Refused, naming the indicator and the reason, for a score above the maximum, below zero
    // or with too many decimals; refused when the sheet's state does not allow that side;
    // refused when somebody saved the sheet after `base` was opened, naming who and which
    // indicators they changed. Returns the sheet as saved, to keep working on.
    Result<Sheet> save(const Sheet& base, SheetSide side, const SheetInput& input);
    // A state change (submit, return, finish the review, confirm, reopen): refused by role and
    // state as SheetWorkflow says, and when `base` is not the newest revision. Reopening
    // needs a reason, which is kept.
    Result<Sheet> act(const Sheet& base, SheetAction action, const QString& reason = {});

    // 整改: opens an item on an indicator that lost points on the sheet.
    Result<Rectification> openRectification(const Sheet& sheet, const QString& indicatorKey,
        const QString& problem, const QString& responsible, const QDate& deadline);
    Result<Rectification> closeRectification(
        const RecordId& id, const QString& outcome, const QDate& closedOn);

    // The year-end rating of the annual score (年终评定), given by the target's assessor:
    // refused above the template's maximum for it (AnnualRule::yearEndMax), below zero, with
    // too many decimals, or for a year that has not begun.
    Status saveYearEnd(const AssessmentTarget& target, int year, const YearEnd& yearEnd);

private:
    Status mayChange(const Sheet& base, SheetAction action);
    Status checkRevision(const Sheet& base);

    storage::Connection& m_db;
};

}  // namespace redgrid::assessment
