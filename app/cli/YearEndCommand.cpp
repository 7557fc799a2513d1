#include "YearEndCommand.h"

#include "ScoresOutput.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "storage/Connection.h"

namespace redgrid::cli {

QString YearEndCommand::summary() const
{
    return tr("Give a community or branch its year-end rating (年终评定) for the annual score.");
}

void YearEndCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_year, m_target, m_rating, m_bonus, m_penalty, m_note, m_json });
}

int YearEndCommand::run(const QCommandLineParser& parser)
{
    bool yearOk = false;
    const int year = parser.value(m_year).toInt(&yearOk);
    if (!yearOk || !parser.isSet(m_target) || !parser.isSet(m_rating)) {
        printUsageError(tr("year-end needs --year YEAR, --target CODE and --rating POINTS"));
        return UsageError;
    }
    assessment::YearEnd given;
    for (const auto& [option, points] : { std::pair(&m_rating, &given.rating),
             std::pair(&m_bonus, &given.bonus), std::pair(&m_penalty, &given.penalty) }) {
        const auto parsed = assessment::Points::parse(parser.value(*option));
        if (!parsed) {
            printUsageError(tr("--%1 takes points, e.g. 4.5").arg(option->names().first()));
            return UsageError;
        }
        *points = *parsed;
    }
    given.note = parser.value(m_note);

    int status = Success;
    storage::Connection* db = openForAssessment(parser.positionalArguments().at(0), status);
    if (!db)
        return status;
    assessment::SheetStore store(*db);
    const auto target = store.targetByCode(parser.value(m_target));
    if (!target) {
        return fail(target.error());
    }
    if (const Status saved = assessment::SheetEditor(*db).saveYearEnd(*target, year, given); !saved) {
        return fail(saved.error());
    }
    const auto standing = assessment::ReportBuilder(*db).annualForCode(target->code, year);
    if (parser.isSet(m_json)) {
        printJson(standing
                ? ScoresOutput::json(*standing)
                : QJsonObject { { QStringLiteral("year"), year }, { QStringLiteral("count"), 0 } });
    } else {
        printLine(
            tr("%1, %2: year-end rating %3 saved").arg(target->name).arg(year).arg(given.rating.toString()));
        if (standing)
            for (const QString& line : ScoresOutput::lines(*standing))
                printLine(line);
    }
    return Success;
}

}  // namespace redgrid::cli
