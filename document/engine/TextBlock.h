#pragma once

#include "Block.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace redgrid::document {

// A heading or a paragraph: text in one font, wrapped at the width of the page (Chinese
// between any two characters), as tall as its lines.
class TextBlock : public Block
{
public:
    // `font`: PageCanvas::font() or PageCanvas::fixedPitchFont(), so that it is embedded.
    TextBlock(QString text, QFont font, Qt::Alignment alignment = Qt::AlignLeft);

    QColor colour = Qt::black;

    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

private:
    QString m_text;
    QFont m_font;
    Qt::Alignment m_alignment;
};

}  // namespace redgrid::document
