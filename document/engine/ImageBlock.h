#pragma once

#include "Block.h"

#include <QImage>

namespace redgrid::document {

// A picture (an emblem, a photograph, a scanned seal) at a width in mm, as tall as its
// proportions make it unless a height is given; centred, or at the left.
class ImageBlock : public Block
{
public:
    ImageBlock(QImage image, double width, double height = 0, Qt::Alignment alignment = Qt::AlignHCenter);

    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

private:
    double height() const;

    QImage m_image;
    double m_width;
    double m_height;
    Qt::Alignment m_alignment;
};

}  // namespace redgrid::document
