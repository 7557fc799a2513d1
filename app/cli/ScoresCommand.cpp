#include "ScoresCommand.h"

#include "ScoresOutput.h"
#include "assessment/ReportBuilder.h"
#include "storage/Connection.h"

namespace redgrid::cli {

QString ScoresCommand::summary() const
{
    return tr("Print a quarter's assessment scores (total, grade, stars, rank, points lost per block) or a "
              "year's annual scores.");
}

void ScoresCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_period, m_scope, m_json });
}

int ScoresCommand::run(const QCommandLineParser& parser)
{
    const auto period = scoringPeriod(parser, m_period);
    if (!period)
        return UsageError;
    int status = Success;
    storage::Connection* db = openForAssessment(parser.positionalArguments().at(0), status);
    if (!db)
        return status;
    if (!period->isQuarter()) {
        const auto standing
            = assessment::ReportBuilder(*db).annualForCode(parser.value(m_scope), period->year());
        if (!standing) {
            return fail(standing.error());
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
        return fail(report.error());
    }
    if (parser.isSet(m_json))
        printJson(ScoresOutput::json(*report));
    else
        for (const QString& line : ScoresOutput::lines(*report))
            printLine(line);
    return Success;
}

}  // namespace redgrid::cli
