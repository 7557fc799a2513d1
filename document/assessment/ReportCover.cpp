#include "ReportCover.h"

#include "document/engine/PageCanvas.h"

namespace redgrid::document {

ReportCover::ReportCover(QString title, QList<Line> lines, double pageHeight)
    : m_title(std::move(title))
    , m_lines(std::move(lines))
    , m_pageHeight(pageHeight)
{
}

double ReportCover::partHeight(const PageCanvas&, int, double) const
{
    return m_pageHeight;
}

void ReportCover::draw(PageCanvas& canvas, double left, double top, double width, int, int) const
{
    QPainter& p = canvas.painter();
    p.setPen(canvas.pen(0));
    const QFont titleFont = PageCanvas::font(24, true);
    p.setFont(titleFont);
    const double titleTop = top + m_pageHeight * 0.22;
    const double titleHeight = canvas.textHeightMm(m_title, titleFont, width - 20);
    p.drawText(canvas.mmRect(left + 10, titleTop, width - 20, titleHeight),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_title);

    // The lines under the title, labels right-aligned against their values.
    const double labelWidth = 40;
    const double lineLeft = left + 25;
    double y = titleTop + titleHeight + 45;
    for (const Line& line : m_lines) {
        p.setFont(PageCanvas::font(15, true));
        p.drawText(canvas.mmRect(lineLeft, y, labelWidth, 10), Qt::AlignRight | Qt::AlignVCenter,
            line.label + QString::fromUtf16(u"："));
        p.setFont(PageCanvas::font(15));
        p.drawText(canvas.mmRect(lineLeft + labelWidth + 2, y, width - 50 - labelWidth, 10),
            Qt::AlignLeft | Qt::AlignVCenter, line.value);
        p.setPen(canvas.pen(0.25));
        p.drawLine(QPointF(canvas.mm(lineLeft + labelWidth + 1), canvas.mm(y + 9.5)),
            QPointF(canvas.mm(left + width - 25), canvas.mm(y + 9.5)));
        p.setPen(canvas.pen(0));
        y += 16;
    }
}

}  // namespace redgrid::document
