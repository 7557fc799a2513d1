#pragma once

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
    // The same for a division code (what the CLI's --scope takes); empty: the account's area.
    Result<AssessmentReport> buildForCode(
        const QString& code, const Period& quarter, const QDate& today = QDate::currentDate());

private:
    storage::Connection& m_db;
};

}  // namespace redgrid::assessment
