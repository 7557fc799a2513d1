#include "SignatureBlock.h"

#include "PageCanvas.h"

namespace redgrid::document {

SignatureBlock::SignatureBlock(QList<SignatureLine> lines, SignatureStyle style)
    : m_lines(std::move(lines))
    , m_style(style)
{
}

QString SignatureBlock::dateBlank()
{
    return QString::fromUtf16(u"日期：　　　　年　　月　　日");
}

QString SignatureBlock::sealMark()
{
    return QString::fromUtf16(u"（盖章）");
}

double SignatureBlock::partHeight(const PageCanvas&, int, double) const
{
    return m_lines.size() * m_style.rowHeight;
}

void SignatureBlock::draw(PageCanvas& canvas, double left, double top, double, int, int) const
{
    QPainter& p = canvas.painter();
    const SignatureStyle& s = m_style;
    p.setFont(canvas.font(s.pointSize));
    for (int i = 0; i < m_lines.size(); ++i) {
        const SignatureLine& line = m_lines[i];
        const double y = top + i * s.rowHeight;
        p.setPen(canvas.pen(0));
        p.drawText(canvas.mmRect(left, y, s.labelWidth, 8), Qt::AlignLeft | Qt::AlignBottom, line.who);
        p.setPen(canvas.pen(s.lineWidth));
        p.drawLine(QPointF(canvas.mm(left + s.lineStart), canvas.mm(y + 8)),
            QPointF(canvas.mm(left + s.lineEnd), canvas.mm(y + 8)));
        p.setPen(canvas.pen(0));
        if (line.seal) {
            p.save();
            p.setFont(canvas.font(s.pointSize * 0.75));
            p.drawText(canvas.mmRect(left + s.lineStart, y, s.lineEnd - s.lineStart - 1, 7.5),
                Qt::AlignRight | Qt::AlignBottom, sealMark());
            p.restore();
        }
        if (line.dated)
            p.drawText(canvas.mmRect(left + s.dateLeft, y, s.dateWidth, 8), Qt::AlignLeft | Qt::AlignBottom,
                dateBlank());
    }
}

}  // namespace redgrid::document
