#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace redgrid::document {

// Where a report's pages go, as the audit log records it.
struct PrintDestination
{
    enum class Kind {
        File,  // a PDF file (PdfDocument)
        Printer,  // paper
        Screen,  // a print preview
    };
    Kind kind = Kind::File;
    QString name;  // the file's path or the printer's name
};

// The pages of a report, drawn on any paged device: a PDF file (PdfDocument), a printer
// or a print preview (DeviceCanvas). Reports draw on A4 in their orientation, measured in
// millimetres from the paper's top-left corner, in a Chinese font, so the same drawing
// code gives the same pages on every device. Needs a QGuiApplication (fonts).
class PageCanvas
{
    Q_DECLARE_TR_FUNCTIONS(PageCanvas)

public:
    virtual ~PageCanvas();
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;

    virtual PrintDestination destination() const = 0;
    // Starts the first page; `title` names the document (a PDF's title).
    virtual Status begin(QPageLayout::Orientation orientation, const QString& title) = 0;
    // Ends the document: a file is in place, a print job handed to the printer. Without it
    // nothing is kept (a file) or the job is abandoned (a printer).
    virtual Status finish() = 0;

    void newPage();
    QPainter& painter() { return m_painter; }

    // Device units for a length in millimetres; the origin is the top-left page corner.
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    QRectF mmRect(double x, double y, double width, double height) const;
    double pageWidthMm() const;
    double pageHeightMm() const;

    // The print font at this size: "Noto Sans CJK SC", else the first installed CJK family
    // of a list (Windows and macOS names too), so that Chinese glyphs are embedded.
    // Text is not shaped: shaping swaps digits next to Latin letters ("…135X") for glyphs
    // the PDF's text layer cannot name, and Chinese forms need no shaping.
    static QFont font(double pointSize, bool bold = false);
    static QStringList fontFamilies();
    // A fixed-pitch font (a key or a code to copy by hand), on paper and on screen: DejaVu
    // Sans Mono, else another named family checked to be fixed-pitch, rather than
    // `monospace`, which is proportional on some desktops.
    static QFont fixedPitchFont(double pointSize, bool bold = false);

    // A pen of this width in millimetres.
    QPen pen(double widthMm, const QColor& colour = Qt::black) const;

    // Draws `text` in `rect` at `pointSize`, wrapping at word (for Chinese: character)
    // boundaries and shrinking down to `minPointSize` until it fits; clipped if it still
    // does not. `flags` are Qt::Alignment flags.
    void drawFitted(const QRectF& rect, const QString& text, int flags, double pointSize, double minPointSize,
        bool bold = false);
    // The height in millimetres of `text` in `font`, wrapped at `widthMm`, as drawText with
    // Qt::TextWordWrap lays it out on this canvas's device (begun).
    double textHeightMm(const QString& text, const QFont& font, double widthMm) const;

protected:
    PageCanvas() = default;
    // A4 in `orientation` without margins (the reports keep their own), then the painter.
    Status startPainting(QPagedPaintDevice& device, QPageLayout::Orientation orientation);
    // Ends the painter; false if the device failed.
    bool endPainting();

private:
    QPainter m_painter;
    QPagedPaintDevice* m_device = nullptr;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    double m_unitsPerMm = 1;
};

}  // namespace redgrid::document
