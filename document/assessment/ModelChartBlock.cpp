#include "ModelChartBlock.h"

#include "document/engine/PageCanvas.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QScreen>

namespace redgrid::document {

namespace {
// As ChartBlock: the scene is laid out at the screen's resolution, so fonts come out at
// their point sizes once rendered onto the page.
double sceneUnitsPerMm()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return (dpi > 0 ? dpi : 96.0) / 25.4;
}
}  // namespace

ModelChartBlock::ModelChartBlock(Make make, double height)
    : ModelChartBlock(QList<Make> { std::move(make) }, height)
{
}

ModelChartBlock::ModelChartBlock(QList<Make> makes, double height)
    : m_makes(std::move(makes))
    , m_height(height)
{
}

double ModelChartBlock::partHeight(const PageCanvas&, int, double) const
{
    return m_height;
}

void ModelChartBlock::draw(PageCanvas& canvas, double left, double top, double width, int, int) const
{
    if (m_makes.isEmpty())
        return;
    const double unit = sceneUnitsPerMm();
    const double each = width / double(m_makes.size());
    const QRectF source(0, 0, each * unit, m_height * unit);
    for (int i = 0; i < m_makes.size(); ++i) {
        QGraphicsScene scene;
        QChart* chart = m_makes[i]();
        scene.addItem(chart);  // the scene owns it from here
        chart->setGeometry(source);
        scene.setSceneRect(source);
        scene.render(&canvas.painter(), canvas.mmRect(left + i * each, top, each, m_height), source);
    }
}

}  // namespace redgrid::document
