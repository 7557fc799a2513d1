#pragma once

#include "assessment/AssessmentReport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace redgrid::document {

// The report's figures as an .xlsx workbook, for the offices that keep their own tables:
// 汇总 (one row per target), 指标得分 (every target's indicators: maximum, self, review and
// final score, points lost, the reason), 排名, 整改 (each rectification, overdue or not).
// Each sheet has a title row merged across it and a two-level header (得分 over 自评/审核/
// 最终), points as numbers shown with two decimals, text as text, columns wide enough for the
// Chinese, and prints on A4 (landscape where wide) with its header rows on every page.
// The file is complete or absent: written beside the target and renamed over it.
class ReportWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ReportWorkbook)

public:
    // Refused when `path` is an open database, one of its journals or one of `inputs`
    // (storage::OutputPath), or its folder cannot be written; errors name the file.
    static Status write(
        const assessment::AssessmentReport& report, const QString& path, const QStringList& inputs = {});

    // The sheets' names, in order.
    static QString summarySheet();  // 汇总
    static QString indicatorSheet();  // 指标得分
    static QString rankingSheet();  // 排名
    static QString rectificationSheet();  // 整改
    static constexpr int HeaderRows = 3;  // the title, the groups, the column titles
};

inline Status writeReportWorkbook(const assessment::AssessmentReport& report, const QString& path)
{
    return ReportWorkbook::write(report, path);
}

}  // namespace redgrid::document
