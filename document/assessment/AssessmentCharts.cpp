#include "AssessmentCharts.h"

#include "ReportFigures.h"
#include "common/Utf16.h"
#include "document/engine/ChartBlock.h"
#include "document/engine/PageCanvas.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace redgrid::document {

using assessment::AssessmentReport;
using assessment::TargetScores;

namespace {

QColor colour(int index)
{
    const QList<QColor> colours = ChartBlock::palette();
    return colours[index % colours.size()];
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->setTitleFont(PageCanvas::font(11, true));
    chart->legend()->setFont(PageCanvas::font(8.5));
    chart->legend()->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(PageCanvas::font(8.5));
    return axis;
}

// From zero to a little above the largest value, on whole ticks; counts get whole numbers.
QValueAxis* valueAxis(const QString& title, double largest, bool counts)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(PageCanvas::font(8.5));
    axis->setLabelsFont(PageCanvas::font(8.5));
    if (counts) {
        // Whole counts on at most six ticks (more are elided in a chart a third of a page
        // high), with room above the tallest bar for its label.
        const int top = std::max(1, int(std::ceil(largest))) + 1;
        const int step = std::max(1, int(std::ceil(top / 5.0)));
        const int end = (top + step - 1) / step * step;
        axis->setRange(0, end);
        axis->setTickCount(end / step + 1);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        axis->setRange(0, largest > 0 ? largest * 1.15 : 1);
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%g"));
    }
    return axis;
}

QBarSet* barSet(const QString& name, const QList<double>& values, const QColor& colour)
{
    auto* set = new QBarSet(name);
    set->append(values);
    set->setColor(colour);
    set->setBorderColor(colour);
    set->setLabelColor(Qt::black);
    set->setLabelFont(PageCanvas::font(8));
    return set;
}

// Bars over categories, each bar labelled with its value.
QChart* bars(const QString& title, const QStringList& categories, const QList<double>& values,
    const QString& valueTitle, bool counts, const QColor& colour)
{
    QChart* chart = newChart(title);
    auto* series = new QBarSeries;
    series->append(barSet(valueTitle, values, colour));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* x = categoryAxis(categories);
    auto* y = valueAxis(
        valueTitle, values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()), counts);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

}  // namespace

QChart* AssessmentCharts::history(const TargetScores& target)
{
    QChart* chart = newChart(s(u"%1 历次季度总得分").arg(target.target.name));
    QStringList quarters;
    auto* line = new QLineSeries;
    line->setName(s(u"总得分"));
    double low = 100;
    double high = 0;
    for (const auto& [period, total] : target.history) {
        const double value = ReportFigures::number(total);
        line->append(quarters.size(), value);
        quarters.append(period.label());
        low = std::min(low, value);
        high = std::max(high, value);
    }
    QPen pen(colour(0));
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint"));
    line->setPointLabelsFont(PageCanvas::font(8));
    line->setPointLabelsClipping(false);
    chart->addSeries(line);
    auto* x = categoryAxis(quarters);
    auto* y = new QValueAxis;
    y->setTitleText(s(u"得分（分）"));
    y->setTitleFont(PageCanvas::font(8.5));
    y->setLabelsFont(PageCanvas::font(8.5));
    // From ten below the lowest total, so that a change of a few points can be seen.
    y->setRange(std::max(0.0, std::floor(low / 10) * 10 - 10), std::max(100.0, std::ceil(high / 10) * 10));
    y->setTickCount(int((y->max() - y->min()) / 10) + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    return chart;
}

QChart* AssessmentCharts::targetLosses(const TargetScores& target)
{
    QStringList blocks;
    QList<double> lost;
    for (const auto& [name, points] : target.lostPerBlock()) {
        blocks.append(name);
        lost.append(ReportFigures::number(points));
    }
    const bool none = std::all_of(lost.cbegin(), lost.cend(), [](double value) { return value <= 0; });
    return bars(s(u"%1 各板块失分%2").arg(target.target.name, none ? s(u"（无失分）") : QString()), blocks,
        lost, s(u"失分（分）"), false, colour(1));
}

QChart* AssessmentCharts::distribution(const AssessmentReport& report)
{
    QStringList bands;
    QList<double> counts;
    for (const auto& [band, count] : report.distribution()) {
        bands.append(band == QStringLiteral("<60") ? s(u"60分以下")
                : band == QStringLiteral(">100")   ? s(u"100分以上")
                                                   : band + s(u"分"));
        counts.append(count);
    }
    return bars(s(u"得分分布"), bands, counts, s(u"个数"), true, colour(0));
}

QChart* AssessmentCharts::ranking(const AssessmentReport& report, int first, int count)
{
    const int size = int(report.targets.size());
    first = std::clamp(first, 0, size);
    const int end = count < 0 ? size : std::min(size, first + count);
    QChart* chart = newChart(
        first == 0 && end == size ? s(u"总得分排名") : s(u"总得分排名（第%1—%2名）").arg(first + 1).arg(end));
    QStringList names;
    QList<double> totals;
    // A horizontal bar chart draws its first category at the bottom: the best goes last.
    for (int i = end - 1; i >= first; --i) {
        const TargetScores& target = report.targets.at(i);
        names.append(QStringLiteral("%1. %2").arg(target.rank).arg(target.target.name));
        totals.append(ReportFigures::number(target.result.total));
    }
    double high = 100;
    for (const TargetScores& target : report.targets)
        high = std::max(high, ReportFigures::number(target.result.total));
    auto* series = new QHorizontalBarSeries;
    series->append(barSet(s(u"总得分"), totals, colour(0)));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->barSets().first()->setLabelColor(Qt::white);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = categoryAxis(names);
    auto* x = new QValueAxis;
    x->setTitleText(s(u"总得分（分）"));
    x->setTitleFont(PageCanvas::font(8.5));
    x->setLabelsFont(PageCanvas::font(8.5));
    x->setRange(0, std::ceil(high / 10) * 10);
    x->setTickCount(int(x->max() / 10) + 1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

QChart* AssessmentCharts::levelCounts(const AssessmentReport& report)
{
    // Grades and star levels side by side on one axis, in two colours: one set holds the
    // grades (nought under the stars), the other the stars, stacked so each bar is one count.
    QChart* chart = newChart(s(u"等次与星级分布"));
    QStringList levels;
    QList<double> grades;
    QList<double> stars;
    for (const auto& [name, count] : report.gradeCounts()) {
        levels.append(name);
        grades.append(count);
        stars.append(0);
    }
    for (const auto& [name, count] : report.starCounts()) {
        levels.append(name);
        grades.append(0);
        stars.append(count);
    }
    auto* series = new QStackedBarSeries;
    series->append(barSet(s(u"等次"), grades, colour(0)));
    series->append(barSet(s(u"星级"), stars, colour(2)));
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    auto* x = categoryAxis(levels);
    double largest = 0;
    for (double count : grades + stars)
        largest = std::max(largest, count);
    auto* y = valueAxis(s(u"个数"), largest, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* AssessmentCharts::unitLosses(const AssessmentReport& report)
{
    QStringList blocks;
    QList<double> lost;
    for (const auto& [name, points] : report.lostPerBlock()) {
        blocks.append(name);
        lost.append(ReportFigures::number(points));
    }
    return bars(s(u"各板块失分合计（由多到少）"), blocks, lost, s(u"失分（分）"), false, colour(1));
}

double AssessmentCharts::rankingHeight(qsizetype targets, double available)
{
    return std::min(std::max(25.0 + 7.5 * double(targets), 60.0), available);
}

}  // namespace redgrid::document
