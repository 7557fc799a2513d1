#include "PageCanvas.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>

namespace redgrid::document {

PageCanvas::~PageCanvas() = default;

Status PageCanvas::startPainting(QPagedPaintDevice& device, QPageLayout::Orientation orientation)
{
    // A4 whatever the printer proposes (the forms are A4), and the whole sheet as the
    // painter's area: a printer keeps its own unprintable margins, which the reports'
    // margins (12 mm and more) leave clear. A layout with smaller margins than the
    // printer's would be refused whole, orientation included, so only the mode changes.
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(orientation);
    QPageLayout layout = device.pageLayout();
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
    if (!m_painter.begin(&device))
        return Error::plain(tr("the pages could not be started"));
    m_device = &device;
    m_orientation = orientation;
    m_unitsPerMm = device.logicalDpiY() / 25.4;
    return Status::success();
}

bool PageCanvas::endPainting()
{
    return !m_painter.isActive() || m_painter.end();
}

void PageCanvas::newPage()
{
    m_device->newPage();
}

QRectF PageCanvas::mmRect(double x, double y, double width, double height) const
{
    return QRectF(mm(x), mm(y), mm(width), mm(height));
}

double PageCanvas::pageWidthMm() const
{
    return m_orientation == QPageLayout::Landscape ? 297.0 : 210.0;  // A4
}

double PageCanvas::pageHeightMm() const
{
    return m_orientation == QPageLayout::Landscape ? 210.0 : 297.0;  // A4
}

QStringList PageCanvas::fontFamilies()
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

QFont PageCanvas::font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Outlines, so glyphs are embedded; no shaping (see the header).
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QFont PageCanvas::fixedPitchFont(double pointSize, bool bold)
{
    // DejaVu Sans Mono comes with every Debian desktop (fonts-dejavu-core); Noto Sans Mono CJK
    // with RedGrid's own dependency fonts-noto-cjk; the others are Windows' and other Linux
    // desktops'. Each is checked: with LibreOffice installed, as on most UOS and Kylin
    // desktops, fontconfig answers `monospace` with Noto Sans Mono, which Qt does not take
    // for fixed-pitch. The system's fixed font last.
    static const QStringList preferred { QStringLiteral("DejaVu Sans Mono"),
        QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("Liberation Mono"),
        QStringLiteral("Consolas"), QStringLiteral("Courier New"), QStringLiteral("Noto Mono") };
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString& family : preferred) {
        if (!QFontDatabase::hasFamily(family))
            continue;
        QFont candidate(family);
        candidate.setStyleHint(QFont::TypeWriter);
        if (QFontInfo(candidate).fixedPitch()) {
            f = candidate;
            break;
        }
    }
    f.setStyleHint(QFont::TypeWriter);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QPen PageCanvas::pen(double widthMm, const QColor& colour) const
{
    QPen p(colour);
    p.setWidthF(mm(widthMm));
    p.setCapStyle(Qt::FlatCap);
    p.setJoinStyle(Qt::MiterJoin);
    return p;
}

void PageCanvas::drawFitted(
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

double PageCanvas::textHeightMm(const QString& text, const QFont& font, double widthMm) const
{
    if (text.isEmpty())
        return 0;
    const QRectF room(0, 0, mm(widthMm), mm(10000));
    const QRectF needed = QFontMetricsF(font, m_painter.device()).boundingRect(room, Qt::TextWordWrap, text);
    return needed.height() / mm(1);
}

}  // namespace redgrid::document
