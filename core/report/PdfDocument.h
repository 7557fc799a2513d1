#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <memory>

class QPdfWriter;
class QTemporaryFile;

namespace redgrid::report {

// One PDF being written: A4 pages in a Chinese font, measured in millimetres, into a file
// that is complete or absent. Pages go to a scratch file beside the target; commit()
// mends its text layer (ToUnicodeRepair) and hands it to a QSaveFile, which renames it
// over the target. A failed or cancelled print leaves no half-written file and keeps an
// older file of the same name as it was. Needs a QGuiApplication (fonts).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    PdfDocument(const QString& path, QPageLayout::Orientation orientation, const QString& title);
    QString path() const { return m_path; }
    ~PdfDocument();  // without a successful commit() the target file is left untouched
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    Status open();
    Status commit();  // finishes the last page and renames the file into place

    void newPage();
    QPainter& painter() { return m_painter; }

    // Device units for a length in millimetres; the origin is the top-left page corner.
    double mm(double millimetres) const;
    QRectF mmRect(double x, double y, double width, double height) const;
    double pageWidthMm() const;
    double pageHeightMm() const;

    // The print font at this size: "Noto Sans CJK SC", else the first installed CJK family
    // of a list (Windows and macOS names too), so that Chinese glyphs are embedded.
    // Text is not shaped: shaping swaps digits next to Latin letters ("…135X") for glyphs
    // the PDF's text layer cannot name, and Chinese forms need no shaping.
    static QFont font(double pointSize, bool bold = false);
    static QStringList fontFamilies();

    // A pen of this width in millimetres.
    QPen pen(double widthMm, const QColor& colour = Qt::black) const;

    // Draws `text` in `rect` at `pointSize`, wrapping at word (for Chinese: character)
    // boundaries and shrinking down to `minPointSize` until it fits; clipped if it still
    // does not. `flags` are Qt::Alignment flags.
    void drawFitted(const QRectF& rect, const QString& text, int flags, double pointSize, double minPointSize,
        bool bold = false);

private:
    QString m_path;
    QString m_title;
    QPageLayout::Orientation m_orientation;
    Status save();

    std::unique_ptr<QTemporaryFile> m_scratch;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
};

}  // namespace redgrid::report
