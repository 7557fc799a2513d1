#include "PdfDocument.h"

#include "ToUnicodeRepair.h"
#include "storage/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

namespace redgrid::report {

namespace {
// Device units per inch. 1200 keeps hairlines and small type exact; the PDF is vector.
constexpr int resolution = 1200;
constexpr qint64 copyChunk = 1024 * 1024;
}  // namespace

PdfDocument::PdfDocument(const QString& path, QPageLayout::Orientation orientation, const QString& title)
    : m_path(path)
    , m_title(title)
    , m_orientation(orientation)
{
}

PdfDocument::~PdfDocument()
{
    if (m_painter.isActive())
        m_painter.end();
    // m_scratch removes its file when destroyed; the target was never touched.
}

Status PdfDocument::open()
{
    if (Status allowed = storage::OutputPath::check(m_path); !allowed)
        return allowed;
    // The scratch file lives beside the target: a missing or read-only folder fails here,
    // before any page is drawn.
    const QFileInfo target(m_path);
    m_scratch = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(QStringLiteral(".redgrid-print-XXXXXX")));
    if (!m_scratch->open())
        return Error::inFile(m_path, tr("the PDF file cannot be written: %1").arg(m_scratch->errorString()));
    m_writer = std::make_unique<QPdfWriter>(m_scratch.get());
    m_writer->setResolution(resolution);
    m_writer->setTitle(m_title);
    m_writer->setCreator(QStringLiteral("RedGrid"));
    // No printer margins: every report lays out its own, in millimetres from the page edge.
    m_writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), m_orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    if (!m_painter.begin(m_writer.get()))
        return Error::inFile(m_path, tr("the PDF could not be started"));
    return Status::success();
}

Status PdfDocument::commit()
{
    if (!m_painter.isActive())
        return Error::inFile(m_path, tr("the PDF was not started"));
    m_painter.end();  // writes the fonts, their ToUnicode maps and the cross-reference table
    m_writer.reset();
    if (m_scratch->error() != QFileDevice::NoError || !m_scratch->flush())
        return Error::inFile(
            m_path, tr("the PDF file could not be written: %1").arg(m_scratch->errorString()));
    ToUnicodeRepair(font(12)).repair(*m_scratch);
    return save();
}

Status PdfDocument::save()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::inFile(m_path, tr("the PDF file cannot be written: %1").arg(file.errorString()));
    m_scratch->seek(0);
    while (!m_scratch->atEnd()) {
        const QByteArray chunk = m_scratch->read(copyChunk);
        if (chunk.isEmpty() || file.write(chunk) != chunk.size())
            return Error::inFile(m_path, tr("the PDF file could not be written: %1").arg(file.errorString()));
    }
    if (!file.commit())
        return Error::inFile(m_path, tr("the PDF file could not be saved: %1").arg(file.errorString()));
    m_scratch.reset();
    return Status::success();
}

void PdfDocument::newPage()
{
    m_writer->newPage();
}

double PdfDocument::mm(double millimetres) const
{
    return millimetres * resolution / 25.4;
}

QRectF PdfDocument::mmRect(double x, double y, double width, double height) const
{
    return QRectF(mm(x), mm(y), mm(width), mm(height));
}

double PdfDocument::pageWidthMm() const
{
    return m_orientation == QPageLayout::Landscape ? 297.0 : 210.0;  // A4
}

double PdfDocument::pageHeightMm() const
{
    return m_orientation == QPageLayout::Landscape ? 210.0 : 297.0;  // A4
}

QStringList PdfDocument::fontFamilies()
{
    // Simplified-Chinese sans families in order of preference: Linux (fonts-noto-cjk,
    // Adobe's name for the same design, WenQuanYi), Windows, macOS.
    static const QStringList preferred { QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("Source Han Sans CN"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"),
        QStringLiteral("SimSun"), QStringLiteral("PingFang SC"), QStringLiteral("Heiti SC") };
    // Installed families first, so QFont does not settle on a Latin font for a missing name.
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList families;
    for (const QString& family : preferred)
        if (installed.contains(family, Qt::CaseInsensitive))
            families.append(family);
    for (const QString& family : preferred)
        if (!families.contains(family))
            families.append(family);
    return families;
}

QFont PdfDocument::font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Outlines, so glyphs are embedded; no shaping (see the header).
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QPen PdfDocument::pen(double widthMm, const QColor& colour) const
{
    QPen p(colour);
    p.setWidthF(mm(widthMm));
    p.setCapStyle(Qt::FlatCap);
    p.setJoinStyle(Qt::MiterJoin);
    return p;
}

void PdfDocument::drawFitted(
    const QRectF& rect, const QString& text, int flags, double pointSize, double minPointSize, bool bold)
{
    if (text.isEmpty())
        return;
    const auto fits = [&](double size, int textFlags) {
        const QRectF needed
            = QFontMetricsF(font(size, bold), m_painter.device()).boundingRect(rect, textFlags, text);
        return needed.width() <= rect.width() + 0.5 && needed.height() <= rect.height() + 0.5;
    };
    // One line if a slightly smaller size does it, then wrapped lines, then the smallest size.
    double size = 0;
    int textFlags = flags | Qt::TextWordWrap;
    for (double s = pointSize; s >= qMax(minPointSize, pointSize * 0.85) && size == 0; s -= 0.5)
        if (fits(s, flags))
            size = s;
    for (double s = pointSize; s >= minPointSize && size == 0; s -= 0.5)
        if (fits(s, textFlags))
            size = s;
    if (size == 0)
        size = minPointSize;
    m_painter.save();
    m_painter.setFont(font(size, bold));
    m_painter.setClipRect(rect);
    m_painter.drawText(rect, textFlags, text);
    m_painter.restore();
}

}  // namespace redgrid::report
