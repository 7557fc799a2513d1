#pragma once

#include "PrintOptions.h"
#include "common/RecordId.h"
#include "common/Result.h"

#include <QJsonObject>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::document {

class PageCanvas;

// Printing needs Permission::PrintReports, and ViewUnmasked when full numbers are asked for.
Status mayPrint(storage::Connection& db, const PrintOptions& options);

// What a print was, for the audit log: the form ("member_form", "roster" …) and the record
// it was of (a member, an organisation; none for a whole area), with more details.
struct PrintedDocument
{
    QString form;
    QString table;
    RecordId target;
    QJsonObject details;
};

// Finishes the canvas (the file is in place, the job sent to the printer) and records the
// print in the audit log: the form, where it went (the file's name or the printer's),
// masked or not. A preview on screen is recorded only when it shows full numbers.
Status commitPrint(storage::Connection& db, PageCanvas& canvas, const PrintedDocument& document,
    const PrintOptions& options);

}  // namespace redgrid::document
