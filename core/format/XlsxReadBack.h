#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace redgrid::format {

// Reads a workbook just written back through XlsxReader before it is put in place.
// libxlsxwriter does not check its writes to the scratch files it builds each sheet in: on a
// full or failing disk a sheet is cut short while workbook_close() still succeeds, and the
// result opens as a workbook missing rows. A sheet cut short ends in the middle of its XML,
// which the reader refuses.
class XlsxReadBack
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReadBack)

public:
    // `written` is the unfinished file, `target` the name errors give. With `rowsPerSheet`,
    // each sheet must also hold that many rows that are not blank.
    static Status check(
        const QString& written, const QString& target, const QList<qint64>& rowsPerSheet = {});
};

}  // namespace redgrid::format
