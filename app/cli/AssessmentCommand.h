#pragma once

#include "CliCommand.h"
#include "assessment/Period.h"

#include <optional>

namespace redgrid::cli {

// What the assessment commands (scores, report, year-end) share before their own work: the
// period they are given, and a database whose account may read assessments.
class AssessmentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentCommand)

protected:
    // `option` (--period) as a period that can be scored: a quarter or a year that has begun.
    // Nothing after printing why (then the command exits UsageError).
    std::optional<assessment::Period> scoringPeriod(
        const QCommandLineParser& parser, const QCommandLineOption& option) const;
    // Opens the database and checks that the account may read assessments. Null after
    // printing why, with `status` the exit status to return.
    storage::Connection* openForAssessment(const QString& path, int& status);
};

}  // namespace redgrid::cli
