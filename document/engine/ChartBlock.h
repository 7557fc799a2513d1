#pragma once

#include "Block.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::document {

struct ChartSeries
{
    QString name;  // in the legend
    QList<double> values;  // one per category
    QColor colour;  // invalid: the next of the print palette
};

// What a chart shows: bars side by side or lines over the same categories (the
// communities of a street, the months of a year), with a title and the value axis named.
struct ChartData
{
    enum class Kind { Bar, Line };

    Kind kind = Kind::Bar;
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QString valueTitle;  // the value axis's title ("得分")
    std::optional<double> minimum;  // the value axis's range; from the values when not given
    std::optional<double> maximum;
};

// A bar or line chart drawn with Qt Charts onto the page: the chart is laid out in a
// QGraphicsScene of the block's size and rendered with the page's painter
// (QGraphicsScene::render), so its lines stay vectors and its labels text that can be
// searched and copied. Qt Charts needs a QApplication (redgrid-cli starts one on the
// offscreen platform for the commands that draw).
class ChartBlock : public Block
{
public:
    ChartBlock(ChartData data, double height);

    double partHeight(const PageCanvas& canvas, int part, double width) const override;
    void draw(PageCanvas& canvas, double left, double top, double width, int first, int last) const override;

    // Draws `data` in `rect` (mm) on the canvas: for documents with fixed layouts.
    static void drawChart(PageCanvas& canvas, const QRectF& rect, const ChartData& data);
    // The colours series get when they name none: distinct in print and in grey.
    static QList<QColor> palette();

private:
    ChartData m_data;
    double m_height;
};

}  // namespace redgrid::document
