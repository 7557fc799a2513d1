#include "Ranking.h"

#include <algorithm>

namespace redgrid::assessment {

void Ranking::rank(QList<RankedTarget>& targets)
{
    std::stable_sort(targets.begin(), targets.end(), [](const RankedTarget& a, const RankedTarget& b) {
        return a.total != b.total ? a.total > b.total : a.name < b.name;
    });
    for (qsizetype i = 0; i < targets.size(); ++i)
        targets[i].rank
            = (i > 0 && targets[i].total == targets[i - 1].total) ? targets[i - 1].rank : int(i) + 1;
}

void Ranking::applyQuotas(QList<RankedTarget>& targets, const LevelScale& scale, int RankedTarget::*level)
{
    const qsizetype ranked = targets.size();
    for (int i = 0; i + 1 < scale.levels.size(); ++i) {
        const Level& quota = scale.levels.at(i);
        if (quota.quotaPercent >= 100)
            continue;
        // Whole targets only: 10 % of 25 is 2.
        const qsizetype allowed = ranked * quota.quotaPercent / 100;
        qsizetype given = 0;
        bool full = false;
        for (qsizetype first = 0; first < ranked;) {
            qsizetype end = first + 1;
            while (end < ranked && targets[end].total == targets[first].total)
                ++end;
            qsizetype holding = 0;
            for (qsizetype t = first; t < end; ++t)
                holding += targets[t].*level == i ? 1 : 0;
            if (holding > 0) {
                full = full || given + holding > allowed;
                if (!full) {
                    given += holding;
                } else {
                    for (qsizetype t = first; t < end; ++t) {
                        if (targets[t].*level != i)
                            continue;
                        targets[t].*level = i + 1;
                        targets[t].capped
                            << tr("%1 is for at most %2 % of the %3 ranked together (%4); ranked %5 "
                                  "with %6, given %7")
                                   .arg(quota.name)
                                   .arg(quota.quotaPercent)
                                   .arg(ranked)
                                   .arg(allowed)
                                   .arg(targets[t].rank)
                                   .arg(targets[t].total.toString(), scale.levels.at(i + 1).name);
                    }
                }
            }
            first = end;
        }
    }
}

}  // namespace redgrid::assessment
