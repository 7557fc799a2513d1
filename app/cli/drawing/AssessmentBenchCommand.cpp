#include "AssessmentBenchCommand.h"

#include "../BenchSupport.h"
#include "assessment/ReportBuilder.h"
#include "assessment/SheetStore.h"
#include "common/ProcessStats.h"
#include "demo/DemoBuilder.h"
#include "document/assessment/ReportBatch.h"
#include "document/assessment/TargetReportDocument.h"
#include "due/DueList.h"
#include "organisation/OrgStore.h"
#include "security/SecuritySetup.h"
#include "storage/Connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace redgrid::cli {

QString AssessmentBenchCommand::summary() const
{
    return tr(
        "Benchmark the assessment: open every score sheet of the district demo, one community's PDF report, "
        "a street of 30 communities' reports.");
}

void AssessmentBenchCommand::describe(QCommandLineParser& parser)
{
    parser.addOptions({ m_dir, m_keep, m_json });
}

int AssessmentBenchCommand::run(const QCommandLineParser& parser)
{
    QTemporaryDir temporary;
    const QString dir = parser.isSet(m_dir) ? parser.value(m_dir) : temporary.path();
    temporary.setAutoRemove(!parser.isSet(m_keep));
    if (!QDir().mkpath(dir)) {
        printError(Error::inFile(dir, tr("the folder cannot be made")));
        return DataError;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("bench-assessment.redgrid"));
    QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    auto built = demo::DemoBuilder::create(
        path, { BenchUser, {}, BenchPassword }, { 1, demo::DemoScale::District, true });
    if (!built) {
        printError(built.error());
        return DataError;
    }
    const double buildMs = millisecondsOf(timer);
    storage::Connection& db = *built.value();
    const assessment::Period quarter = assessment::Period::containing(QDate::currentDate()).previous();

    // 1. Every community's sheet of the current quarter opened as the score sheet window
    // opens it: the stored entries (if begun), the template version and every computed
    // indicator counted afresh (a reviewed sheet keeps its counts, and opens faster).
    assessment::SheetStore store(db);
    const assessment::Period current = assessment::Period::containing(QDate::currentDate());
    QList<double> opens;
    for (const assessment::AssessmentTarget& community : store.communitiesUnder(RecordId())) {
        timer.restart();
        const auto sheet = store.open(community, current);
        opens.append(millisecondsOf(timer));
        if (!sheet) {
            printError(sheet.error());
            return DataError;
        }
    }

    // 2. One community's report: the model, then the PDF.
    timer.restart();
    const auto district = assessment::ReportBuilder(db).buildForCode({}, quarter);
    const double districtModelMs = millisecondsOf(timer);
    if (!district) {
        printError(district.error());
        return DataError;
    }
    QList<double> pdfs;
    const QString reports = QDir(dir).filePath(QStringLiteral("reports"));
    QDir().mkpath(reports);
    for (int i = 0; i < 5; ++i) {
        const assessment::TargetScores& target = district->targets.at(i);
        timer.restart();
        const auto model = assessment::ReportBuilder(db).build(target.target.id, quarter);
        const Status written = model ? document::writeTargetReportPdf(
                                   *model, QDir(reports).filePath(QStringLiteral("one-%1.pdf").arg(i)))
                                     : Status(model.error());
        pdfs.append(millisecondsOf(timer));
        if (!written) {
            printError(written.error());
            return DataError;
        }
    }

    // 3. A street of 30 communities: 30 PDFs, the summary PDF and the workbook (the demo's
    // streets have at most 22, so the first 30 of the district stand for one).
    assessment::AssessmentReport street = *district;
    street.targets = street.targets.mid(0, 30);
    street.unit = tr("30 communities");
    const QString batchDir = QDir(dir).filePath(QStringLiteral("batch"));
    QDir(batchDir).removeRecursively();
    QDir().mkpath(batchDir);
    timer.restart();
    const auto batch = document::ReportBatch::write(street, batchDir);
    const double batchMs = millisecondsOf(timer);
    if (!batch) {
        printError(batch.error());
        return DataError;
    }
    // 4. The district's due list (issue 25 §5): every organisation's required meetings against
    // the year's meetings, as `redgrid-cli due` and the start page ask for it.
    QList<double> dues;
    qsizetype dueItems = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        dueItems = due::DueList(db).collect(QDate::currentDate()).size();
        dues.append(millisecondsOf(timer));
    }
    const qint64 orgCount = organisation::OrgStore(db).count();
    const double peak = ProcessStats::peakResidentMiB();

    if (parser.isSet(m_json)) {
        printJson(
            { { QStringLiteral("build_ms"), buildMs }, { QStringLiteral("sheets"), qint64(opens.size()) },
                { QStringLiteral("sheet_open_median_ms"), median(opens) },
                { QStringLiteral("sheet_open_max_ms"), *std::max_element(opens.cbegin(), opens.cend()) },
                { QStringLiteral("district_model_ms"), districtModelMs },
                { QStringLiteral("community_pdf_median_ms"), median(pdfs) },
                { QStringLiteral("street30_batch_ms"), batchMs },
                { QStringLiteral("street30_files"), qint64(batch->files.size()) },
                { QStringLiteral("due_list_median_ms"), median(dues) },
                { QStringLiteral("due_items"), qint64(dueItems) },
                { QStringLiteral("organisations"), orgCount }, { QStringLiteral("peak_mib"), peak } });
    } else {
        printLine(tr("District demo with a year of scores: %1 communities; built in %2 s")
                      .arg(opens.size())
                      .arg(buildMs / 1000, 0, 'f', 1));
        printLine(
            tr("  score sheet opened (every computed indicator)  %1 ms median, %2 ms max (target < 200 ms)")
                .arg(median(opens), 0, 'f', 1)
                .arg(*std::max_element(opens.cbegin(), opens.cend()), 0, 'f', 1));
        printLine(tr("  the district's report model (%1 communities)  %2 ms")
                      .arg(district->targets.size())
                      .arg(districtModelMs, 0, 'f', 0));
        printLine(tr("  one community's PDF report                      %1 ms median of 5 (target < 500 ms)")
                      .arg(median(pdfs), 0, 'f', 0));
        printLine(tr("  a street of 30: %1 files (PDFs, summary PDF, XLSX)  %2 s (target < 10 s)")
                      .arg(batch->files.size())
                      .arg(batchMs / 1000, 0, 'f', 2));
        printLine(tr("  the due list: %1 organisations, %2 items          %3 ms median of 5 (target < 200 ms "
                     "for 1,000)")
                      .arg(orgCount)
                      .arg(dueItems)
                      .arg(median(dues), 0, 'f', 0));
        printLine(tr("  peak memory of this process                     %1 MiB").arg(peak, 0, 'f', 1));
        if (parser.isSet(m_keep))
            printLine(tr("  kept %1").arg(QDir::toNativeSeparators(dir)));
    }
    return Success;
}

}  // namespace redgrid::cli
