#include "ReportCommand.h"

#include "../ScoresOutput.h"
#include "assessment/ReportBuilder.h"
#include "document/assessment/ReportBatch.h"
#include "document/assessment/ReportWorkbook.h"
#include "document/assessment/SummaryReportDocument.h"
#include "document/assessment/TargetReportDocument.h"
#include "storage/Connection.h"

#include <QFileInfo>
#include <QJsonArray>

namespace redgrid::cli {

QString ReportCommand::summary() const
{
    return tr(
        "Write the quarterly assessment report (PDF or XLSX) of a community, a street or the district.");
}

void ReportCommand::describe(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The RedGrid database file."));
    parser.addOptions({ m_period, m_scope, m_format, m_out, m_json });
}

int ReportCommand::run(const QCommandLineParser& parser)
{
    const auto period = scoringPeriod(parser, m_period);
    if (!period)
        return UsageError;
    const QString format = parser.value(m_format).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx")) {
        printUsageError(tr("--format is pdf or xlsx"));
        return UsageError;
    }
    if (!parser.isSet(m_out)) {
        printUsageError(tr("report needs --out FILE (or a folder for every community's report)"));
        return UsageError;
    }
    const QString out = parser.value(m_out);
    const bool batch = QFileInfo(out).isDir();

    int status = Success;
    storage::Connection* db = openForAssessment(parser.positionalArguments().at(0), status);
    if (!db)
        return status;
    const auto report = assessment::ReportBuilder(*db).buildForCode(parser.value(m_scope), *period);
    if (!report) {
        printError(report.error());
        return DataError;
    }

    QStringList files;
    if (batch) {
        const auto written = document::ReportBatch::write(*report, out);
        if (!written) {
            printError(written.error());
            return DataError;
        }
        files = written->files;
    } else {
        Status written;
        if (format == QLatin1String("xlsx"))
            written = document::ReportWorkbook::write(*report, out);
        else if (report->summary)
            written = document::writeSummaryReportPdf(*report, out);
        else
            written = document::writeTargetReportPdf(*report, out);
        if (!written) {
            printError(written.error());
            return DataError;
        }
        files.append(out);
    }

    if (parser.isSet(m_json)) {
        QJsonObject figures = ScoresOutput::json(*report);
        figures.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
        printJson(figures);
    } else {
        for (const QString& file : files)
            printLine(tr("Saved %1").arg(file));
        printLine(tr("%1, %2: %n target(s) in the report", nullptr, int(report->targets.size()))
                      .arg(report->unit, report->period.label()));
    }
    return Success;
}

}  // namespace redgrid::cli
