#pragma once

#include "LevelScale.h"
#include "Points.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace redgrid::assessment {

// One target among those ranked together (the communities of a street, of the district).
struct RankedTarget
{
    QString id;
    QString name;
    Points total;
    int grade = 0;  // index into the grades; in: by points and vetoes, out: after the quotas
    int stars = 0;  // the same for stars
    int rank = 0;  // 1 for the best; ties share a rank and the next rank is skipped (1, 2, 2, 4)
    QStringList capped;  // why a quota lowered the grade or the stars
};

class Ranking
{
    Q_DECLARE_TR_FUNCTIONS(Ranking)

public:
    // Orders by total, best first (equal totals by name), and gives each its rank.
    static void rank(QList<RankedTarget>& targets);

    // Applies the quotas of `scale` (Level::quotaPercent) to `level` of the ranked targets:
    // at most that share of them may hold the level, given in rank order; the rest go one
    // level down, and so on down the scale. Targets tied on points are given a level
    // together or not at all, so a tie never splits. Call rank() first.
    static void applyQuotas(QList<RankedTarget>& targets, const LevelScale& scale, int RankedTarget::*level);
};

}  // namespace redgrid::assessment
