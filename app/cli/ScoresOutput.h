#pragma once

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
};

}  // namespace redgrid::cli
