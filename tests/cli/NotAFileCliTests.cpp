// Paths that are not files RedGrid can use (issue 24 §3): a named pipe, a device or a folder
// as a database, an input or an output is refused before it is opened (opening a named pipe
// for reading waits forever), and a file name in another encoding than UTF-8 (GBK, from a
// Windows share or a USB stick) is refused by name instead of being reported missing or
// written under a mangled name.
#include "CliRun.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace redgrid;

namespace {

using Run = test::CliRun;

// A regression that opens a named pipe hangs: the run is cut off and fails instead.
constexpr int Patience = 30000;

QProcessEnvironment cliEnvironment(const test::TempDir& dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("REDGRID_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("REDGRID_PASSWORD"), test::TestPassword);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")));
    return environment;
}

Run finish(QProcess& process)
{
    const bool finished = process.waitForFinished(Patience);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    INFO("the command did not finish within " << Patience / 1000 << " s: it hangs");
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

Run runWithin(const test::TempDir& dir, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(dir));
    process.start(QStringLiteral(REDGRID_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    return finish(process);
}

// Runs redgrid-cli with arguments given as bytes, as a shell passes a file name that is
// not UTF-8 (QProcess would encode a QString as UTF-8).
Run runWithBytes(const test::TempDir& dir, const QList<QByteArray>& arguments)
{
    QString script = QStringLiteral("exec \"$0\"");
    for (const QByteArray& argument : arguments) {
        QString octal;
        for (const char c : argument)
            octal += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
        script += QStringLiteral(" \"$(printf '%1')\"").arg(octal);
    }
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(dir));
    process.start(
        QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script, QStringLiteral(REDGRID_CLI_PATH) });
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    return finish(process);
}

QString makeDemo(const test::TempDir& dir)
{
    const QString db = dir.path(QStringLiteral("demo.redgrid"));
    const Run made
        = runWithin(dir, { QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return db;
}

QString makeFifo(const test::TempDir& dir, const QString& name)
{
    const QString path = dir.path(name);
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    return path;
}

void checkRefused(const Run& run, const QString& file, const QString& reason)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QDir::toNativeSeparators(file) + QStringLiteral(": ")));
    CHECK(run.err.contains(reason));
}

// 党员名单.csv with its name in GBK, as Windows writes it on a USB stick.
const QByteArray GbkRosterName("\xB5\xB3\xD4\xB1\xC3\xFB\xB5\xA5.csv");

}  // namespace

TEST_CASE("A named pipe given as the database, an input or an output is refused at once", "[cli][files]")
{
    test::TempDir dir;
    const QString db = makeDemo(dir);
    const QString pipeDb = makeFifo(dir, QStringLiteral("f.redgrid"));
    const QString pipe = makeFifo(dir, QStringLiteral("名册.csv"));
    const QString words = QStringLiteral("is a named pipe (FIFO), not a file");

    checkRefused(runWithin(dir, { QStringLiteral("info"), pipeDb }), pipeDb, words);
    checkRefused(runWithin(dir, { QStringLiteral("members"), pipeDb }), pipeDb, words);
    checkRefused(runWithin(dir,
                     { QStringLiteral("demo"), pipeDb, QStringLiteral("--scale"), QStringLiteral("small") }),
        pipeDb, words);
    checkRefused(runWithin(dir, { QStringLiteral("import-members"), db, pipe }), pipe, words);
    checkRefused(runWithin(dir, { QStringLiteral("import-divisions"), db, pipe }), pipe, words);
    checkRefused(
        runWithin(dir, { QStringLiteral("export-members"), db, QStringLiteral("--out"), pipe }), pipe, words);
    const QString roster = dir.path(QStringLiteral("roster.csv"));
    test::writeText(roster, QStringLiteral("姓名,公民身份号码\n张三,11010519491231002X\n"));
    checkRefused(
        runWithin(dir, { QStringLiteral("import-members"), db, roster, QStringLiteral("--rejects"), pipe }),
        pipe, words);
}

TEST_CASE("A device given as the database or an output is called a device", "[cli][files]")
{
    test::TempDir dir;
    const QString db = makeDemo(dir);
    const QString device = QStringLiteral("/dev/null");
    const QString words = QStringLiteral("is a device, not a file");

    checkRefused(runWithin(dir, { QStringLiteral("info"), device }), device, words);
    checkRefused(runWithin(dir, { QStringLiteral("import-members"), db, device }), device, words);
    checkRefused(runWithin(dir, { QStringLiteral("export-members"), db, QStringLiteral("--out"), device }),
        device, words);
}

TEST_CASE("A file named in GBK is refused by its name, never reported missing nor written under another name",
    "[cli][files]")
{
    test::TempDir dir;
    const QString db = makeDemo(dir);
    const QByteArray folder = QFile::encodeName(dir.root()) + '/';
    const QString words = QStringLiteral("the file name is not in UTF-8");

    // An existing roster whose name is in GBK.
    const QByteArray roster = folder + GbkRosterName;
    {
        const QByteArray text = QStringLiteral("姓名,公民身份号码\n张三,11010519491231002X\n").toUtf8();
        FILE* file = std::fopen(roster.constData(), "wb");
        REQUIRE(file);
        REQUIRE(std::fwrite(text.constData(), 1, size_t(text.size()), file) == size_t(text.size()));
        std::fclose(file);
    }
    const Run imported = runWithBytes(dir, { "import-members", QFile::encodeName(db), roster });
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 2);
    CHECK(imported.err.contains(words));
    CHECK_FALSE(imported.err.contains(QStringLiteral("does not exist")));

    // Outputs named in GBK: refused, and no file under a mangled name.
    const QStringList before = QDir(dir.root()).entryList(QDir::Files | QDir::Hidden);
    const QByteArray exported = folder + QByteArray("\xB5\xBC\xB3\xF6.xlsx");  // 导出.xlsx
    const Run exportRun = runWithBytes(dir, { "export-members", QFile::encodeName(db), "--out", exported });
    CHECK(exportRun.exitCode == 2);
    CHECK(exportRun.err.contains(words));
    const QByteArray demo = folder + QByteArray("\xD1\xDD\xCA\xBE.redgrid");  // 演示.redgrid
    const Run demoRun = runWithBytes(dir, { "demo", demo, "--scale", "small" });
    CHECK(demoRun.exitCode == 2);
    CHECK(demoRun.err.contains(words));
    CHECK(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden) == before);
    ::unlink(roster.constData());  // a name Qt cannot give back: TempDir would leave it
}
