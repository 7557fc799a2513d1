#pragma once

#include "assessment/AssessmentReport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace redgrid::document {

// A street's (or the district's) reports at once (issue 23 §4): one PDF per community, the
// summary as PDF and XLSX, into one folder. Every file is complete or absent; a batch that
// is cancelled, fails or is killed leaves none of its files (storage::FileBatch).
class ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ReportBatch)

public:
    // Called before each file with how many are done of how many; false cancels.
    using Progress = std::function<bool(int done, int total, const QString& file)>;

    struct Outcome
    {
        QStringList files;  // written, in order
        bool cancelled = false;
    };

    // The files' names: "<period> <unit> 汇总.pdf", "<period> <code> <name>.pdf" …
    static QStringList fileNames(const assessment::AssessmentReport& report);
    static Result<Outcome> write(
        const assessment::AssessmentReport& report, const QString& folder, const Progress& progress = {});
};

}  // namespace redgrid::document
