#pragma once

#include "document/engine/Block.h"

#include <QList>

#include <functional>

class QChart;

namespace redgrid::document {

// A chart made by a function (AssessmentCharts), laid out at the block's size and drawn
// with the page's painter, so that the PDF and the GUI show the very same QChart. The
// chart is made when drawn and dropped afterwards: a block keeps no scene between pages.
class ModelChartBlock : public Block
{
public:
    using Make = std::function<QChart*()>;  // a new chart, owned by the block once made

    ModelChartBlock(Make make, double height);
    // Charts side by side, each an equal share of the width (a long ranking in columns).
    ModelChartBlock(QList<Make> makes, double height);

    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

private:
    QList<Make> m_makes;
    double m_height;
};

}  // namespace redgrid::document
