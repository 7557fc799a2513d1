#include "ScoresCommand.h"

#include "ScoresOutput.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetStore.h"
#include "storage/Connection.h"

namespace redgrid::cli {

QString ScoresCommand::summary() const
{
    return tr("Print a quarter's assessment scores: total, grade, stars, rank and points lost per block.");
}

void ScoresCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_period, m_scope, m_json });
}

int ScoresCommand::run(const QCommandLineParser& parser)
{
    const auto period = assessment::Period::forScoring(parser.value(m_period), QDate::currentDate());
    if (!period) {
        printUsageError(
            parser.isSet(m_period) ? period.error().message : tr("scores needs --period, e.g. 2026Q3"));
        return UsageError;
    }
    auto db = openDatabase(parser.positionalArguments().at(0));
    if (!db)
        return openFailure();
    if (const Status allowed = assessment::SheetStore(*db).allowed(); !allowed) {
        printError(allowed.error());
        return NotSignedIn;
    }
    if (!period->isQuarter()) {
        const auto standing
            = assessment::ReportBuilder(*db).annualForCode(parser.value(m_scope), period->year());
        if (!standing) {
            printError(standing.error());
            return DataError;
        }
        if (parser.isSet(m_json))
            printJson(ScoresOutput::json(*standing));
        else
            for (const QString& line : ScoresOutput::lines(*standing))
                printLine(line);
        return Success;
    }
    const auto report = assessment::ReportBuilder(*db).buildForCode(parser.value(m_scope), *period);
    if (!report) {
        printError(report.error());
        return DataError;
    }
    if (parser.isSet(m_json))
        printJson(ScoresOutput::json(*report));
    else
        for (const QString& line : ScoresOutput::lines(*report))
            printLine(line);
    return Success;
}

}  // namespace redgrid::cli
