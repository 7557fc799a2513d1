// Every writer of member exports, rejects files, assessment reports and backups on a device that fails
// after N bytes (issue 24 §4): for N from 0 to past the file's size, the target is absent or
// complete and equal to the reference read back, a failure names the file, and nothing
// unfinished is left. The writers run in redgrid_failing_writer (FailingWriterMain.cpp) under
// RLIMIT_FSIZE. REDGRID_FAILING_DEVICE_STEPS (default 40 limits a writer, besides the halving
// that finds the smallest limit that lets it finish) sets how fine the sweep is: a number as
// large as that limit tries every byte.
#include "CliRun.h"
#include "assessment/Period.h"
#include "document/PdfReading.h"
#include "format/SpreadsheetSource.h"
#include "format/XlsxReader.h"
#include "storage/Connection.h"
#include "storage/FileIntegrity.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;

namespace {

const assessment::Period LastQuarter = assessment::Period::containing(QDate::currentDate()).previous();

int steps()
{
    const int asked = qEnvironmentVariableIntValue("REDGRID_FAILING_DEVICE_STEPS");
    return asked > 0 ? asked : 40;
}

struct Sweep
{
    QString folder;
    QString suffix;
    QList<qint64> limits;
    QMap<qint64, QString> failures;  // limit → message
};

Sweep runSweep(
    const test::TempDir& dir, const QString& kind, const QString& source, const QStringList& extra = {})
{
    Sweep sweep;
    sweep.folder = dir.path(kind);
    sweep.suffix = kind.endsWith(QLatin1String("pdf")) ? QStringLiteral("pdf")
        : kind.endsWith(QLatin1String("csv"))          ? QStringLiteral("csv")
        : kind == QLatin1String("backup")              ? QStringLiteral("redgrid")
                                                       : QStringLiteral("xlsx");
    REQUIRE(QDir().mkpath(sweep.folder));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("REDGRID_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("REDGRID_PASSWORD"), test::TestPassword);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")));
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(REDGRID_FAILING_WRITER_PATH),
        QStringList { kind, source, sweep.folder, QString::number(steps()) } + extra);
    REQUIRE(child.waitForStarted());
    REQUIRE(child.waitForFinished(300000));
    INFO(QString::fromUtf8(child.readAllStandardError()).toStdString());
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    REQUIRE(child.exitCode() == 0);
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 2)
            continue;
        const qint64 limit = fields.at(0).toLongLong();
        sweep.limits.append(limit);
        if (fields.at(1) == "failed")
            sweep.failures.insert(limit, QString::fromUtf8(fields.value(2)));
    }
    return sweep;
}

// Every sheet's rows, as a reader gets them.
QList<QList<QStringList>> workbookRows(const QString& path)
{
    auto workbook = format::XlsxReader::open(path);
    REQUIRE(workbook.ok());
    QList<QList<QStringList>> sheets;
    for (const QString& name : (*workbook)->sheets()) {
        auto sheet = (*workbook)->openSheet(name);
        REQUIRE(sheet.ok());
        QList<QStringList> rows;
        format::SheetRow row;
        for (auto more = (*sheet)->next(row); more && *more; more = (*sheet)->next(row)) {
            QStringList cells;
            for (const format::Cell& cell : row.cells)
                cells.append(cell.text);
            rows.append(cells);
        }
        sheets.append(rows);
    }
    return sheets;
}

// A backup: sound, and the same members, organisations and audit entries as the reference
// (each copy has an installation id of its own, so the bytes differ). Opened immutable: a
// look leaves no -shm beside it.
QString backupContent(const QString& path)
{
    auto copy = storage::Connection::open(path, storage::Connection::OpenMode::Immutable);
    REQUIRE(copy);
    const QStringList problems = storage::FileIntegrity::problems(*copy, storage::FileIntegrity::Depth::Full);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char(';'));
    return QStringLiteral("%1 members, %2 organisations, %3 audit entries")
        .arg(copy->scalar("SELECT count(*) FROM member"))
        .arg(copy->scalar("SELECT count(*) FROM party_org"))
        .arg(copy->scalar("SELECT count(*) FROM audit_entry"));
}

bool sameContent(const QString& suffix, const QString& file, const QString& reference)
{
    if (suffix == QLatin1String("redgrid")) {
        const QString expected = backupContent(reference);
        INFO("reference: " << expected.toStdString());
        REQUIRE(expected.endsWith(QLatin1String("audit entries")));
        return backupContent(file) == expected;
    }
    if (suffix == QLatin1String("csv"))
        return test::readBytes(file) == test::readBytes(reference);
    if (suffix == QLatin1String("pdf"))
        return test::pdfText(file) == test::pdfText(reference);
    return workbookRows(file) == workbookRows(reference);
}

// After each run: the target complete and equal to the reference, or absent with a message
// naming it; and nothing else in the folder, no unfinished file.
void checkSweep(const Sweep& sweep)
{
    REQUIRE(sweep.limits.size() >= 5);
    const QString reference = QDir(sweep.folder).filePath(QStringLiteral("reference.") + sweep.suffix);
    const qint64 size = QFileInfo(reference).size();
    QStringList expected { QFileInfo(reference).fileName() };
    int complete = 0;
    for (const qint64 limit : sweep.limits) {
        const QString target
            = QDir(sweep.folder).filePath(QString::number(limit) + QLatin1Char('.') + sweep.suffix);
        INFO("limit " << limit << " of " << size << " bytes: " << target.toStdString());
        if (sweep.failures.contains(limit)) {
            CHECK_FALSE(QFileInfo::exists(target));
            CHECK(
                sweep.failures.value(limit).startsWith(QDir::toNativeSeparators(target) + QLatin1Char(':')));
        } else {
            REQUIRE(QFileInfo::exists(target));
            CHECK(sameContent(sweep.suffix, target, reference));
            expected.append(QFileInfo(target).fileName());
            ++complete;
        }
    }
    // A device that fails at once fails the writer; one with room enough does not.
    CHECK(sweep.failures.contains(0));
    CHECK(sweep.failures.size() >= steps() / 2);
    CHECK(complete >= 1);
    QStringList present = QDir(sweep.folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    present.sort();
    expected.sort();
    CHECK(present == expected);
}

struct ExportedDemo
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.redgrid"));
    QHash<QString, QString> environment { { QStringLiteral("XDG_DATA_HOME"),
        dir.path(QStringLiteral("data")) } };

    ExportedDemo()
    {
        const auto made = test::runCli(
            { QStringLiteral("demo"), path, QStringLiteral("--scale"), QStringLiteral("small") },
            environment);
        REQUIRE(made.exitCode == 0);
    }
    QString exported(const QString& name)
    {
        const QString out = dir.path(name);
        const auto run = test::runCli({ QStringLiteral("export-members"), path, QStringLiteral("--out"), out,
                                          QStringLiteral("--layout"), QStringLiteral("full") },
            environment);
        REQUIRE(run.exitCode == 0);
        return out;
    }
};

}  // namespace

TEST_CASE(
    "Member exports and rejects files on a failing device: complete or absent", "[cli][files][faildevice]")
{
    ExportedDemo demo;
    SECTION("CSV")
    {
        checkSweep(runSweep(demo.dir, QStringLiteral("csv"), demo.exported(QStringLiteral("members.csv"))));
    }
    SECTION("XLSX")
    {
        checkSweep(runSweep(demo.dir, QStringLiteral("xlsx"), demo.exported(QStringLiteral("members.xlsx"))));
    }
}

TEST_CASE("Assessment reports on a failing device: complete or absent", "[cli][files][faildevice]")
{
    ExportedDemo demo;
    const auto scores = test::runCli({ QStringLiteral("scores"), demo.path, QStringLiteral("--period"),
                                         LastQuarter.code(), QStringLiteral("--json") },
        demo.environment);
    REQUIRE(scores.exitCode == 0);
    const QJsonArray targets = scores.json().value(QStringLiteral("targets")).toArray();
    REQUIRE_FALSE(targets.isEmpty());
    const QString street
        = targets.first().toObject().value(QStringLiteral("code")).toString().left(9) + QStringLiteral("000");
    const QStringList scope { street, LastQuarter.code() };
    SECTION("PDF")
    {
        checkSweep(runSweep(demo.dir, QStringLiteral("report-pdf"), demo.path, scope));
    }
    SECTION("XLSX")
    {
        checkSweep(runSweep(demo.dir, QStringLiteral("report-xlsx"), demo.path, scope));
    }
}

TEST_CASE("Backups on a failing device: complete and sound, or absent", "[cli][files][faildevice][backup]")
{
    ExportedDemo demo;
    checkSweep(runSweep(demo.dir, QStringLiteral("backup"), demo.path));
}
