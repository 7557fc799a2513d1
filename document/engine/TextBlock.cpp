#include "TextBlock.h"

#include "PageCanvas.h"

namespace redgrid::document {

TextBlock::TextBlock(QString text, QFont font, Qt::Alignment alignment)
    : m_text(std::move(text))
    , m_font(std::move(font))
    , m_alignment(alignment)
{
}

double TextBlock::partHeight(const PageCanvas& canvas, int, double width) const
{
    return canvas.textHeightMm(m_text, m_font, width);
}

void TextBlock::draw(PageCanvas& canvas, double left, double top, double width, int, int) const
{
    QPainter& p = canvas.painter();
    p.save();
    p.setFont(m_font);
    p.setPen(canvas.pen(0, colour));
    const double height = canvas.textHeightMm(m_text, m_font, width);
    p.drawText(canvas.mmRect(left, top, width, height), int(m_alignment) | Qt::TextWordWrap, m_text);
    p.restore();
}

}  // namespace redgrid::document
