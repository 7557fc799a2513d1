#pragma once

#include "ProgressTask.h"
#include "common/Result.h"
#include "document/engine/PrintOptions.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QPrinter;
class QPrintPreviewDialog;
class QPrintPreviewWidget;
class QWidget;

namespace redgrid::storage {
class Connection;
}
namespace redgrid::document {
class Document;
}

namespace redgrid::ui {

// A document to print, as the print preview takes it: every document::Document opens in
// the preview this way.
struct PrintJob
{
    QString title;  // the window's title and the print job's name
    QString description;  // what is printed: a list's scope, conditions, order and size
    QString fileName;  // suggested for Save as PDF, with ".pdf"
    int pageCount = 0;  // the pages in all, for the note on a long document's preview
    // Drawn on the preview, and again on a worker thread to print or save (shared, const).
    std::shared_ptr<const document::Document> document;
    // Qt Charts cannot draw on two threads (ProgressTask::runHere says why): a document with
    // charts is printed and saved on the GUI thread, where the preview draws it.
    bool drawsCharts = false;
};

// Printing as a desktop program does it: a print preview of the pages (QPrintPreviewDialog),
// from which the user prints on paper (through the print dialog) or saves a PDF. What is
// printed is said above the pages. Full ID numbers and phones are offered, unticked, to an
// account allowed to see them (core checks again and writes the audit entry).
// The preview draws on the window's connection, at most PreviewPages pages; printing and
// saving draw every page on a worker thread with a connection of its own, behind a
// progress dialog with Cancel. A PDF is always written by document::PdfDocument (complete or
// absent, fonts embedded, text extractable), also when the print dialog's "Print to File
// (PDF)" is chosen, and SavedFileNotice then says where it went.
class PrintPreview : public QObject
{
    Q_OBJECT

public:
    static constexpr int PreviewPages = 30;  // the roster table drew 50 pages in 1 s, on the GUI thread

    PrintPreview(storage::Connection& db, PrintJob job, QWidget* parent);
    // For a document that reads no database (the recovery key page, shown before anyone has
    // signed in): drawn with a null connection, so nothing is checked or audited, and no
    // full numbers are offered.
    PrintPreview(PrintJob job, QWidget* parent);
    ~PrintPreview() override;

    int exec();

    QPrintPreviewDialog* dialog() const { return m_dialog.get(); }
    QPrintPreviewWidget* previewWidget() const;
    QPrinter* printer() const { return m_printer.get(); }
    QLabel* descriptionLabel() const { return m_description; }
    QCheckBox* fullNumbersBox() const { return m_fullNumbers; }
    QAction* saveAsPdfAction() const { return m_saveAsPdf; }
    document::PrintOptions options() const;

    // The steps behind the buttons, for tests and for the buttons: a PDF file (then
    // SavedFileNotice), or the printer as the print dialog left it.
    bool saveAsPdf(const QString& path);
    bool printOnPaper();

private:
    PrintPreview(storage::Connection* db, PrintJob job, QWidget* parent);
    using Drawing = std::function<Status(storage::Connection* db, ProgressTask::Monitor& monitor)>;
    // Draws on a worker thread, with a connection of its own when the preview has one.
    Status drawBehindProgress(const QString& label, ProgressTask::Cancel cancel, const Drawing& draw);
    void placeAbovePages(QWidget* about);
    void arrangeToolBar();
    void paintRequested(QPrinter* printer);
    void paintPreview(QPrinter* printer);
    void chooseFileAndSave();
    QString askPdfPath();  // empty if the user cancels
    void showProblem(const QString& message);

    storage::Connection* m_db;  // null for a document that reads no database
    PrintJob m_job;
    // The dialog holds a pointer to the printer: declared first, destroyed last.
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<QPrintPreviewDialog> m_dialog;
    QLabel* m_description;
    QLabel* m_problem;
    QCheckBox* m_fullNumbers;
    QAction* m_saveAsPdf;
};

}  // namespace redgrid::ui
