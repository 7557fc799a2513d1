#pragma once

#include "assessment/AssessmentReport.h"
#include "document/engine/Document.h"

#include <QString>

namespace redgrid::document {

// One community's (or branch's) quarterly assessment report on A4 (issue 23 §3): a cover, the
// result (total, self and review score, grade, stars, rank, caps), the points of every block
// and indicator with the reason and evidence of each deduction, its two charts, the
// rectifications with the overdue ones marked 逾期, and the lines to sign and seal. Drawn
// from the report model only; with a connection, printing is checked and audited.
class TargetReportDocument : public Document
{
    Q_DECLARE_TR_FUNCTIONS(TargetReportDocument)

public:
    // The report's `target`-th target (a report of one target: the first).
    explicit TargetReportDocument(assessment::AssessmentReport report, int target = 0);

    Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const override;

    QString title() const;
    // "<title>.pdf" with what a file name cannot hold replaced.
    QString suggestedFileName() const;

private:
    assessment::AssessmentReport m_report;  // holding the one target
};

// The report as a PDF file, complete or absent, never over an input or the open database.
Status writeTargetReportPdf(const assessment::AssessmentReport& report, const QString& path, int target = 0);

}  // namespace redgrid::document
