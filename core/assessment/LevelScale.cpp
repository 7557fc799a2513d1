#include "LevelScale.h"

namespace redgrid::assessment {

LevelScale LevelScale::defaultGrades()
{
    return { { { QStringLiteral("好"), Points::whole(90) }, { QStringLiteral("较好"), Points::whole(80) },
        { QStringLiteral("一般"), Points::whole(60) }, { QStringLiteral("较差"), Points::whole(0) } } };
}

LevelScale LevelScale::defaultStars()
{
    return { { { QStringLiteral("五星"), Points::whole(90), true, 10 },
        { QStringLiteral("四星"), Points::whole(80), false, 40 },
        { QStringLiteral("三星"), Points::whole(70) }, { QStringLiteral("二星"), Points::whole(60) },
        { QStringLiteral("一星"), Points::whole(0) } } };
}

int LevelScale::levelFor(Points points, bool innovation, int best) const
{
    for (int i = std::max(best, 0); i < levels.size(); ++i) {
        const Level& level = levels.at(i);
        if (points >= level.from && (!level.needsInnovation || innovation))
            return i;
    }
    return int(levels.size()) - 1;
}

int LevelScale::indexOf(const QString& name) const
{
    for (int i = 0; i < levels.size(); ++i)
        if (levels.at(i).name == name)
            return i;
    return -1;
}

QString LevelScale::problem() const
{
    if (levels.isEmpty())
        return tr("the scale has no levels");
    for (int i = 1; i < levels.size(); ++i)
        if (!(levels.at(i).from < levels.at(i - 1).from))
            return tr("%1 must start below %2").arg(levels.at(i).name, levels.at(i - 1).name);
    if (levels.last().from != Points())
        return tr("the lowest level, %1, must start at 0").arg(levels.last().name);
    for (const Level& level : levels)
        if (level.quotaPercent < 0 || level.quotaPercent > 100)
            return tr("the share of %1 must be between 0 and 100 %").arg(level.name);
    return {};
}

}  // namespace redgrid::assessment
