#include "AssessmentCommand.h"

#include "assessment/SheetStore.h"
#include "storage/Connection.h"

namespace redgrid::cli {

std::optional<assessment::Period> AssessmentCommand::scoringPeriod(
    const QCommandLineParser& parser, const QCommandLineOption& option) const
{
    const auto period = assessment::Period::forScoring(parser.value(option), QDate::currentDate());
    if (period)
        return *period;
    printUsageError(parser.isSet(option)
            ? period.error().message
            : tr("%1 needs --%2, e.g. 2026Q3").arg(name(), option.names().first()));
    return std::nullopt;
}

storage::Connection* AssessmentCommand::openForAssessment(const QString& path, int& status)
{
    storage::Connection* db = openDatabase(path);
    if (!db) {
        status = openFailure();
        return nullptr;
    }
    if (const Status allowed = assessment::SheetStore(*db).allowed(); !allowed) {
        printError(allowed.error());
        status = NotSignedIn;
        return nullptr;
    }
    return db;
}

}  // namespace redgrid::cli
