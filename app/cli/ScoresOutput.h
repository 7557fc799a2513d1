#pragma once

#include "assessment/AnnualStanding.h"
#include "assessment/AssessmentReport.h"

#include <QJsonObject>
#include <QStringList>

namespace redgrid::cli {

// A quarter's figures as `scores` and `report --json` print them: every target's total,
// grade, stars, rank and lost points per block.
class ScoresOutput
{
    Q_DECLARE_TR_FUNCTIONS(ScoresOutput)

public:
    static QJsonObject json(const assessment::AssessmentReport& report);
    // One line per target for people, best first, then a line of counts.
    static QStringList lines(const assessment::AssessmentReport& report);
    // A year's annual scores: the quarters counted, the year-end rating, the total and grade.
    static QJsonObject json(const assessment::AnnualStanding& standing);
    static QStringList lines(const assessment::AnnualStanding& standing);
};

}  // namespace redgrid::cli
