#pragma once

#include "PrintOptions.h"
#include "common/RecordId.h"
#include "common/Result.h"

namespace redgrid::storage {
class Connection;
}

namespace redgrid::report {

class PdfDocument;

// Printing needs Permission::PrintReports, and ViewUnmasked when full numbers are asked for.
Status mayPrint(storage::Connection& db, const PrintOptions& options);

// Writes the finished PDF into place and the print into the audit log: which form, of
// which record, to which file, masked or not.
Status commitPrint(storage::Connection& db, PdfDocument& pdf, const QString& form, const QString& table,
    const RecordId& target, const PrintOptions& options);

}  // namespace redgrid::report
