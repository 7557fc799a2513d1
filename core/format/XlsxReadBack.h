#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace redgrid::format {

// Reads a workbook just written back before it is put in place. libxlsxwriter does not
// check its writes to the scratch files it builds each sheet in: on a full or failing disk a
// sheet is cut short while workbook_close() still succeeds, and the result opens as a
// workbook missing rows. Every part is unzipped (its CRC checked), each sheet must end with
// its closing tag and hold the rows written, and the small parts must be well-formed XML.
// Unzipping without parsing the sheets costs a fraction of the writing (a full read back
// through XlsxReader doubled the time of an export).
class XlsxReadBack
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReadBack)

public:
    // `written` is the unfinished file, `target` the name errors give. With `rowsPerSheet`,
    // each sheet must also hold that many rows (those with a cell).
    static Status check(
        const QString& written, const QString& target, const QList<qint64>& rowsPerSheet = {});
};

}  // namespace redgrid::format
