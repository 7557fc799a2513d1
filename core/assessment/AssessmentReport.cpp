#include "AssessmentReport.h"

#include <QHash>

#include <algorithm>

namespace redgrid::assessment {

QString TargetScores::gradeName() const
{
    if (!table || grade < 0 || grade >= table->grades.levels.size())
        return {};
    return table->grades.levels.at(grade).name;
}

QString TargetScores::starsName() const
{
    if (!table || stars < 0 || stars >= table->stars.levels.size())
        return {};
    return table->stars.levels.at(stars).name;
}

QList<std::pair<QString, Points>> TargetScores::lostPerBlock() const
{
    QList<std::pair<QString, Points>> blocks;
    if (!table)
        return blocks;
    for (const Indicator& block : table->indicators) {
        if (block.kind != IndicatorKind::Regular)
            continue;
        const IndicatorResult counted = result.indicators.value(block.key);
        blocks.append({ block.name, max(Points(), counted.max - counted.score) });
    }
    return blocks;
}

QList<TargetScores::Loss> TargetScores::losses() const
{
    QList<Loss> losses;
    if (!table)
        return losses;
    for (const auto& [indicator, depth] : table->flatten()) {
        Q_UNUSED(depth)
        if (!indicator->children.isEmpty() || indicator->kind != IndicatorKind::Regular)
            continue;
        const IndicatorResult counted = result.indicators.value(indicator->key);
        const Points lost = counted.max - counted.score;
        if (lost > Points())
            losses.append({ indicator->key, indicator->name, lost, counted.reasons });
    }
    return losses;
}

QString AssessmentReport::title() const
{
    const bool branches = !targets.isEmpty() && targets.first().target.kind == TargetKind::Branch;
    const QString what = branches ? tr("Party Branch Star Rating Report")
                                  : tr("Party-Led Grid Governance Assessment Report");
    return tr("%1 %2 %3").arg(period.label(), unit, what);
}

namespace {
QList<std::pair<QString, int>> countLevels(const QList<TargetScores>& targets, bool grades)
{
    QList<std::pair<QString, int>> counts;
    if (targets.isEmpty() || !targets.first().table)
        return counts;
    const LevelScale& scale = grades ? targets.first().table->grades : targets.first().table->stars;
    for (const Level& level : scale.levels)
        counts.append({ level.name, 0 });
    for (const TargetScores& target : targets) {
        const int index = grades ? target.grade : target.stars;
        if (index >= 0 && index < counts.size())
            ++counts[index].second;
    }
    return counts;
}
}  // namespace

QList<std::pair<QString, int>> AssessmentReport::gradeCounts() const
{
    return countLevels(targets, true);
}

QList<std::pair<QString, int>> AssessmentReport::starCounts() const
{
    return countLevels(targets, false);
}

QList<std::pair<QString, Points>> AssessmentReport::lostPerBlock() const
{
    QList<std::pair<QString, Points>> blocks;
    QHash<QString, qsizetype> at;
    for (const TargetScores& target : targets)
        for (const auto& [name, lost] : target.lostPerBlock()) {
            if (!at.contains(name)) {
                at.insert(name, blocks.size());
                blocks.append({ name, Points() });
            }
            blocks[at.value(name)].second += lost;
        }
    std::stable_sort(
        blocks.begin(), blocks.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return blocks;
}

QList<Rectification> AssessmentReport::rectifications() const
{
    QList<Rectification> all;
    for (const TargetScores& target : targets)
        all.append(target.rectifications);
    const QDate today = preparedOn.isValid() ? preparedOn : QDate::currentDate();
    std::stable_sort(all.begin(), all.end(), [&](const Rectification& a, const Rectification& b) {
        return a.isOverdue(today) && !b.isOverdue(today);
    });
    return all;
}

QList<std::pair<QString, int>> AssessmentReport::distribution() const
{
    QList<std::pair<QString, int>> bands = { { QStringLiteral("<60"), 0 }, { QStringLiteral("60–69"), 0 },
        { QStringLiteral("70–79"), 0 }, { QStringLiteral("80–89"), 0 }, { QStringLiteral("90–100"), 0 },
        { QStringLiteral(">100"), 0 } };
    for (const TargetScores& target : targets) {
        const qint64 total = target.result.total.hundredths();
        int band = 0;
        if (total > 10000)
            band = 5;
        else if (total >= 9000)
            band = 4;
        else if (total >= 6000)
            band = int(total / 1000) - 5;
        ++bands[band].second;
    }
    return bands;
}

}  // namespace redgrid::assessment
