#include "AssessmentTemplate.h"

#include <QSet>

#include <functional>

namespace redgrid::assessment {

namespace {

void visit(
    const QList<Indicator>& nodes, int depth, const std::function<void(const Indicator&, int)>& visitor)
{
    for (const Indicator& node : nodes) {
        visitor(node, depth);
        visit(node.children, depth + 1, visitor);
    }
}

Points sumOfMaxima(const QList<Indicator>& nodes, IndicatorKind kind)
{
    Points sum;
    for (const Indicator& node : nodes)
        if (node.kind == kind)
            sum += node.max;
    return sum;
}

}  // namespace

QList<std::pair<const Indicator*, int>> AssessmentTemplate::flatten() const
{
    QList<std::pair<const Indicator*, int>> nodes;
    visit(indicators, 0, [&](const Indicator& node, int depth) { nodes.append({ &node, depth }); });
    return nodes;
}

const Indicator* AssessmentTemplate::find(const QString& key) const
{
    for (const auto& [node, depth] : flatten())
        if (node->key == key)
            return node;
    return nullptr;
}

Points AssessmentTemplate::regularMaximum() const
{
    return sumOfMaxima(indicators, IndicatorKind::Regular);
}

QStringList AssessmentTemplate::problems() const
{
    QStringList found;
    if (name.trimmed().isEmpty())
        found << tr("the template has no name");
    if (decimals < 0 || decimals > Points::MaxDecimals)
        found << tr("scores may have 0, 1 or 2 decimals, not %1").arg(decimals);
    if (regularMaximum() != total)
        found << tr("the blocks add up to %1 points, not %2")
                     .arg(regularMaximum().toString(decimals), total.toString(decimals));
    QSet<QString> keys;
    visit(indicators, 0, [&](const Indicator& node, int) {
        const QString label = node.key + QLatin1Char(' ') + node.name;
        if (node.key.trimmed().isEmpty())
            found << tr("%1 has no key").arg(node.name);
        else if (keys.contains(node.key))
            found << tr("%1: the key %2 is used twice").arg(label, node.key);
        keys.insert(node.key);
        if (node.max < Points())
            found << tr("%1: the maximum is below zero").arg(label);
        if (!node.max.fitsDecimals(decimals))
            found << tr("%1: the maximum has more decimals than the template allows").arg(label);
        switch (node.method) {
        case ScoringMethod::Sum:
            if (node.children.isEmpty())
                found << tr("%1: a block needs indicators").arg(label);
            else if (sumOfMaxima(node.children, node.kind) != node.max)
                found << tr("%1: its indicators add up to %2 points, not %3")
                             .arg(label, sumOfMaxima(node.children, node.kind).toString(decimals),
                                 node.max.toString(decimals));
            for (const Indicator& child : node.children)
                if (child.kind != node.kind)
                    found << tr("%1: %2 is not of the same kind as its block").arg(label, child.name);
            break;
        case ScoringMethod::Deductions:
            if (node.deductions.isEmpty())
                found << tr("%1: no deduction rules").arg(label);
            for (const DeductionRule& rule : node.deductions)
                if (rule.perFinding <= Points())
                    found << tr("%1: the deduction for \"%2\" must be above zero").arg(label, rule.finding);
            [[fallthrough]];
        case ScoringMethod::Manual:
        case ScoringMethod::Computed:
            if (!node.children.isEmpty())
                found << tr("%1: only a block has indicators below it").arg(label);
            if (node.method == ScoringMethod::Computed && node.source.isEmpty())
                found << tr("%1: a computed indicator needs a data source").arg(label);
            break;
        }
    });
    if (bonusCap < Points())
        found << tr("the bonus cap is below zero");
    for (const VetoRule& veto : vetoes) {
        if (grades.indexOf(veto.bestGrade) < 0)
            found << tr("the veto \"%1\" caps at %2, which is not a grade")
                         .arg(veto.description, veto.bestGrade);
        if (!veto.bestStars.isEmpty() && stars.indexOf(veto.bestStars) < 0)
            found << tr("the veto \"%1\" caps at %2, which is not a star rating")
                         .arg(veto.description, veto.bestStars);
    }
    for (const LevelScale* scale : { &grades, &stars })
        if (const QString problem = scale->problem(); !problem.isEmpty())
            found << problem;
    int weights = 0;
    for (int weight : annual.quarterWeights) {
        if (weight < 0)
            found << tr("a quarter's weight is below zero");
        weights += weight;
    }
    if (weights == 0)
        found << tr("the quarters' weights add up to nothing");
    if (annual.quartersPercent < 0 || annual.quartersPercent > 100)
        found << tr("the quarters' share of the annual score must be between 0 and 100 %");
    return found;
}

}  // namespace redgrid::assessment
