#pragma once

#include "AnnualStanding.h"
#include "AssessmentReport.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// Builds the report model (AssessmentReport) of a quarter from the database, inside the
// signed-in account's area: for a community its own sheet; for a street or the district
// every community below it with a saved sheet, ranked within its street (quotas applied
// there) and within the district.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(storage::Connection& connection);

    // `nodeId`: a district, street or community inside the area.
    Result<AssessmentReport> build(
        const RecordId& nodeId, const Period& quarter, const QDate& today = QDate::currentDate());
    // A 党委's branches (a summary), or one branch ranked among its 党委's: `orgId` a party
    // organisation inside the area.
    Result<AssessmentReport> buildForOrg(
        const RecordId& orgId, const Period& quarter, const QDate& today = QDate::currentDate());
    // The same for a division code, or an organisation's code (what the CLI's --scope takes);
    // empty: the account's area.
    Result<AssessmentReport> buildForCode(
        const QString& code, const Period& quarter, const QDate& today = QDate::currentDate());

    // The annual scores of `year` (domain-rules §4.5): the communities under the division
    // `code` (or a party organisation's branches; empty: the account's area), each from its
    // quarters' totals, the year-end rating and the year's bonus and penalty, by the annual
    // rule of the template in use, ranked within their street (or 党委).
    Result<AnnualStanding> annualForCode(
        const QString& code, int year, const QDate& today = QDate::currentDate());

private:
    // The report of the targets of `pool` that have a saved sheet: all of them (a summary) or
    // only `only`; ranked by their unit (a street, a 党委) with the quotas, and also all
    // together when `rankAll` (the district).
    Result<AssessmentReport> assemble(
        AssessmentReport report, const QList<AssessmentTarget>& pool, const RecordId& only, bool rankAll);

    storage::Connection& m_db;
};

}  // namespace redgrid::assessment
