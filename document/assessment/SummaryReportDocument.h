#pragma once

#include "assessment/AssessmentReport.h"
#include "document/engine/Document.h"

#include <QString>

namespace redgrid::document {

// A street's or the district's quarterly summary on A4 landscape (issue 23 §4): a cover, one
// line per community (rank, name, total, grade, stars, the points lost in each block, quota
// and veto caps), the unit's charts (ranking, distribution, grades and stars, the blocks
// where most points were lost), every rectification with the overdue ones first, and the
// lines to sign and seal. Drawn from the report model only.
class SummaryReportDocument : public Document
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReportDocument)

public:
    explicit SummaryReportDocument(assessment::AssessmentReport report);

    Status print(PageCanvas& canvas, const PrintOptions& options, storage::Connection* db) const override;

    QString title() const;

private:
    assessment::AssessmentReport m_report;
};

// The summary as a PDF file, complete or absent, never over an input or the open database.
Status writeSummaryReportPdf(const assessment::AssessmentReport& report, const QString& path);

}  // namespace redgrid::document
