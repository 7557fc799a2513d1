#include "ScoreSheet.h"

namespace redgrid::assessment {

namespace {

class Calculation
{
public:
    Calculation(const AssessmentTemplate& table, const SheetInput& input, SheetResult& result)
        : m_table(table)
        , m_input(input)
        , m_result(result)
    {
    }

    Points node(const Indicator& indicator)
    {
        IndicatorResult result;
        result.max = indicator.max;
        const IndicatorEntry entry = m_input.entries.value(indicator.key);
        switch (indicator.method) {
        case ScoringMethod::Sum:
            for (const Indicator& child : indicator.children)
                result.score += node(child);
            break;
        case ScoringMethod::Manual:
            result.score = clamp(entry.score.value_or(Points()), Points(), indicator.max);
            if (indicator.kind == IndicatorKind::Regular) {
                if (!entry.score)
                    result.reasons << ScoreSheet::tr("not scored yet");
                else if (result.score < indicator.max)
                    result.reasons << (entry.evidence.isEmpty()
                            ? ScoreSheet::tr("scored %1 of %2").arg(text(result.score), text(indicator.max))
                            : ScoreSheet::tr("scored %1 of %2: %3")
                                  .arg(text(result.score), text(indicator.max), entry.evidence));
            } else if (result.score > Points()) {
                result.reasons << (entry.evidence.isEmpty()
                        ? text(result.score)
                        : ScoreSheet::tr("%1: %2").arg(text(result.score), entry.evidence));
            }
            break;
        case ScoringMethod::Deductions: {
            Points deducted;
            for (const DeductionRule& rule : indicator.deductions) {
                const int count = std::max(entry.findings.value(rule.key), 0);
                if (count == 0)
                    continue;
                deducted += rule.perFinding * count;
                result.reasons << ScoreSheet::tr("%1 × %2: −%3")
                                      .arg(rule.finding)
                                      .arg(count)
                                      .arg(text(rule.perFinding * count));
            }
            result.score = max(indicator.max - deducted, Points());
            if (deducted > indicator.max)
                result.reasons << ScoreSheet::tr("deducted down to zero, not below (%1 of %2 deducted)")
                                      .arg(text(indicator.max), text(deducted));
            if (!entry.evidence.isEmpty() && !result.reasons.isEmpty())
                result.reasons << entry.evidence;
            break;
        }
        case ScoringMethod::Computed: {
            const ComputedValue value = m_input.computed.value(indicator.key);
            if (value.possible <= 0) {
                result.score = indicator.max;
                result.reasons << ScoreSheet::tr("none to count (%1): full points").arg(value.what);
            } else {
                result.score
                    = clamp(indicator.max.scaled(value.achieved, value.possible).rounded(m_table.decimals),
                        Points(), indicator.max);
                result.reasons << ScoreSheet::tr("%1 of %2 %3 → %4 of %5")
                                      .arg(value.achieved)
                                      .arg(value.possible)
                                      .arg(value.what, text(result.score), text(indicator.max));
            }
            break;
        }
        }
        if (indicator.method != ScoringMethod::Sum) {
            if (indicator.kind == IndicatorKind::Bonus) {
                m_result.bonusEntered += result.score;
                m_result.innovation
                    = m_result.innovation || (indicator.innovation && result.score > Points());
            } else if (indicator.kind == IndicatorKind::Penalty) {
                m_result.penalty += result.score;
            }
        }
        m_result.indicators.insert(indicator.key, result);
        return result.score;
    }

private:
    QString text(Points points) const { return points.toString(m_table.decimals); }

    const AssessmentTemplate& m_table;
    const SheetInput& m_input;
    SheetResult& m_result;
};

}  // namespace

QStringList ScoreSheet::problems(const AssessmentTemplate& table, const SheetInput& input)
{
    QStringList found;
    for (auto it = input.entries.cbegin(); it != input.entries.cend(); ++it) {
        const Indicator* indicator = table.find(it.key());
        if (!indicator) {
            found << tr("%1: there is no such indicator in %2 (version %3)")
                         .arg(it.key(), table.name)
                         .arg(table.version);
            continue;
        }
        const QString label = indicator->key + QLatin1Char(' ') + indicator->name;
        const IndicatorEntry& entry = it.value();
        if (entry.score) {
            if (indicator->method != ScoringMethod::Manual)
                found << tr("%1: its points are not entered but worked out").arg(label);
            else if (*entry.score < Points())
                found << tr("%1: %2 is below zero").arg(label, entry.score->toString());
            else if (*entry.score > indicator->max)
                found << tr("%1: %2 is above its maximum of %3")
                             .arg(label, entry.score->toString(), indicator->max.toString(table.decimals));
            else if (!entry.score->fitsDecimals(table.decimals))
                found << tr("%1: %2 has more decimals than the template allows (%3)")
                             .arg(label, entry.score->toString())
                             .arg(table.decimals);
        }
        for (auto finding = entry.findings.cbegin(); finding != entry.findings.cend(); ++finding) {
            bool known = false;
            for (const DeductionRule& rule : indicator->deductions)
                known = known || rule.key == finding.key();
            if (!known)
                found << tr("%1: it has no deduction rule %2").arg(label, finding.key());
            else if (finding.value() < 0)
                found << tr("%1: a number of findings cannot be below zero").arg(label);
        }
    }
    for (const QString& veto : input.vetoes) {
        bool known = false;
        for (const VetoRule& rule : table.vetoes)
            known = known || rule.key == veto;
        if (!known)
            found << tr("%1: there is no such veto in %2").arg(veto, table.name);
    }
    return found;
}

SheetResult ScoreSheet::compute(const AssessmentTemplate& table, const SheetInput& input)
{
    SheetResult result;
    Calculation calculation(table, input, result);
    for (const Indicator& top : table.indicators) {
        const Points points = calculation.node(top);
        if (top.kind == IndicatorKind::Regular)
            result.regular += points;
    }
    result.bonus = min(result.bonusEntered, table.bonusCap);
    result.total = max(result.regular + result.bonus - result.penalty, Points());

    int bestGrade = 0;
    int bestStars = 0;
    for (const VetoRule& veto : table.vetoes) {
        if (!input.vetoes.contains(veto.key))
            continue;
        result.vetoes << veto.description;
        bestGrade = std::max(bestGrade, table.grades.indexOf(veto.bestGrade));
        if (!veto.bestStars.isEmpty())
            bestStars = std::max(bestStars, table.stars.indexOf(veto.bestStars));
    }
    result.grade = table.grades.levelFor(result.total, result.innovation, bestGrade);
    result.stars = table.stars.levelFor(result.total, result.innovation, bestStars);
    const int gradeByPoints = table.grades.levelFor(result.total, result.innovation);
    const int starsByPoints = table.stars.levelFor(result.total, true);
    for (const VetoRule& veto : table.vetoes)
        if (input.vetoes.contains(veto.key) && gradeByPoints < table.grades.indexOf(veto.bestGrade))
            result.gradeReasons << tr("%1: at best %2").arg(veto.description, veto.bestGrade);
    // The points reach a level that also needs an innovation item, and no veto capped it below.
    if (!result.innovation && starsByPoints >= bestStars
        && table.stars.levels.at(starsByPoints).needsInnovation)
        result.gradeReasons << tr("%1 needs an innovation item as well as %2 points")
                                   .arg(table.stars.levels.at(starsByPoints).name,
                                       table.stars.levels.at(starsByPoints).from.toString(table.decimals));
    return result;
}

}  // namespace redgrid::assessment
