// redgrid-cli killed while it writes a file (issue 24 §3): what it was writing is removed by
// the next start, an unmasked export is on the audit record before its first byte, and a
// database cut short by a kill is never taken for one.
#include "CliRun.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>

using namespace redgrid;

namespace {

using Run = test::CliRun;

QHash<QString, QString> isolated(const test::TempDir& dir)
{
    return { { QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")) } };
}

QString makeDemo(const test::TempDir& dir)
{
    const QString db = dir.path(QStringLiteral("demo.redgrid"));
    const Run made = test::runCli(
        { QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") }, isolated(dir));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return db;
}

// Every file in `folder` but those named in `expected`, hidden ones included.
QStringList strayFiles(const QString& folder, const QStringList& expected)
{
    QStringList stray;
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!expected.contains(name))
            stray.append(name);
    }
    return stray;
}

// The first file in `folder` whose name satisfies `matches` and that holds at least
// `minimumSize` bytes, or an empty string.
template<class Matches>
QString fileIn(const QString& folder, qint64 minimumSize, Matches matches)
{
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (matches(file.fileName()) && file.size() >= minimumSize)
            return file.absoluteFilePath();
    }
    return {};
}

// Starts `arguments` and kills it with SIGKILL as soon as `seen()` names a file, polling as
// fast as it can. Returns whether the kill came while the file was there.
template<class Seen>
bool killWhenSeen(const QStringList& arguments, const QHash<QString, QString>& environment, Seen seen)
{
    auto command = test::startCli(arguments, environment);
    QElapsedTimer waited;
    waited.start();
    while (command->state() != QProcess::NotRunning && waited.elapsed() < 60000) {
        if (!seen().isEmpty()) {
            ::kill(pid_t(command->processId()), SIGKILL);
            command->waitForFinished(10000);
            return command->exitStatus() == QProcess::CrashExit;
        }
        QThread::usleep(200);
    }
    command->waitForFinished(10000);
    return false;
}

}  // namespace

TEST_CASE("An unmasked export killed while it writes: audited first, its file swept at the next start",
    "[cli][files]")
{
    test::TempDir dir;
    const QString db = makeDemo(dir);
    const QString out = dir.path(QStringLiteral("党员名单.xlsx"));
    const auto unfinished = [&dir] {
        // Bytes in the unfinished file: the export is past its audit entry.
        return fileIn(dir.root(), 1, [](const QString& name) { return name.startsWith(QLatin1Char('.')); });
    };

    // The kill must come while the workbook is being written; a fast machine may finish
    // first now and then, so a few tries are allowed.
    bool killedWhileWriting = false;
    for (int attempt = 0; attempt < 10 && !killedWhileWriting; ++attempt) {
        QFile::remove(out);
        killedWhileWriting = killWhenSeen({ QStringLiteral("export-members"), db, QStringLiteral("--out"),
                                              out, QStringLiteral("--unmasked"), QStringLiteral("--layout"),
                                              QStringLiteral("full") },
                                 isolated(dir), unfinished)
            && !QFileInfo::exists(out);
    }
    REQUIRE(killedWhileWriting);
    REQUIRE_FALSE(unfinished().isEmpty());  // what the kill left

    // The next start of redgrid-cli, whatever its command, removes it.
    const Run info = test::runCli({ QStringLiteral("info"), db }, isolated(dir));
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    const QStringList databaseFiles { QStringLiteral("demo.redgrid"), QStringLiteral("demo.redgrid-wal"),
        QStringLiteral("demo.redgrid-shm") };
    CHECK(strayFiles(dir.root(), databaseFiles).join(u' ').toStdString() == "");
    CHECK_FALSE(QFileInfo::exists(out));

    // The export of full ID numbers is on the record although its file never came to be.
    const Run audit = test::runCli(
        { QStringLiteral("audit"), QStringLiteral("list"), db, QStringLiteral("--json") }, isolated(dir));
    REQUIRE(audit.exitCode == 0);
    bool recorded = false;
    for (const QJsonValue& entry : audit.json().value(QStringLiteral("entries")).toArray()) {
        const QString details = entry.toObject().value(QStringLiteral("detailsText")).toString();
        recorded = recorded
            || (details.contains(QStringLiteral("file: 党员名单.xlsx"))
                && details.contains(QStringLiteral("full ID numbers and phones: yes")));
    }
    CHECK(recorded);
}

TEST_CASE("A demo killed while it builds leaves a file that is never taken for a database, swept at the next "
          "start",
    "[cli][files]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("演示.redgrid"));
    const QString creating = db + QStringLiteral(".creating");
    const auto started = [&creating] {
        // Schema pages written: the file is past its first steps.
        return QFileInfo(creating).size() + QFileInfo(creating + QStringLiteral("-wal")).size() > 0
            ? creating
            : QString();
    };
    REQUIRE(
        killWhenSeen({ QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("district") },
            isolated(dir), started));
    REQUIRE(QFileInfo::exists(creating));
    CHECK_FALSE(QFileInfo::exists(db));

    // Whatever a command is given, the half-made file is not a database to it. (These runs
    // note their files elsewhere, so that they do not sweep it yet.)
    const QHash<QString, QString> elsewhere { { QStringLiteral("XDG_DATA_HOME"),
        dir.path(QStringLiteral("other")) } };
    for (const QString& command : { QStringLiteral("info"), QStringLiteral("secure") }) {
        INFO(command.toStdString());
        const Run run = test::runCli({ command, creating }, elsewhere);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("unfinished file left by an interrupted")));
        CHECK_FALSE(run.err.contains(QStringLiteral("older")));
    }
    REQUIRE(QFileInfo::exists(creating));  // secure did not turn it into an empty database

    // The next start with the registry the killed demo wrote to removes it.
    const Run help = test::runCli({ QStringLiteral("--version") }, isolated(dir));
    REQUIRE(help.exitCode == 0);
    CHECK(strayFiles(dir.root(), {}).join(u' ').toStdString() == "");

    // And the name is free for a new database.
    const Run again = test::runCli(
        { QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("small") }, isolated(dir));
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
}

TEST_CASE("The next start leaves alone what a running redgrid-cli is writing", "[cli][files]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("running.redgrid"));
    const QString creating = db + QStringLiteral(".creating");
    auto demo = test::startCli(
        { QStringLiteral("demo"), db, QStringLiteral("--scale"), QStringLiteral("district") }, isolated(dir));
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(creating) && waited.elapsed() < 60000)
        QThread::msleep(5);
    REQUIRE(QFileInfo::exists(creating));

    const Run other = test::runCli({ QStringLiteral("--version") }, isolated(dir));
    REQUIRE(other.exitCode == 0);
    CHECK(QFileInfo::exists(creating));  // still being written

    ::kill(pid_t(demo->processId()), SIGKILL);
    demo->waitForFinished(10000);
}
