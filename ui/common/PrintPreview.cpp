#include "PrintPreview.h"

#include "CoreGuard.h"
#include "ProgressTask.h"
#include "RefusalLabel.h"
#include "SavedFileNotice.h"
#include "document/engine/DeviceCanvas.h"
#include "document/engine/Document.h"
#include "document/engine/PdfDocument.h"
#include "security/Session.h"
#include "storage/Connection.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace redgrid::ui {

PrintPreview::PrintPreview(storage::Connection& db, PrintJob job, QWidget* parent)
    : PrintPreview(&db, std::move(job), parent)
{
}

PrintPreview::PrintPreview(PrintJob job, QWidget* parent)
    : PrintPreview(nullptr, std::move(job), parent)
{
}

PrintPreview::PrintPreview(storage::Connection* db, PrintJob job, QWidget* parent)
    : m_db(db)
    , m_job(std::move(job))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_dialog(std::make_unique<QPrintPreviewDialog>(m_printer.get(), parent))
    , m_description(new QLabel)
    , m_problem(new RefusalLabel)
    , m_fullNumbers(
          new QCheckBox(tr("Print ID numbers and phones in &full (for the member to check and sign; "
                           "written to the audit log)")))
    , m_saveAsPdf(new QAction(tr("Save as &PDF…"), m_dialog.get()))
{
    m_printer->setDocName(m_job.title);
    m_saveAsPdf->setObjectName(QStringLiteral("saveAsPdf"));
    m_dialog->setObjectName(QStringLiteral("printPreview"));
    m_dialog->setWindowTitle(m_job.title);

    // Above the pages: what is printed, and the full numbers for those who may see them.
    QString description = m_job.description;
    if (m_job.pageCount > PreviewPages)
        description += QLatin1Char('\n')
            + tr("The preview shows the first %1 of %2 pages; printing and saving give every page.")
                  .arg(PreviewPages)
                  .arg(m_job.pageCount);
    m_description->setText(description);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    const security::Session* session = db ? security::Session::of(*db) : nullptr;
    m_fullNumbers->setVisible(m_job.document->showsPersonalNumbers() && session
        && session->allows(security::Permission::ViewUnmasked));
    auto* about = new QWidget;
    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(8, 4, 8, 4);
    aboutLayout->addWidget(m_description);
    aboutLayout->addWidget(m_fullNumbers);
    aboutLayout->addWidget(m_problem);
    placeAbovePages(about);
    arrangeToolBar();
    // Room for the whole tool bar (Print and Save as PDF come last) and a legible page.
    if (const QScreen* screen = m_dialog->screen()) {
        const QSize room = screen->availableSize();
        m_dialog->resize(qMin(1100, room.width() * 9 / 10), qMin(860, room.height() * 9 / 10));
    }

    connect(m_saveAsPdf, &QAction::triggered, this, &PrintPreview::chooseFileAndSave);
    connect(m_dialog.get(), &QPrintPreviewDialog::paintRequested, this, &PrintPreview::paintRequested);
    if (QPrintPreviewWidget* pages = previewWidget())
        connect(m_fullNumbers, &QCheckBox::toggled, pages, &QPrintPreviewWidget::updatePreview);
}

PrintPreview::~PrintPreview() = default;

void PrintPreview::placeAbovePages(QWidget* about)
{
    // Between the tool bar and the pages: the dialog keeps both in a main window.
    auto* window = m_dialog->findChild<QMainWindow*>();
    if (window && window->centralWidget() == previewWidget()) {
        auto* central = new QWidget;
        auto* centralLayout = new QVBoxLayout(central);
        centralLayout->setContentsMargins(0, 0, 0, 0);
        centralLayout->setSpacing(0);
        centralLayout->addWidget(about);
        centralLayout->addWidget(window->takeCentralWidget(), 1);
        window->setCentralWidget(central);
    } else if (auto* layout = qobject_cast<QVBoxLayout*>(m_dialog->layout())) {
        layout->insertWidget(0, about);
    } else {
        about->setParent(m_dialog.get());
    }
}

void PrintPreview::arrangeToolBar()
{
    // Print and Save as PDF with their names beside their icons, so neither is missed.
    m_saveAsPdf->setIcon(m_dialog->style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveAsPdf->setShortcut(QKeySequence::Save);
    m_saveAsPdf->setToolTip(tr("Save the document as a PDF file (Ctrl+S)"));
    auto* toolBar = m_dialog->findChild<QToolBar*>();
    if (!toolBar) {
        m_dialog->addAction(m_saveAsPdf);
        return;
    }
    toolBar->addSeparator();
    toolBar->addAction(m_saveAsPdf);
    const QString printText = QCoreApplication::translate("QPrintPreviewDialog", "Print");
    // Each document has its own orientation, which the preview's buttons cannot change.
    const QStringList orientations { QCoreApplication::translate("QPrintPreviewDialog", "Portrait"),
        QCoreApplication::translate("QPrintPreviewDialog", "Landscape") };
    for (QAction* action : toolBar->actions()) {
        if (orientations.contains(action->text()))
            action->setVisible(false);
        if (action != m_saveAsPdf && action->text() != printText)
            continue;
        if (action != m_saveAsPdf)
            action->setShortcut(QKeySequence::Print);
        if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
}

int PrintPreview::exec()
{
    return m_dialog->exec();
}

QPrintPreviewWidget* PrintPreview::previewWidget() const
{
    return m_dialog->findChild<QPrintPreviewWidget*>();
}

document::PrintOptions PrintPreview::options() const
{
    document::PrintOptions options;
    options.exposure = !m_fullNumbers->isHidden() && m_fullNumbers->isChecked() ? roster::Exposure::Unmasked
                                                                                : roster::Exposure::Masked;
    return options;
}

void PrintPreview::paintRequested(QPrinter* printer)
{
    // The preview's pages are recorded by a picture engine; after the print dialog the same
    // signal asks for the real print.
    if (printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Picture)
        paintPreview(printer);
    else if (printer->outputFormat() == QPrinter::PdfFormat)
        saveAsPdf(printer->outputFileName().isEmpty() ? askPdfPath() : printer->outputFileName());
    else
        printOnPaper();
}

void PrintPreview::paintPreview(QPrinter* printer)
{
    // Drawn here and now: the preview replaces its pages when this returns, and must not
    // paint the old ones meanwhile (no event loop, so no progress dialog).
    document::DeviceCanvas canvas(*printer, { document::PrintDestination::Kind::Screen, {} });
    document::PrintOptions options = this->options();
    options.pageLimit = PreviewPages;
    Status drawn;
    if (const auto failure = coreGuard(
            m_db ? m_db->path() : QString(), [&] { drawn = m_job.document->print(canvas, options, m_db); }))
        drawn = *failure;
    showProblem(drawn ? QString() : drawn.error().toString());
}

void PrintPreview::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString PrintPreview::askPdfPath()
{
    QString path
        = QFileDialog::getSaveFileName(m_dialog.get(), tr("Save as PDF"), m_job.fileName, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void PrintPreview::chooseFileAndSave()
{
    if (const QString path = askPdfPath(); !path.isEmpty() && saveAsPdf(path))
        m_dialog->accept();
}

Status PrintPreview::drawBehindProgress(
    const QString& label, ProgressTask::Cancel cancel, const Drawing& draw)
{
    if (m_job.drawsCharts)
        return ProgressTask::runHere(m_dialog.get(), m_job.title, label, cancel,
            [&](ProgressTask::Monitor& monitor) { return draw(m_db, monitor); });
    if (!m_db)
        return ProgressTask::run(m_dialog.get(), m_job.title, label, cancel,
            [&](ProgressTask::Monitor& monitor) { return draw(nullptr, monitor); });
    return ProgressTask::runOnDatabase(
        m_dialog.get(), m_job.title, label, *m_db,
        [&](storage::Connection& db, ProgressTask::Monitor& monitor) { return draw(&db, monitor); }, cancel);
}

bool PrintPreview::saveAsPdf(const QString& path)
{
    if (path.isEmpty())
        return false;
    const document::PrintOptions chosen = options();
    const std::shared_ptr<const document::Document> toPrint = m_job.document;
    const Status saved = drawBehindProgress(tr("Writing %1…").arg(QFileInfo(path).fileName()),
        ProgressTask::Cancel::Allowed, [&](storage::Connection* db, ProgressTask::Monitor& monitor) {
            document::PdfDocument pdf(path);
            document::PrintOptions options = chosen;
            options.progress = [&](int done, int total) {
                monitor.setProgress(done, total);
                return !monitor.cancelRequested();
            };
            return toPrint->print(pdf, options, db);
        });
    if (!saved) {
        QMessageBox::warning(m_dialog.get(), tr("Not Saved"), saved.error().toString());
        return false;
    }
    SavedFileNotice::confirm(m_dialog.get(), path, tr("The document was saved as a PDF file."));
    return true;
}

bool PrintPreview::printOnPaper()
{
    QPrinter* printer = m_printer.get();
    const document::PrintOptions chosen = options();
    const std::shared_ptr<const document::Document> toPrint = m_job.document;
    const document::PrintDestination destination { document::PrintDestination::Kind::Printer,
        printer->printerName() };
    // No Cancel: Qt's printers on Linux (CUPS) cannot withdraw a job once it is started
    // (QPrinter::abort does nothing there), so a cancelled print would still send the pages
    // drawn so far. The preview has said how many pages there are.
    Status printed = drawBehindProgress(tr("Printing…"), ProgressTask::Cancel::NotAllowed,
        [&](storage::Connection* db, ProgressTask::Monitor& monitor) {
            // Where the printer can, a print that fails half way is withdrawn.
            document::DeviceCanvas canvas(*printer, destination, [printer] { printer->abort(); });
            document::PrintOptions options = chosen;
            options.progress = [&](int done, int total) {
                monitor.setProgress(done, total);
                return true;
            };
            return toPrint->print(canvas, options, db);
        });
    if (printed && printer->printerState() == QPrinter::Error)
        printed = Error::plain(tr("the printer %1 reported an error").arg(printer->printerName()));
    if (!printed) {
        QMessageBox::warning(m_dialog.get(), tr("Not Printed"), printed.error().toString());
        return false;
    }
    return true;
}

}  // namespace redgrid::ui
