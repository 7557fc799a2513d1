// redgrid_failing_writer: RedGrid's file writers on a device that fails after N bytes
// (issue 24 §4, in the spirit of KeePassXC's FailDevice), run by FailingDeviceTests.
//
//   redgrid_failing_writer KIND SOURCE FOLDER STEPS [SCOPE PERIOD]
//
// KIND is csv or xlsx (the table writer of member exports and rejects files, given the rows
// of SOURCE, a member export), report-pdf or report-xlsx (the assessment report of SCOPE
// and PERIOD from the database SOURCE, signed in as $REDGRID_USER) or backup (a backup of
// the database SOURCE, as the automatic backups and `redgrid-cli backup` write it, the
// source kept open as the program keeps it). Everything is read first;
// then FOLDER/reference.EXT is written with no limit, and FOLDER/N.EXT for limits N from 0
// to the smallest that lets the writer finish (found by halving), at STEPS even steps, each under
// RLIMIT_FSIZE = N with SIGXFSZ ignored, so that every write past byte N fails with EFBIG.
// One line per run on standard output: "N<TAB>ok" or "N<TAB>failed<TAB>the message".
#include "CoreModules.h"
#include "assessment/ReportBuilder.h"
#include "backup/DatabaseBackup.h"
#include "document/assessment/ReportWorkbook.h"
#include "document/assessment/SummaryReportDocument.h"
#include "document/assessment/TargetReportDocument.h"
#include "format/SpreadsheetSource.h"
#include "format/TableWriter.h"
#include "security/SignIn.h"
#include "storage/DatabaseFile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace redgrid;

namespace {

using Writer = std::function<Status(const QString& path)>;

void fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    std::exit(1);
}

bool limitFileSize(rlim_t bytes)
{
    struct rlimit limit
    {
    };
    if (::getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    limit.rlim_cur = bytes;
    return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

Writer tableWriter(const QString& source)
{
    auto rows = format::SpreadsheetSource::open(source);
    if (!rows)
        fail(rows.error().toString());
    QList<QStringList> table;
    format::SheetRow row;
    for (auto more = (*rows)->next(row); more && *more; more = (*rows)->next(row)) {
        QStringList cells;
        for (const format::Cell& cell : row.cells)
            cells.append(cell.text);
        table.append(cells);
    }
    return [table](const QString& path) -> Status {
        auto writer = format::TableWriter::create(path, QStringLiteral("党员信息"));
        if (!writer)
            return writer.error();
        for (const QStringList& cells : table) {
            if (Status written = (*writer)->writeRow(cells); !written)
                return written;
        }
        return (*writer)->finish();
    };
}

Writer reportWriter(const QString& database, const QString& scope, const QString& period, bool workbook)
{
    auto db = storage::DatabaseFile::open(database);
    if (!db)
        fail(db.error().toString());
    auto session = security::SignIn::withPassword(
        **db, qEnvironmentVariable("REDGRID_USER"), qEnvironmentVariable("REDGRID_PASSWORD"));
    if (!session)
        fail(session.error().toString());
    const auto quarter = assessment::Period::parse(period);
    if (!quarter)
        fail(QStringLiteral("not a period: %1").arg(period));
    auto built = assessment::ReportBuilder(**db).buildForCode(scope, *quarter);
    if (!built)
        fail(built.error().toString());
    // The database is closed before any limit: only the report's own file is written.
    const auto report = std::make_shared<assessment::AssessmentReport>(std::move(*built));
    return [report, workbook](const QString& path) -> Status {
        if (workbook)
            return document::ReportWorkbook::write(*report, path);
        return report->summary ? document::writeSummaryReportPdf(*report, path)
                               : document::writeTargetReportPdf(*report, path);
    };
}

Writer backupWriter(const QString& database)
{
    auto db = storage::DatabaseFile::open(database);
    if (!db)
        fail(db.error().toString());
    auto session = security::SignIn::withPassword(
        **db, qEnvironmentVariable("REDGRID_USER"), qEnvironmentVariable("REDGRID_PASSWORD"));
    if (!session)
        fail(session.error().toString());
    // Open before any limit, as in the program: its -shm exists, only the backup is written.
    std::shared_ptr<storage::Connection> source(std::move(*db));
    return [source](const QString& path) -> Status {
        auto request = backup::DatabaseBackup::request(*source, backup::CopyMarker::Kind::Backup, path);
        if (!request)
            return request.error();
        auto written = backup::DatabaseBackup::write(*request);
        return written ? Status::success() : Status(written.error());
    };
}

}  // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");  // the report's charts need a QApplication
    QApplication application(argc, argv);
    registerCoreModules();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5)
        fail(QStringLiteral("usage: redgrid_failing_writer KIND SOURCE FOLDER STEPS [SCOPE PERIOD]"));
    const QString kind = arguments.at(1);
    const QString folder = arguments.at(3);
    const qint64 steps = std::max<qint64>(1, arguments.at(4).toLongLong());

    Writer write;
    QString suffix;
    if (kind == QLatin1String("csv") || kind == QLatin1String("xlsx")) {
        write = tableWriter(arguments.at(2));
        suffix = kind;
    } else if ((kind == QLatin1String("report-pdf") || kind == QLatin1String("report-xlsx"))
        && arguments.size() >= 7) {
        const bool workbook = kind == QLatin1String("report-xlsx");
        write = reportWriter(arguments.at(2), arguments.at(5), arguments.at(6), workbook);
        suffix = workbook ? QStringLiteral("xlsx") : QStringLiteral("pdf");
    } else if (kind == QLatin1String("backup")) {
        write = backupWriter(arguments.at(2));
        suffix = QStringLiteral("redgrid");
    } else {
        fail(QStringLiteral("unknown kind or missing arguments: %1").arg(kind));
    }

    const QString reference = QDir(folder).filePath(QStringLiteral("reference.") + suffix);
    if (Status written = write(reference); !written)
        fail(written.error().toString());
    const qint64 size = QFileInfo(reference).size();

    std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead
    QMap<qint64, bool> done;
    const auto run = [&](qint64 n) {
        if (done.contains(n))
            return done.value(n);
        const QString target = QDir(folder).filePath(QString::number(n) + QLatin1Char('.') + suffix);
        if (!limitFileSize(rlim_t(n)))
            fail(QStringLiteral("setrlimit failed"));
        const Status written = write(target);
        if (!limitFileSize(RLIM_INFINITY))
            fail(QStringLiteral("setrlimit failed"));
        if (written)
            std::printf("%lld\tok\n", static_cast<long long>(n));
        else
            std::printf("%lld\tfailed\t%s\n", static_cast<long long>(n),
                written.error().toString().toUtf8().constData());
        std::fflush(stdout);
        done.insert(n, written.ok());
        return written.ok();
    };

    // The writers need room for their scratch files as well (a workbook's sheets are built
    // uncompressed): the smallest limit that lets a writer finish is found first, then the
    // limits up to it are tried at even steps.
    qint64 failing = 0;
    qint64 enough = size * 64 + (qint64(1) << 20);
    if (run(failing) || !run(enough))
        fail(QStringLiteral("the writer does not fail at 0 bytes, or fails with room enough"));
    while (enough - failing > 1) {
        const qint64 middle = failing + (enough - failing) / 2;
        (run(middle) ? enough : failing) = middle;
    }
    const qint64 step = std::max<qint64>(1, enough / steps);
    for (qint64 n = 1; n < enough; n += step)
        run(n);
    run(enough - 1);
    run(enough);
    run(enough + 1);
    return 0;
}
