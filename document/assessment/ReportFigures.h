#pragma once

#include "assessment/AssessmentReport.h"

#include <QDate>
#include <QString>

namespace redgrid::document {

// The words and figures that the assessment report's PDFs and its workbook share, so that a
// rank, a cap or a rectification's state reads the same on paper and in the spreadsheet.
// The reports are Chinese whatever the interface language: a street office prints them and
// hands them upward, as it does the national roster forms.
struct ReportFigures
{
    using Points = assessment::Points;
    using TargetScores = assessment::TargetScores;

    static QString points(Points points);  // "89.50", as Points shows it
    static double number(Points points);  // 89.5, for a numeric cell
    static QString rank(const TargetScores& target);  // "2/30"; "—" when not ranked
    static QString districtRank(const TargetScores& target);
    // Why the grade or the stars are lower than the points reach: quotas, vetoes, the cap of a
    // veto, a missing innovation item; "—" when nothing capped them.
    static QString caps(const TargetScores& target);
    // An indicator's points as the self-assessment gave them, and as the review did ("—"
    // before the review).
    static QString selfScore(const TargetScores& target, const QString& key);
    static QString reviewScore(const TargetScores& target, const QString& key);
    // The reason for every point lost and the evidence noted: "依据：…".
    static QString reasons(const TargetScores& target, const QString& key);
    // The day the report counts from: the day it was prepared, else today.
    static QDate today(const assessment::AssessmentReport& report);
    // 已整改, 整改中 or 逾期 (an open item past its deadline).
    static QString state(const assessment::Rectification& item, const QDate& today);
    static QString date(const QDate& date);  // yyyy-MM-dd, "—" when there is none
    static QString sheetState(const TargetScores& target);  // 自评, 已提交, 已审核, 已确认
    static QString overdueMark();  // 逾期
};

}  // namespace redgrid::document
