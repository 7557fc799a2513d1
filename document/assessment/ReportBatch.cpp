#include "ReportBatch.h"

#include "ReportWorkbook.h"
#include "SummaryReportDocument.h"
#include "TargetReportDocument.h"
#include "storage/FileBatch.h"

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
    // Written aside and moved into the folder together: a kill leaves all or none of them.
    auto batch = storage::FileBatch::create(folder);
    if (!batch)
        return batch.error();
    Outcome outcome;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (progress && !progress(int(i), int(names.size()), dir.filePath(names.at(i)))) {
            outcome.cancelled = true;
            return outcome;
        }
        const QString path = (*batch)->pathFor(names.at(i));
        Status written;
        if (i == 0)
            written = writeSummaryReportPdf(report, path);
        else if (i == 1)
            written = ReportWorkbook::write(report, path);
        else
            written = writeTargetReportPdf(report, path, int(i - 2));
        if (!written)
            return (*batch)->inFolder(written.error());
    }
    auto placed = (*batch)->commit(names);
    if (!placed)
        return placed.error();
    outcome.files = *placed;
    if (progress)
        progress(int(names.size()), int(names.size()), {});
    return outcome;
}

}  // namespace redgrid::document
