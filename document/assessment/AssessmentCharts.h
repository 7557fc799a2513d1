#pragma once

#include "assessment/AssessmentReport.h"

class QChart;

namespace redgrid::document {

// The assessment's charts as Qt Charts, drawn from the report model only: the PDFs put them
// on the page (ModelChartBlock) and the GUI shows them in a QChartView. Each returns a new
// chart that the caller owns (or hands to a scene or a view), without animation, in the
// print font at sizes that stay readable on A4. Labels are Chinese, as on the reports.
class AssessmentCharts
{
public:
    // One target: its total quarter by quarter (TargetScores::history), a line.
    static QChart* history(const assessment::TargetScores& target);
    // One target: the points lost in each block of the table, bars.
    static QChart* targetLosses(const assessment::TargetScores& target);

    // A street or the district: how many totals fall in each band of ten points.
    static QChart* distribution(const assessment::AssessmentReport& report);
    // The totals in rank order, the best at the top, horizontal bars: `count` targets from
    // `first` (all by default), on the scale of the whole report, so that the parts of a long
    // ranking put side by side compare.
    static QChart* ranking(const assessment::AssessmentReport& report, int first = 0, int count = -1);
    // A bar's band must hold its name: at most this many targets in one ranking chart on A4.
    static constexpr int RankingPerChart = 16;
    // How many hold each grade and each star level (after the quotas).
    static QChart* levelCounts(const assessment::AssessmentReport& report);
    // The blocks where most points were lost, over all the targets, most first.
    static QChart* unitLosses(const assessment::AssessmentReport& report);

    // The height in mm the ranking needs for `targets` bars, each label readable, at most
    // `available` (the page's content).
    static double rankingHeight(qsizetype targets, double available);
};

}  // namespace redgrid::document
