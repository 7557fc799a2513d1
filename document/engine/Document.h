#pragma once

#include "PrintOptions.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::document {

class PageCanvas;

// Something RedGrid prints: the 党员基本信息采集表, the roster table, the recovery key page,
// an assessment report. A document knows what it shows and draws it on any PageCanvas; where
// the pages go (a PDF file, a printer, the print preview) is the caller's choice, so every
// document prints, saves and previews the same way (ui/common/PrintPreview on screen,
// redgrid-cli to a file). A document holds what to print (a member, a selection, a key), not
// a connection: it is drawn with the connection of the thread that draws, since the preview
// draws on the window's thread and a long print on a worker thread of its own.
//
// A new document lives beside its domain (document/<domain>/, a target_sources line in its
// CMakeLists.txt): print() checks mayPrint(), reads through the domain's stores, lays out
// a PageFlow of blocks (TextBlock, Table, ChartBlock, ImageBlock, SignatureBlock) under a
// PageFrame, begins the canvas, draws with PageFlow::drawPages and finishes with
// commitPrint(), which writes the audit entry. The GUI opens it with a ui::PrintJob whose
// `document` it is; the CLI calls printToPdf() from a command in app/cli/drawing/ whose
// draws() is true.
class Document
{
    Q_DECLARE_TR_FUNCTIONS(Document)

public:
    virtual ~Document();

    // Begins `canvas`, draws every page (no more than options.pageLimit) and finishes it, so
    // that the file is in place or the job sent; a print that reads the database is checked
    // (mayPrint) and audited (commitPrint). `db` is the drawing thread's connection, null for
    // a document that reads no database.
    virtual Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const = 0;

    // Whether the document shows ID numbers and phones, masked unless PrintOptions::exposure
    // asks for them in full (the preview then offers them to an account allowed to see them).
    virtual bool showsPersonalNumbers() const { return false; }

    // The document as a PDF file (PdfDocument: complete or absent, never over the open
    // database).
    Status printToPdf(
        const QString& path, const PrintOptions& options = {}, storage::Connection* db = nullptr) const;

protected:
    Document() = default;
    Document(const Document&) = default;
    Document& operator=(const Document&) = default;

    // The refusal of a document that reads the database when it is given none.
    static Error needsDatabase();
};

}  // namespace redgrid::document
