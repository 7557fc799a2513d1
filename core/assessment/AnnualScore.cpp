#include "AnnualScore.h"

namespace redgrid::assessment {

AnnualResult AnnualScore::compute(const AnnualRule& rule, const AnnualInput& input)
{
    AnnualResult result;
    Points weighted;  // Σ w_q × Q_q
    qint64 weights = 0;
    for (int q = 0; q < 4; ++q) {
        if (!input.quarters[q]) {
            if (rule.quarterWeights[q] > 0)
                result.notes << tr("Q%1 was not scored and is left out of the mean").arg(q + 1);
            continue;
        }
        weighted += *input.quarters[q] * rule.quarterWeights[q];
        weights += rule.quarterWeights[q];
    }
    if (weights > 0)
        result.quartersPart = weighted.scaled(rule.quartersPercent, weights * 100);
    result.yearEnd = clamp(input.yearEnd, Points(), rule.yearEndMax);
    if (input.yearEnd > rule.yearEndMax)
        result.notes << tr("the year-end rating counts at most %1").arg(rule.yearEndMax.toString());
    result.total = max(result.quartersPart + result.yearEnd + input.bonus - input.penalty, Points());
    return result;
}

}  // namespace redgrid::assessment
