#include "ChartBlock.h"

#include "PageCanvas.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QLineSeries>
#include <QScreen>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace redgrid::document {

namespace {

// Scene units per millimetre: the chart lays its text out at the screen's resolution
// (QGraphicsScene has no other), so the scene is the page area at that resolution and
// fonts come out at their point sizes once rendered onto the page.
double sceneUnitsPerMm()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return (dpi > 0 ? dpi : 96.0) / 25.4;
}

QColor colourOf(const ChartSeries& series, int index)
{
    if (series.colour.isValid())
        return series.colour;
    const QList<QColor> colours = ChartBlock::palette();
    return colours[index % colours.size()];
}

// The value range: what the data asks for, from zero for bars, rounded to whole ticks.
void setRange(QValueAxis* axis, const ChartData& data)
{
    double low = data.kind == ChartData::Kind::Bar ? 0 : std::numeric_limits<double>::max();
    double high = 0;
    for (const ChartSeries& series : data.series)
        for (double value : series.values) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    if (low > high)
        low = 0;
    axis->setRange(data.minimum.value_or(low), data.maximum.value_or(high > low ? high : low + 1));
    if (!data.minimum || !data.maximum)
        axis->applyNiceNumbers();
}

}  // namespace

ChartBlock::ChartBlock(ChartData data, double height)
    : m_data(std::move(data))
    , m_height(height)
{
}

QList<QColor> ChartBlock::palette()
{
    // Party red first, then colours that stay apart when printed in grey.
    return { QColor(0xc0, 0x1f, 0x1f), QColor(0x2f, 0x5f, 0x9e), QColor(0xe0, 0x9a, 0x1b),
        QColor(0x3c, 0x8d, 0x4f), QColor(0x6d, 0x6d, 0x6d) };
}

double ChartBlock::partHeight(const PageCanvas&, int, double) const
{
    return m_height;
}

void ChartBlock::draw(PageCanvas& canvas, double left, double top, double width, int, int) const
{
    drawChart(canvas, QRectF(left, top, width, m_height), m_data);
}

void ChartBlock::drawChart(PageCanvas& canvas, const QRectF& rect, const ChartData& data)
{
    const double unit = sceneUnitsPerMm();
    const QRectF source(0, 0, rect.width() * unit, rect.height() * unit);

    QGraphicsScene scene;
    auto* chart = new QChart;  // the scene owns it
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setTitle(data.title);
    chart->setTitleFont(PageCanvas::font(11, true));
    chart->legend()->setFont(PageCanvas::font(8));
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* categories = new QBarCategoryAxis;
    categories->append(data.categories);
    categories->setLabelsFont(PageCanvas::font(8));
    auto* values = new QValueAxis;
    values->setTitleText(data.valueTitle);
    values->setTitleFont(PageCanvas::font(8.5));
    values->setLabelsFont(PageCanvas::font(8));
    values->setLabelFormat(QStringLiteral("%g"));
    setRange(values, data);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    if (data.kind == ChartData::Kind::Bar) {
        auto* bars = new QBarSeries;
        for (int i = 0; i < data.series.size(); ++i) {
            auto* set = new QBarSet(data.series[i].name);
            set->append(data.series[i].values);
            set->setColor(colourOf(data.series[i], i));
            set->setBorderColor(colourOf(data.series[i], i));
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    } else {
        for (int i = 0; i < data.series.size(); ++i) {
            auto* line = new QLineSeries;
            line->setName(data.series[i].name);
            for (int c = 0; c < data.series[i].values.size(); ++c)
                line->append(c, data.series[i].values[c]);
            QPen pen(colourOf(data.series[i], i));
            pen.setWidthF(2);
            line->setPen(pen);
            line->setPointsVisible(true);
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
    }
    chart->setGeometry(source);
    scene.setSceneRect(source);
    scene.render(&canvas.painter(), canvas.mmRect(rect.x(), rect.y(), rect.width(), rect.height()), source);
}

}  // namespace redgrid::document
