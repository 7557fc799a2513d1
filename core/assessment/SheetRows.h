#pragma once

#include "Sheet.h"

#include <QJsonArray>
#include <QString>

namespace redgrid::assessment {

// How a sheet's parts are written in its rows (assessment_sheet, assessment_entry): shared by
// the store that reads them and the editor that writes them.
namespace SheetRows {
QString sideCode(SheetSide side);  // self, review
QString findingsJson(const QHash<QString, int>& findings);
QHash<QString, int> findings(const QString& json);
QString listJson(const QStringList& list);
QStringList list(const QString& json);
}  // namespace SheetRows

}  // namespace redgrid::assessment
