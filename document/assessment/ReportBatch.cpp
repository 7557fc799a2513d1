#include "ReportBatch.h"

#include "ReportWorkbook.h"
#include "SummaryReportDocument.h"
#include "TargetReportDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace redgrid::document {

namespace {
// What a file name cannot hold on Windows or Linux, replaced.
QString safe(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return name.trimmed();
}
}  // namespace

QStringList ReportBatch::fileNames(const assessment::AssessmentReport& report)
{
    const QString period = report.period.code();
    QStringList names;
    names.append(safe(QStringLiteral("%1 %2 %3.pdf").arg(period, report.unit, tr("summary"))));
    names.append(safe(QStringLiteral("%1 %2 %3.xlsx").arg(period, report.unit, tr("summary"))));
    for (const assessment::TargetScores& target : report.targets)
        names.append(
            safe(QStringLiteral("%1 %2 %3.pdf").arg(period, target.target.code, target.target.name)));
    return names;
}

Result<ReportBatch::Outcome> ReportBatch::write(
    const assessment::AssessmentReport& report, const QString& folder, const Progress& progress)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return Error::inFile(folder, tr("not a folder: a batch of reports goes into a folder"));
    const QDir dir(folder);
    const QStringList names = fileNames(report);
    Outcome outcome;
    const auto undo = [&] {
        for (const QString& file : std::as_const(outcome.files))
            QFile::remove(file);
        outcome.files.clear();
    };
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = dir.filePath(names.at(i));
        if (progress && !progress(int(i), int(names.size()), path)) {
            undo();
            outcome.cancelled = true;
            return outcome;
        }
        Status written;
        if (i == 0)
            written = writeSummaryReportPdf(report, path);
        else if (i == 1)
            written = ReportWorkbook::write(report, path);
        else
            written = writeTargetReportPdf(report, path, int(i - 2));
        if (!written) {
            undo();
            return written.error();
        }
        outcome.files.append(path);
    }
    if (progress)
        progress(int(names.size()), int(names.size()), {});
    return outcome;
}

}  // namespace redgrid::document
