#pragma once

#include "AssessmentTemplate.h"
#include "Points.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace redgrid::assessment {

struct AnnualInput
{
    std::optional<Points> quarters[4];  // each quarter's total; nothing for a quarter not scored
    Points yearEnd;  // the year-end rating, at most the rule's yearEndMax
    Points bonus;
    Points penalty;
};

struct AnnualResult
{
    Points quartersPart;  // the weighted mean of the quarters × quartersPercent %
    Points yearEnd;  // as counted (within its maximum)
    Points total;  // never below zero
    QStringList notes;  // quarters left out, a rating cut to its maximum
};

class AnnualScore
{
    Q_DECLARE_TR_FUNCTIONS(AnnualScore)

public:
    // annual = (Σ w_q × Q_q / Σ w_q over the quarters scored) × quartersPercent %
    //          + year-end rating + bonus − penalty, rounded once, half away from zero.
    static AnnualResult compute(const AnnualRule& rule, const AnnualInput& input);
};

}  // namespace redgrid::assessment
