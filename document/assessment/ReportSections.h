#pragma once

#include "assessment/AssessmentReport.h"
#include "common/Result.h"
#include "document/engine/PageFlow.h"
#include "document/engine/PrintOptions.h"
#include "document/engine/Table.h"

#include <QDate>

namespace redgrid::storage {
class Connection;
}

namespace redgrid::document {

class PageCanvas;

// The parts the target report and the summary report share: the pages' frame and cover,
// headings, the indicator table, the rectification list, the signature lines, and the print
// itself (checked and audited when drawn with a connection).
namespace ReportSections {

// A4 in `orientation`: the content area and the frame (the title at the head of every page,
// the day of the report at the foot).
PageFlow newFlow(const assessment::AssessmentReport& report, QPageLayout::Orientation orientation);
double contentWidth(QPageLayout::Orientation orientation);

void addCover(PageFlow& flow, const assessment::AssessmentReport& report,
    QPageLayout::Orientation orientation, const QString& assessed, const QString& assessor);
void addHeading(PageFlow& flow, const QString& text);
// 序号/指标/标准/分值/自评/审核/得分/扣分原因及依据: every node of the table in its order, the
// blocks and the totals included, within `width` mm.
Table indicatorTable(const assessment::TargetScores& target, double width);
// The rectifications with their state; an overdue item reads 逾期. `withTarget`: a column
// naming whose item it is (the summary).
Table rectificationTable(
    const QList<assessment::Rectification>& items, const QDate& today, bool withTarget, double width);
void addRectifications(PageFlow& flow, const QList<assessment::Rectification>& items, const QDate& today,
    bool withTarget, double width);
// 考核单位（盖章）, 负责人签字 and the date to fill in.
void addSignatures(PageFlow& flow);

// Without a connection the pages are drawn as they are (a file, the preview of a document
// that reads no database); with one, printing must be allowed and is recorded in the audit
// log as `form` of `target`.
Status print(PageFlow& flow, PageCanvas& canvas, const PrintOptions& options, storage::Connection* db,
    const QString& title, const QString& form, const assessment::TargetScores* target,
    const assessment::AssessmentReport& report);

}  // namespace ReportSections

}  // namespace redgrid::document
