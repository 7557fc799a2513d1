#pragma once

#include "Points.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace redgrid::assessment {

// A level of a scale: a grade (好) or a star rating (五星), from a number of points up.
struct Level
{
    QString name;
    Points from;  // inclusive: 90.00 is 好, 89.99 is not
    bool needsInnovation = false;  // 五星 needs an innovation item as well as the points
    int quotaPercent = 100;  // at most this share of the targets ranked together (100: no cap)
};

// Grades or stars, highest first; the last level starts at zero. Every figure is a setting
// with the published defaults (domain-rules §4.1 and §4.2).
class LevelScale
{
    Q_DECLARE_TR_FUNCTIONS(LevelScale)

public:
    QList<Level> levels;

    // 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, 较差 below (组厅字〔2012〕6号, a published local application).
    static LevelScale defaultGrades();
    // 五星 ≥ 90 with an innovation item (at most 10 %), 四星 ≥ 80 (at most 40 %), 三星 ≥ 70,
    // 二星 ≥ 60, 一星 below (domain-rules §4.2).
    static LevelScale defaultStars();

    // The index of the highest level `points` reach, no higher than `best` (a veto's cap).
    int levelFor(Points points, bool innovation, int best = 0) const;
    int indexOf(const QString& name) const;  // -1 when there is none of that name
    QString problem() const;  // levels not descending, or the last not from zero
};

}  // namespace redgrid::assessment
