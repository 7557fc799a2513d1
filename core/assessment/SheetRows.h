#pragma once

#include "Sheet.h"

#include <QJsonArray>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::assessment {

// How a sheet's parts are written in its rows (assessment_sheet, assessment_entry): shared by
// the store that reads them and the editor that writes them.
namespace SheetRows {
QString sideCode(SheetSide side);  // self, review
QString findingsJson(const QHash<QString, int>& findings);
QHash<QString, int> findings(const QString& json);
QString listJson(const QStringList& list);
QStringList list(const QString& json);
// Writes one side's entries of a sheet (the computed counts with them), in template order.
void writeEntries(storage::Connection& db, const RecordId& sheetId, const AssessmentTemplate& table,
    SheetSide side, const SheetInput& input, qint64 now);
}  // namespace SheetRows

}  // namespace redgrid::assessment
