// redgrid-cli when the database fails under a command (damaged pages met after the file
// opened, a lock taken by another program in the middle of a command, a folder given as
// the database): one line `FILE: reason` on stderr and exit status 2, never an abort.
#include "CliRun.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

#include <sys/syscall.h>

using namespace redgrid;

namespace {

using Run = test::CliRun;

// Every run keeps what it remembers of audit logs (audit-heads.json) in the test's folder.
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

// What the user must see when a command fails on the file: exactly one line, naming the
// file, and no trace of a crash.
void checkOneLineAbout(const Run& run, const QString& file, const QString& reason)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.err.endsWith(QLatin1Char('\n')));
    CHECK(run.err.startsWith(file + QStringLiteral(": ")));
    CHECK(run.err.contains(reason));
    CHECK_FALSE(run.err.contains(QStringLiteral("terminate")));
    CHECK_FALSE(run.err.contains(QStringLiteral("what()")));
}

// The pages of the `member` table (SQLite's dbstat), and the size of a page.
QList<qint64> memberPages(const QString& db, int& pageSize)
{
    auto connection = storage::Connection::open(db, storage::Connection::OpenMode::ReadOnly);
    pageSize = connection->pragmaInt("page_size");
    QList<qint64> pages;
    auto pageNumbers = connection->prepare("SELECT pageno FROM dbstat WHERE name = 'member' ORDER BY pageno");
    while (pageNumbers.step())
        pages.append(pageNumbers.int64(0));
    return pages;
}

// Whether the process sleeps reading its standard input: Linux names in /proc/PID/syscall
// the system call a process is blocked in, then its arguments (read, file descriptor 0).
bool readingStandardInput(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/syscall").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 && fields[0].toLong() == SYS_read && fields[1] == "0x0";
}

int auditEntries(storage::Connection& connection)
{
    auto count = connection.prepare("SELECT count(*) FROM audit_entry");
    REQUIRE(count.step());
    return count.integer(0);
}

}  // namespace

TEST_CASE("A read that meets damaged pages after the file opened: FILE: reason, exit 2", "[cli][failure]")
{
    test::TempDir dir;
    const QString db = makeDemo(dir);
    REQUIRE_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));

    // Overwrite every page of the member table. The schema, the accounts and the audit log
    // are intact, so the file opens and the sign-in works; the first read of a member fails.
    int pageSize = 0;
    const QList<qint64> pages = memberPages(db, pageSize);
    REQUIRE(pages.size() > 1);
    {
        QFile file(db);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const QByteArray garbage(pageSize, char(0xA5));
        for (const qint64 page : pages) {
            REQUIRE(file.seek((page - 1) * pageSize));
            REQUIRE(file.write(garbage) == pageSize);
        }
    }

    // The check on opening finds the damage: the file opens read-only, says so first, and the
    // counts, which do not read the damaged pages, are printed with exit status 2.
    const Run info = test::runCli({ QStringLiteral("info"), db }, isolated(dir));
    CHECK(info.exitCode == 2);
    CHECK(info.err.startsWith(QStringLiteral("warning: ") + db + QStringLiteral(" is damaged")));
    CHECK_FALSE(info.out.isEmpty());

    const QString exported = dir.path(QStringLiteral("members.csv"));
    const QList<QStringList> commands {
        { QStringLiteral("members"), db },
        { QStringLiteral("check"), db },
        { QStringLiteral("export-members"), db, QStringLiteral("--out"), exported },
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        // The warning of the opening, then the failure of the read.
        Run run = test::runCli(command, isolated(dir));
        REQUIRE(run.err.startsWith(QStringLiteral("warning: ")));
        run.err = run.err.section(QLatin1Char('\n'), 1);
        checkOneLineAbout(run, db, QStringLiteral("damaged"));
    }
    CHECK_FALSE(QFileInfo::exists(exported));
}

TEST_CASE(
    "A lock taken by another program in the middle of a command: FILE: reason, exit 2", "[cli][failure]")
{
    test::TempDir dir;
    const QString db = makeDemo(dir);

    // Without REDGRID_PASSWORD the command opens the file (which is free), then waits for
    // the password on standard input; meanwhile another program takes the write lock.
    auto command = test::startCli({ QStringLiteral("orgs"), QStringLiteral("list"), db },
        { { QStringLiteral("REDGRID_PASSWORD"), QString() },
            { QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")) } });
    QElapsedTimer waited;
    waited.start();
    while (!readingStandardInput(command->processId()) && waited.elapsed() < 60000)
        QThread::msleep(20);
    REQUIRE(readingStandardInput(command->processId()));

    auto otherProgram = storage::Connection::open(db, storage::Connection::OpenMode::ReadWrite);
    const int entriesBefore = auditEntries(*otherProgram);
    otherProgram->exec("BEGIN EXCLUSIVE");

    command->write(test::TestPassword.toUtf8() + '\n');
    command->closeWriteChannel();
    QElapsedTimer failed;
    failed.start();
    REQUIRE(command->waitForFinished(60000));
    const qint64 elapsed = failed.elapsed();
    REQUIRE(command->exitStatus() == QProcess::NormalExit);
    const Run run { command->exitCode(), QString::fromUtf8(command->readAllStandardOutput()),
        QString::fromUtf8(command->readAllStandardError()) };
    checkOneLineAbout(run, db, QStringLiteral("busy in another program"));
    CHECK(run.out.isEmpty());
    // It gave up after its busy timeout (plus the sign-in's key derivation), not later.
    CHECK(elapsed >= storage::DatabaseFile::BusyTimeoutMs - 500);
    CHECK(elapsed < storage::DatabaseFile::BusyTimeoutMs + 5000);

    otherProgram->exec("ROLLBACK");
    CHECK(auditEntries(*otherProgram) == entriesBefore);  // the sign-in wrote nothing
}

TEST_CASE("A folder given as the database: FILE: reason, exit 2, for every command", "[cli][failure]")
{
    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("数据.redgrid"));
    REQUIRE(QDir().mkpath(folder));
    const QString roster = dir.path(QStringLiteral("名册.csv"));
    test::writeText(roster, QStringLiteral("姓名,公民身份号码\n张三,11010519491231002X\n"));
    const QString divisions = dir.path(QStringLiteral("divisions.csv"));
    test::writeText(divisions, QStringLiteral("code,name,parent_code,level\n"));
    const QString out = dir.path(QStringLiteral("out.csv"));

    const QList<QStringList> commands {
        { QStringLiteral("info"), folder },
        { QStringLiteral("tree"), folder },
        { QStringLiteral("check"), folder },
        { QStringLiteral("members"), folder },
        { QStringLiteral("orgs"), QStringLiteral("list"), folder },
        { QStringLiteral("users"), QStringLiteral("list"), folder },
        { QStringLiteral("audit"), QStringLiteral("verify"), folder },
        { QStringLiteral("import-members"), folder, roster },
        { QStringLiteral("import-divisions"), folder, divisions },
        { QStringLiteral("export-members"), folder, QStringLiteral("--out"), out },
        { QStringLiteral("secure"), folder },
        { QStringLiteral("init"), folder, QStringLiteral("--district-code"), QStringLiteral("500105"),
            QStringLiteral("--district-name"), QStringLiteral("江北区") },
        { QStringLiteral("demo"), folder, QStringLiteral("--scale"), QStringLiteral("small") },
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        checkOneLineAbout(test::runCli(command, isolated(dir)), folder, QStringLiteral("folder"));
    }
    CHECK(QDir(folder).isEmpty());
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral(".creating")));
}

TEST_CASE("The usage text lists every exit status", "[cli][failure]")
{
    const Run help = test::runCli({ QStringLiteral("--help") });
    REQUIRE(help.exitCode == 0);
    const QString text = help.out.simplified();
    for (const char* status : { "0 success", "1 usage error", "2 file or data error",
             "3 import finished but some rows were rejected", "4 not signed in" }) {
        INFO(status);
        CHECK(text.contains(QLatin1String(status)));
    }
}
