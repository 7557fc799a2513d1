#pragma once

#include "AssessmentTarget.h"
#include "AssessmentTemplate.h"
#include "Period.h"
#include "Points.h"
#include "Rectification.h"
#include "ScoreSheet.h"
#include "SheetState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace redgrid::assessment {

// One target's quarter as a report shows it: the sheet worked out, its place in the
// ranking, its history and its rectifications. Built from the database by ReportBuilder;
// the documents (document/assessment) and the GUI's charts draw only from this.
struct TargetScores
{
    AssessmentTarget target;
    Period period = Period::quarterOf(2000, 1);
    std::shared_ptr<const AssessmentTemplate> table;  // the version the sheet was scored with
    SheetState state = SheetState::SelfAssessment;
    SheetInput selfInput;
    SheetResult self;  // the self-assessment worked out
    bool reviewed = false;  // the assessor's review exists (reviewed or confirmed)
    SheetInput reviewInput;
    SheetResult result;  // what counts: the review once reviewed, else the self-assessment

    // After the quotas (Ranking::applyQuotas) among the targets ranked together.
    int grade = 0;  // index into table->grades
    int stars = 0;  // index into table->stars
    QStringList capped;  // why a quota or a veto lowered the grade or the stars
    int rank = 0;  // within its unit (the communities of its street); ties share a rank
    int rankedWith = 0;  // how many were ranked together
    int districtRank = 0;  // within the district, 0 when not ranked there
    int districtRankedWith = 0;

    QList<std::pair<Period, Points>> history;  // the totals of its quarters so far, oldest first
    QList<Rectification> rectifications;  // opened on this sheet, and open ones carried from before

    QString gradeName() const;
    QString starsName() const;
    // The points lost in each top block of the table (maximum − score), in table order.
    QList<std::pair<QString, Points>> lostPerBlock() const;
    // Every deduction with its reason, indicator by indicator, in table order: what the
    // report prints beside the scores.
    struct Loss
    {
        QString indicatorKey;
        QString indicatorName;
        Points lost;
        QStringList reasons;
    };
    QList<Loss> losses() const;
};

// A report: one target's, or the summary of a street or the district with each of its
// communities (or of a 党委's branches).
struct AssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentReport)

public:
    QString unit;  // the unit reported on: the community, the street, the district
    QString unitCode;
    Period period = Period::quarterOf(2000, 1);
    QDate preparedOn;
    bool summary = false;  // a street's or the district's summary, not one target
    QList<TargetScores> targets;  // in rank order, best first

    QString title() const;  // "2026年第3季度 XX社区 党建引领网格化管理考核报告"
    // How many targets hold each grade and each star level, highest first (after quotas).
    QList<std::pair<QString, int>> gradeCounts() const;
    QList<std::pair<QString, int>> starCounts() const;
    // The points lost per block over all the targets, most first.
    QList<std::pair<QString, Points>> lostPerBlock() const;
    // Every rectification of the targets, the overdue ones first.
    QList<Rectification> rectifications() const;
    // Distribution of the totals in bands of ten points: "<60", "60–69", …, "90–100", "≥100".
    QList<std::pair<QString, int>> distribution() const;
};

}  // namespace redgrid::assessment
