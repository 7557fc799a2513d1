#include "Document.h"

#include "PdfDocument.h"

namespace redgrid::document {

Document::~Document() = default;

Status Document::printToPdf(const QString& path, const PrintOptions& options, storage::Connection* db) const
{
    PdfDocument pdf(path);
    return print(pdf, options, db);
}

Error Document::needsDatabase()
{
    return Error::plain(tr("this document is drawn from a database, and none is open"));
}

}  // namespace redgrid::document
