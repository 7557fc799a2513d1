#pragma once

#include "LevelScale.h"
#include "Points.h"
#include "common/RecordId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace redgrid::assessment {

// How an indicator gets its points.
enum class ScoringMethod {
    Sum,  // a block: the sum of its children's points
    Manual,  // a score entered by the assessor, with an evidence note
    Deductions,  // the maximum less a fixed deduction per finding, never below zero (扣完为止)
    Computed,  // from RedGrid's own records through a named data source (DataSource)
};

// Where an indicator's points go.
enum class IndicatorKind {
    Regular,  // counts towards the (usually 100) points of the table
    Bonus,  // 加分: added on top, all bonus items together at most the template's bonus cap
    Penalty,  // 减分: taken off the total, outside the table's points
};

// "每少开1次扣0.5分", "每发现1处扣2分": a finding and what each one costs.
struct DeductionRule
{
    QString key;  // stable within the template's versions
    QString finding;  // what is counted, e.g. 少开1次专题会
    Points perFinding;
};

// A node of the indicator tree: a block (Sum) or an indicator (→ sub-indicators).
struct Indicator
{
    QString key;  // stable across the template's versions: "1", "1.2", "bonus.innovation"
    QString name;
    QString standard;  // 标准及要求: what is checked
    Points max;
    IndicatorKind kind = IndicatorKind::Regular;
    ScoringMethod method = ScoringMethod::Manual;
    QList<DeductionRule> deductions;  // Deductions
    QString source;  // Computed: the key of a registered DataSource
    bool innovation = false;  // Bonus: an innovation item (五星 needs one)
    QList<Indicator> children;  // Sum
};

// 一票否决: a finding that caps the grade whatever the points, e.g. a major incident, or
// residents' satisfaction under 90 % (组厅字〔2012〕6号 applications: cannot be 好 or 较好).
struct VetoRule
{
    QString key;
    QString description;
    QString bestGrade;  // the highest grade still possible, by name (e.g. 一般)
    QString bestStars;  // the same on the star scale; empty: stars not capped
};

enum class TargetKind {
    Community,  // communities and villages, scored by their street
    Branch,  // party branches, scored by their 党委
};

// Weights of the annual score (domain-rules §4.5, no national formula: a setting):
// annual = (Σ weight_q × quarter_q / Σ weight_q) × quartersPercent % + year-end rating (≤ max)
//          + annual bonus − annual penalty.
struct AnnualRule
{
    int quarterWeights[4] = { 1, 1, 1, 1 };
    int quartersPercent = 95;
    Points yearEndMax = Points::whole(5);
};

// A versioned indicator table. A version in use is never changed: editing makes the next
// version, and a scored period keeps the version it was scored with.
struct AssessmentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentTemplate)

public:
    RecordId id;  // the same for every version; with `version`, unique across installations
    int version = 1;
    QString name;
    TargetKind target = TargetKind::Community;
    int decimals = 2;  // of entered and computed scores
    QList<Indicator> indicators;  // the blocks, with bonus and penalty items among them
    Points total = Points::whole(100);  // the regular points the blocks must add up to
    Points bonusCap = Points::whole(5);
    QList<VetoRule> vetoes;
    LevelScale grades = LevelScale::defaultGrades();
    LevelScale stars = LevelScale::defaultStars();
    AnnualRule annual;

    // What makes it unusable, one line each naming the indicator: blocks that do not add up
    // to their children or the template's total, a maximum below zero, a deduction rule
    // without points, a computed indicator without a source, keys that repeat.
    QStringList problems() const;
    // The regular points of the top blocks.
    Points regularMaximum() const;
    // Every node in template order (a block before its children), with its depth.
    QList<std::pair<const Indicator*, int>> flatten() const;
    const Indicator* find(const QString& key) const;
};

}  // namespace redgrid::assessment
