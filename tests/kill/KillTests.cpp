// Issue 24 §4: RedGrid's writes killed with SIGKILL at random moments — an import, the
// confirmation of a street's score sheets, account changes, an unmasked export, a street's
// report batch and a backup, each in a child process (redgrid-cli, or redgrid_kill_child
// where the CLI has no command). After every kill the file is sound, the audit chain intact,
// the data wholly before or wholly after (or after one of the operation's writes), and no
// file is left half-written (KillBench). 35 kills an operation by default; REDGRID_KILLS=N
// for N each (1,700 each are 10,000 in all).
#include "KillBench.h"
#include "assessment/SheetEditor.h"
#include "assessment/SheetStore.h"
#include "demo/DemoBuilder.h"
#include "format/SpreadsheetSource.h"
#include "hierarchy/HierarchyStore.h"
#include "importexport/RosterColumns.h"
#include "organisation/OrgStore.h"
#include "roster/IdNumber.h"
#include "security/AccountStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace redgrid;
using test::KillBench;
using test::KillOperation;

namespace {

constexpr int DefaultKills = 35;
const QString SecretaryPassword = QStringLiteral("Secret-2026");

// The small demo district (3 streets, about 2,000 members, four quarters of scores), made
// in the bench's database and closed.
void makeDemo(KillBench& bench, const std::function<void(storage::Connection&)>& more = {})
{
    auto built = demo::DemoBuilder::create(
        bench.database(), test::testAdministrator(), { 7, demo::DemoScale::Small });
    INFO((built ? QString() : built.error().toString()).toStdString());
    REQUIRE(built.ok());
    if (more)
        more(**built);
}

// The last quarter the demo scored: some of its sheets are still submitted or reviewed.
assessment::Period demoQuarter()
{
    return assessment::Period::containing(QDate::currentDate()).previous();
}

hierarchy::HierarchyNode firstStreet(storage::Connection& db)
{
    hierarchy::HierarchyStore store(db);
    return store.children(store.root()->id).at(0);
}

// A roster in the national 汇总表 layout of `rows` new members, without their branch.
void writeRoster(const QString& path, int rows)
{
    QStringList lines;
    QStringList header;
    for (importexport::RosterField field : importexport::nationalLayout())
        header.append(importexport::fieldInfo(field).header);
    lines.append(header.join(QLatin1Char(',')));
    static const QStringList surnames { QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
        QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("曾"), QStringLiteral("欧阳") };
    static const QStringList given { QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("志强"),
        QStringLiteral("丽"), QStringLiteral("红梅"), QStringLiteral("德华"), QStringLiteral("小燕") };
    // Born 1940 to 1989, a birth date each: distinct ID numbers; joined 19 to 33 years later.
    const QDate firstBirth(1940, 3, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate birth = firstBirth.addDays(i * 6);
        const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(900 + i % 97, 3, 10, QLatin1Char('0'));
        const QString id = first17 + roster::IdNumber::checkCharacter(first17);
        const bool male = (900 + i % 97) % 2 == 1;
        const QDate joined = birth.addYears(19 + i % 15);
        const QStringList cells { QString::number(i + 1),
            surnames.at(i % surnames.size()) + given.at((i / 7) % given.size()), QString(), id,
            male ? QStringLiteral("男") : QStringLiteral("女"), QStringLiteral("汉族"),
            birth.toString(Qt::ISODate), QStringLiteral("大学本科毕业"), QStringLiteral("正式党员"),
            joined.toString(Qt::ISODate), joined.addYears(1).toString(Qt::ISODate),
            QStringLiteral("离退休人员"),
            QStringLiteral("139%1").arg(10000000 + i * 13, 8, 10, QLatin1Char('0')), QString(),
            QStringLiteral("重庆市江北区观音桥街道%1栋%2号").arg(1 + i % 60).arg(101 + i % 2500),
            QStringLiteral("正常"), QStringLiteral("否"), QString(), QStringLiteral("否"), QString(),
            QString() };
        lines.append(cells.join(QLatin1Char(',')));
    }
    test::writeText(path, lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
}

// Every file in the output folder, checked by kind: a workbook read back to its last row, a
// PDF from its header to its end-of-file marker, a database by SQLite's checks.
QString describeOutputs(const QString& folder)
{
    QStringList described;
    for (const QFileInfo& file : QDir(folder).entryInfoList(
             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = file.fileName();
        const QString suffix = file.suffix().toLower();
        if (suffix == QLatin1String("xlsx")) {
            auto rows = format::SpreadsheetSource::open(file.filePath());
            qint64 count = 0;
            format::SheetRow row;
            Result<bool> more = rows ? (*rows)->next(row) : Result<bool>(rows.error());
            for (; more && *more; more = (*rows)->next(row))
                ++count;
            described.append(more ? QStringLiteral("%1: %2 rows").arg(name).arg(count)
                                  : QStringLiteral("%1: unreadable (%2)").arg(name, more.error().message));
        } else if (suffix == QLatin1String("pdf")) {
            const QByteArray bytes = test::readBytes(file.filePath());
            const bool whole = bytes.startsWith("%PDF-") && bytes.right(1024).contains("%%EOF");
            described.append(name + (whole ? QStringLiteral(": pdf") : QStringLiteral(": cut short")));
        } else if (suffix == QLatin1String("redgrid")) {
            const test::DatabaseState copy = test::readDatabaseState(file.filePath(), {});
            described.append(QStringLiteral("%1: integrity %2, %3 foreign-key problems, %4 members")
                                 .arg(name, copy.integrity)
                                 .arg(copy.foreignKeyProblems.size())
                                 .arg(copy.rows.value(QStringLiteral("member"), -1)));
        } else {
            described.append(name + QStringLiteral(": unexpected"));
        }
    }
    return described.join(QStringLiteral("; "));
}

KillOperation cli(const QString& name, const QStringList& arguments)
{
    KillOperation operation;
    operation.name = name;
    operation.program = QStringLiteral(REDGRID_CLI_PATH);
    operation.arguments = arguments;
    return operation;
}

}  // namespace

TEST_CASE("Killed while it imports a roster of 3,000 members: all of them or none", "[kill]")
{
    KillBench bench;
    QString branch;
    makeDemo(bench, [&](storage::Connection& db) {
        for (const organisation::PartyOrg& org : organisation::OrgStore(db).all())
            if (org.kind == organisation::OrgKind::Branch && branch.isEmpty())
                branch = org.code;
    });
    REQUIRE_FALSE(branch.isEmpty());
    const QString roster = bench.scratch(QStringLiteral("花名册.csv"));
    writeRoster(roster, 3000);
    bench.prepare();
    bench.run(
        cli(QStringLiteral("import-members"),
            { QStringLiteral("import-members"), bench.database(), roster, QStringLiteral("--org"), branch }),
        KillBench::killsPerOperation(DefaultKills));
}

TEST_CASE("Killed while it confirms a street's score sheets: each write whole", "[kill]")
{
    KillBench bench;
    QString street;
    int writes = 0;
    makeDemo(bench, [&](storage::Connection& db) {
        // The demo confirmed most of the quarter's sheets: the first street's are reopened
        // for review (a reason each, as the workflow asks), to be confirmed again.
        const hierarchy::HierarchyNode node = firstStreet(db);
        street = node.code;
        assessment::SheetStore store(db);
        for (const auto& line : store.overview(demoQuarter(), node.id)) {
            if (line.sheetId.isNull())
                continue;
            auto sheet = store.stored(line.sheetId);
            REQUIRE(sheet);
            if (sheet->state == assessment::SheetState::Confirmed)
                REQUIRE(assessment::SheetEditor(db)
                            .act(*sheet, assessment::SheetAction::Reopen, QStringLiteral("群众满意度复核"))
                            .ok());
            writes += sheet->state == assessment::SheetState::Submitted ? 3 : 1;
        }
    });
    REQUIRE(writes >= 2);
    bench.prepare();
    KillOperation confirm;
    confirm.name = QStringLiteral("confirm");
    confirm.program = QStringLiteral(REDGRID_KILL_CHILD_PATH);
    confirm.arguments = { QStringLiteral("confirm"), bench.database(), street, demoQuarter().code() };
    confirm.steps = writes;
    confirm.stepped = [&](int steps) { return confirm.arguments + QStringList { QString::number(steps) }; };
    bench.run(confirm, KillBench::killsPerOperation(DefaultKills));
}

TEST_CASE("Killed while it adds an account, resets a password or locks an account", "[kill]")
{
    KillBench bench;
    QString community;
    makeDemo(bench, [&](storage::Connection& db) {
        hierarchy::HierarchyStore store(db);
        const hierarchy::HierarchyNode node = store.children(firstStreet(db).id).at(0);
        community = node.code;
        REQUIRE(security::AccountStore(db)
                    .add({ QStringLiteral("secretary"), QStringLiteral("社区书记"),
                        security::Role::CommunitySecretary, node.id, SecretaryPassword })
                    .ok());
    });
    bench.prepare();
    const int kills = (KillBench::killsPerOperation(DefaultKills) + 2) / 3;
    const QHash<QString, QString> newPassword { { QStringLiteral("REDGRID_NEW_PASSWORD"),
        QStringLiteral("Changed-2026") } };

    KillOperation add = cli(QStringLiteral("users add"),
        { QStringLiteral("users"), QStringLiteral("add"), bench.database(), QStringLiteral("grid-worker"),
            QStringLiteral("--role"), QStringLiteral("community_secretary"), QStringLiteral("--area"),
            community, QStringLiteral("--display-name"), QStringLiteral("新来的书记") });
    add.environment = newPassword;
    bench.run(add, kills);

    KillOperation reset = cli(QStringLiteral("users reset-password"),
        { QStringLiteral("users"), QStringLiteral("reset-password"), bench.database(),
            QStringLiteral("secretary") });
    reset.environment = newPassword;
    bench.run(reset, kills);

    bench.run(cli(QStringLiteral("users lock"),
                  { QStringLiteral("users"), QStringLiteral("lock"), bench.database(),
                      QStringLiteral("secretary") }),
        kills);
}

TEST_CASE("Killed while it exports the roster unmasked: the workbook whole or absent", "[kill]")
{
    KillBench bench;
    makeDemo(bench);
    bench.prepare();
    KillOperation exported = cli(QStringLiteral("export-members --unmasked"),
        { QStringLiteral("export-members"), bench.database(), QStringLiteral("--out"),
            QDir(bench.outputFolder()).filePath(QStringLiteral("党员.xlsx")), QStringLiteral("--unmasked") });
    exported.outputs = describeOutputs;
    // The full ID numbers never reach the disk before the export is on the record.
    exported.alsoCheck = [&](const test::DatabaseState& database, const QString& outputs) {
        if (!outputs.isEmpty())
            CHECK(database.auditActions.value(QStringLiteral("exported"))
                > bench.prepared().auditActions.value(QStringLiteral("exported")));
    };
    bench.run(exported, KillBench::killsPerOperation(DefaultKills));
}

#ifdef REDGRID_KILL_REPORTS
TEST_CASE("Killed while it writes a street's report batch: every file of it or none", "[kill]")
{
    KillBench bench;
    QString street;
    makeDemo(bench, [&](storage::Connection& db) { street = firstStreet(db).code; });
    bench.prepare();
    KillOperation batch = cli(QStringLiteral("report batch"),
        { QStringLiteral("report"), bench.database(), QStringLiteral("--period"), demoQuarter().code(),
            QStringLiteral("--scope"), street, QStringLiteral("--out"), bench.outputFolder() });
    batch.outputs = describeOutputs;
    bench.run(batch, KillBench::killsPerOperation(DefaultKills));
}
#endif

TEST_CASE("Killed while it backs up the database: the backup whole and sound, or absent", "[kill]")
{
    KillBench bench;
    makeDemo(bench);
    bench.prepare();
    KillOperation backup = cli(QStringLiteral("backup"),
        { QStringLiteral("backup"), bench.database(), QStringLiteral("--out"),
            QDir(bench.outputFolder()).filePath(QStringLiteral("备份.redgrid")) });
    backup.outputs = describeOutputs;
    bench.run(backup, KillBench::killsPerOperation(DefaultKills));
}

TEST_CASE("A batch killed while its files were moved into place is finished at the next start, "
          "killed before, it is removed",
    "[kill][batch]")
{
    // What a kill leaves, laid out by hand: the moves take microseconds, too few for a kill
    // at random to land there often. The batch's process is gone (a finished one's id).
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    REQUIRE(gone.waitForFinished());
    const qint64 pid = gone.processId();
    test::TempDir dir;
    const QString data = dir.path(QStringLiteral("data"));
    const QString registry = data + QStringLiteral("/RedGrid/unfinished-files");
    REQUIRE(QDir().mkpath(registry));
    const auto leaveBatch = [&](const QString& folder, const QStringList& aside, bool marked) {
        const QString scratch = QDir(folder).filePath(QStringLiteral(".batch.Kill01.part"));
        REQUIRE(QDir().mkpath(scratch));
        for (const QString& name : aside)
            test::writeText(QDir(scratch).filePath(name), QStringLiteral("报告 ") + name);
        if (marked)
            test::writeText(QDir(scratch).filePath(QStringLiteral(".complete")), QStringLiteral("RedGrid\n"));
        test::writeText(
            QStringLiteral("%1/%2-%3").arg(registry).arg(pid).arg(folder.size(), 16, 16, QLatin1Char('0')),
            QStringLiteral("%1\n1\n%2\n").arg(pid).arg(scratch));
    };
    // Marked complete, the summary already moved: the communities' reports follow it.
    const QString moving = dir.path(QStringLiteral("moving"));
    REQUIRE(QDir().mkpath(moving));
    test::writeText(QDir(moving).filePath(QStringLiteral("汇总.pdf")), QStringLiteral("报告 汇总.pdf"));
    leaveBatch(moving, { QStringLiteral("桥北社区.pdf"), QStringLiteral("华新社区.pdf") }, true);
    // Not marked: a writer was still at work; nothing of it reaches the folder.
    const QString writing = dir.path(QStringLiteral("writing"));
    REQUIRE(QDir().mkpath(writing));
    leaveBatch(writing, { QStringLiteral("汇总.pdf"), QStringLiteral(".桥北社区.pdf.AbCdEf.part") }, false);

    QProcess next;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    next.setProcessEnvironment(environment);
    next.start(QStringLiteral(REDGRID_CLI_PATH), { QStringLiteral("--version") });
    REQUIRE(next.waitForFinished());
    REQUIRE(next.exitCode() == 0);

    const auto everything = [](const QString& folder) {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    };
    CHECK(everything(moving)
        == QStringList(
            { QStringLiteral("华新社区.pdf"), QStringLiteral("桥北社区.pdf"), QStringLiteral("汇总.pdf") }));
    CHECK(test::readBytes(QDir(moving).filePath(QStringLiteral("桥北社区.pdf")))
        == QStringLiteral("报告 桥北社区.pdf").toUtf8());
    CHECK(everything(writing).isEmpty());
    CHECK(everything(registry).isEmpty());
}

TEST_CASE("An empty lock of the audit chains' memory, left by a kill, does not hold up the next start",
    "[kill][lock]")
{
    // Found by the kill tests: a process killed between making audit-heads.json.lock and
    // writing its id into it left an empty lock, which QLockFile takes as held for 30 s;
    // meanwhile every start waited 5 s at each update and did not remember the chain.
    KillBench bench;
    makeDemo(bench);
    bench.prepare();
    const QString lock = bench.dataFolder() + QStringLiteral("/RedGrid/RedGrid/audit-heads.json.lock");
    test::writeBytes(lock, {});
    QFile file(lock);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-3), QFileDevice::FileModificationTime));
    file.close();
    const qint64 entriesBefore = test::readDatabaseState(bench.database(), {}).auditEntries;

    QProcess verify;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), bench.dataFolder());
    environment.insert(QStringLiteral("REDGRID_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("REDGRID_PASSWORD"), test::TestPassword);
    verify.setProcessEnvironment(environment);
    QElapsedTimer took;
    took.start();
    verify.start(QStringLiteral(REDGRID_CLI_PATH),
        { QStringLiteral("audit"), QStringLiteral("verify"), bench.database() });
    REQUIRE(verify.waitForFinished(60000));
    CHECK(verify.exitCode() == 0);
    CHECK(took.elapsed() < 4000);
    CHECK_FALSE(QFileInfo::exists(lock));
    // The sign-in's entry is remembered as the newest this computer has seen.
    const QByteArray memory
        = test::readBytes(bench.dataFolder() + QStringLiteral("/RedGrid/RedGrid/audit-heads.json"));
    CHECK(memory.contains(QStringLiteral("\"seq\": %1").arg(entriesBefore + 1).toUtf8()));
}
