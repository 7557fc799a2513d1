#pragma once

#include "AssessmentTemplate.h"
#include "Points.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redgrid::assessment {

// What an assessor gave for one indicator of a sheet.
struct IndicatorEntry
{
    std::optional<Points> score;  // Manual and bonus: points given; penalty: points taken off
    QHash<QString, int> findings;  // Deductions: how many of each rule's findings
    QString evidence;  // the note beside the score
    QStringList attachments;  // file paths
};

// A computed indicator's count, from its data source: "12 of 14 grids covered by a branch".
struct ComputedValue
{
    qint64 achieved = 0;
    qint64 possible = 0;
    QString what;  // the thing counted, e.g. "grids covered by a party organisation"
};

struct SheetInput
{
    QHash<QString, IndicatorEntry> entries;  // by indicator key
    QHash<QString, ComputedValue> computed;  // by indicator key
    QStringList vetoes;  // keys of the template's veto rules that were found
};

struct IndicatorResult
{
    Points score;
    Points max;
    QStringList reasons;  // why points were lost (or, for bonus and penalty, given and taken)
};

// A sheet worked out: every node's points, the totals, the grade and stars before quotas.
struct SheetResult
{
    QHash<QString, IndicatorResult> indicators;  // by key, blocks included
    Points regular;  // the table's points
    Points bonusEntered;  // before the cap
    Points bonus;  // after the cap
    Points penalty;
    Points total;  // regular + bonus − penalty, never below zero
    bool innovation = false;  // a bonus item marked as innovation scored
    QStringList vetoes;  // the descriptions of the vetoes found
    int grade = 0;  // index into the template's grades
    int stars = 0;  // index into the template's stars
    QStringList gradeReasons;  // a veto's cap, a missing innovation item
};

class ScoreSheet
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheet)

public:
    // One line per entry that cannot be saved, naming the indicator: a score above its
    // maximum, below zero or with more decimals than the template allows, findings on an
    // indicator without that rule, a negative count, a veto the template does not have.
    static QStringList problems(const AssessmentTemplate& table, const SheetInput& input);

    // The points, floored at zero in every deduction node (扣完为止), the bonus capped, the
    // penalty taken off, and the grade and stars the total reaches under the vetoes found.
    // Entries out of range are clamped here; problems() is what refuses them.
    static SheetResult compute(const AssessmentTemplate& table, const SheetInput& input);
};

}  // namespace redgrid::assessment
