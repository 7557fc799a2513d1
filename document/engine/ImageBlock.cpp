#include "ImageBlock.h"

#include "PageCanvas.h"

namespace redgrid::document {

ImageBlock::ImageBlock(QImage image, double width, double height, Qt::Alignment alignment)
    : m_image(std::move(image))
    , m_width(width)
    , m_height(height)
    , m_alignment(alignment)
{
}

double ImageBlock::height() const
{
    if (m_height > 0 || m_image.isNull())
        return m_height;
    return m_width * m_image.height() / m_image.width();
}

double ImageBlock::partHeight(const PageCanvas&, int, double) const
{
    return height();
}

void ImageBlock::draw(PageCanvas& canvas, double left, double top, double width, int, int) const
{
    if (m_image.isNull())
        return;
    const double x = m_alignment.testFlag(Qt::AlignHCenter) ? left + (width - m_width) / 2
        : m_alignment.testFlag(Qt::AlignRight)              ? left + width - m_width
                                                            : left;
    canvas.painter().drawImage(canvas.mmRect(x, top, m_width, height()), m_image);
}

}  // namespace redgrid::document
