#pragma once

#include "AnnualScore.h"
#include "AssessmentTarget.h"

#include <QList>
#include <QString>

#include <memory>

namespace redgrid::assessment {

// What the assessor adds to a year's quarters: the year-end rating (年终评定) and the year's
// bonus and penalty, with a note.
struct YearEnd
{
    Points rating;
    Points bonus;
    Points penalty;
    QString note;
};

// One target's year: its quarters' totals, the year-end rating, the annual score and grade,
// and its rank among the targets of its unit.
struct AnnualLine
{
    AssessmentTarget target;
    AnnualInput input;
    AnnualResult result;
    QString note;  // the year-end rating's
    QString grade;  // on the template's grades, no quota
    int rank = 0;
    int rankedWith = 0;
};

// The annual scores of a street's or the district's communities (or a 党委's branches).
struct AnnualStanding
{
    QString unit;
    int year = 0;
    QList<AnnualLine> lines;  // best first
};

}  // namespace redgrid::assessment
