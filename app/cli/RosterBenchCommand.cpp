#include "RosterBenchCommand.h"

#include "BenchSupport.h"
#include "common/ProcessStats.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "hierarchy/HierarchyEditor.h"
#include "importexport/MemberImporter.h"
#include "importexport/RosterColumns.h"
#include "organisation/OrgEditor.h"
#include "roster/IdNumber.h"
#include "roster/MemberStore.h"
#include "roster/RosterQuery.h"
#include "security/SecuredFile.h"
#include "security/SecuritySetup.h"
#include "storage/Connection.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace redgrid::cli {

namespace {

constexpr int BranchCount = 500;

QString branchName(int n)
{
    return QStringLiteral("中共重庆市江北区测试社区第%1支部委员会").arg(n);
}

// A roster in the national 汇总表 layout with valid, distinct members.
Status writeRoster(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::inFile(path, file.errorString());
    QStringList header;
    for (importexport::RosterField field : importexport::nationalLayout())
        header.append(importexport::fieldInfo(field).header);
    QByteArray buffer = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    demo::DemoRandom random(20261123);
    const QStringList& common = demo::names::commonPersonSurnames();
    const QStringList& rare = demo::names::rarePersonSurnames();
    static const QStringList education { QStringLiteral("大学本科毕业"), QStringLiteral("大学专科毕业"),
        QStringLiteral("普通高中毕业"), QStringLiteral("初中毕业"), QStringLiteral("硕士研究生毕业") };
    const QDate firstBirth(1940, 1, 1);
    for (qint64 i = 0; i < rows; ++i) {
        // Distinct IDs: a birth date from the row number, and the sequence from the rest.
        const QDate birth = firstBirth.addDays(i % 20000);
        // Unique per birth date (37 is prime to 1000), and spread over all 1,000 values, so
        // the last 4 digits are as varied as real ones.
        const int sequence = int(((i / 20000) * 37 + (i % 20000) * 7) % 1000);
        const bool male = sequence % 2 == 1;
        const QString first17 = QStringLiteral("500105") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const QString id = first17 + roster::IdNumber::checkCharacter(first17);
        const QString surname = random.chance(0.9) ? random.pick(common) : random.pick(rare);
        const QStringList& given = demo::names::givenNameCharacters(!male, birth.year() > 1980);
        const QString name
            = surname + random.pick(given) + (random.chance(0.6) ? random.pick(given) : QString());
        const bool probationary = random.chance(0.04);
        const QDate joined = probationary
            ? QDate::currentDate().addDays(-random.between(10, 300))
            : birth.addYears(random.between(19, 40)).addDays(random.between(0, 300));
        // Full members converted at least a month ago; probationary ones joined this year.
        const QDate latestFull = QDate::currentDate().addYears(-1).addMonths(-1);
        const QDate joinedOn
            = !probationary && joined > latestFull ? latestFull.addDays(-int(i % 3000)) : joined;
        const QString converted = probationary ? QString() : joinedOn.addYears(1).toString(Qt::ISODate);
        const QString mobile = QStringLiteral("1%1%2")
                                   .arg(random.between(30, 99))
                                   .arg(random.between(0, 99999999), 8, 10, QLatin1Char('0'));
        const QStringList cells { QString::number(i + 1), name, branchName(int(i % BranchCount) + 1), id,
            male ? QStringLiteral("男") : QStringLiteral("女"), QStringLiteral("汉族"),
            birth.toString(Qt::ISODate), random.pick(education),
            probationary ? QStringLiteral("预备党员") : QStringLiteral("正式党员"),
            joinedOn.toString(Qt::ISODate), converted, QStringLiteral("离退休人员"), mobile, QString(),
            QStringLiteral("重庆市江北区测试社区%1栋%2号")
                .arg(random.between(1, 60))
                .arg(random.between(101, 2604)),
            QStringLiteral("正常"), QStringLiteral("否"), QString(), QStringLiteral("否"), QString(),
            QString() };
        buffer += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (buffer.size() > (4 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFile::NoError ? Status::success() : Error::inFile(path, file.errorString());
}

Status populate(storage::Connection& db)
{
    hierarchy::HierarchyEditor hierarchy(db);
    auto root = hierarchy.createRoot(
        hierarchy::NodeKind::District, QStringLiteral("500105"), QStringLiteral("江北区"));
    if (!root)
        return root.error();
    organisation::OrgEditor orgs(db);
    organisation::PartyOrg committee;
    committee.kind = organisation::OrgKind::Committee;
    committee.name = QStringLiteral("中共重庆市江北区测试社区委员会");
    auto top = orgs.add(committee);
    if (!top)
        return top.error();
    for (int n = 1; n <= BranchCount; ++n) {
        organisation::PartyOrg branch;
        branch.parentId = top->id;
        branch.kind = organisation::OrgKind::Branch;
        branch.name = branchName(n);
        if (auto added = orgs.add(branch); !added)
            return added.error();
    }
    return Status::success();
}

// Times the sqlite3 shell importing the same CSV into a plain table with a unique index on
// the ID column: the yardstick of the issue.
Result<double> shellImportMs(const QString& csv, const QString& dbPath)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return Error::plain(QStringLiteral("the sqlite3 shell is not installed"));
    QStringList columns;
    for (int i = 1; i <= 21; ++i)
        columns.append(QStringLiteral("c%1 TEXT").arg(i));
    const QString script
        = QStringLiteral("CREATE TABLE roster (%1);\nCREATE UNIQUE INDEX roster_id ON roster (c4);\n"
                         ".mode csv\n.import --skip 1 '%2' roster\n")
              .arg(columns.join(QStringLiteral(", ")), csv);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, { dbPath });
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double ms = millisecondsOf(timer);
    if (process.exitCode() != 0)
        return Error::plain(QString::fromUtf8(process.readAllStandardError()));
    return ms;
}

}  // namespace

QString RosterBenchCommand::summary() const
{
    return tr(
        "Benchmark the roster: a 1,000,000-row import beside sqlite3's .import, and search as you type.");
}

void RosterBenchCommand::describe(QCommandLineParser& parser)
{
    parser.addOptions({ m_rows, m_dir, m_keep, m_repeat, m_scroll, m_json });
}

int RosterBenchCommand::run(const QCommandLineParser& parser)
{
    bool numeric = false;
    const qint64 rows = parser.value(m_rows).toLongLong(&numeric);
    if (!numeric || rows < 1) {
        printUsageError(tr("--rows needs a positive number"));
        return UsageError;
    }
    const int repeats = parser.value(m_repeat).toInt(&numeric);
    if (!numeric || repeats < 1) {
        printUsageError(tr("--repeat needs a positive number"));
        return UsageError;
    }
    QTemporaryDir temporary;
    QString dir = parser.isSet(m_dir) ? parser.value(m_dir) : temporary.path();
    temporary.setAutoRemove(!parser.isSet(m_keep));
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("roster.csv"));
    const QString shellDb = QDir(dir).filePath(QStringLiteral("shell-import.sqlite"));
    const QString dbPath = QDir(dir).filePath(QStringLiteral("roster-bench.redgrid"));
    const auto removeDatabases = [&] {
        for (const QString& old :
            { shellDb, dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm") })
            QFile::remove(old);
    };
    QFile::remove(csv);
    removeDatabases();

    QElapsedTimer timer;
    timer.start();
    if (Status written = writeRoster(csv, rows); !written) {
        return fail(written.error());
    }
    const double generateMs = millisecondsOf(timer);
    const double csvMiB = double(QFileInfo(csv).size()) / (1 << 20);

    // Each round: the shell, then RedGrid, into new files, one right after the other.
    struct Round
    {
        double shellMs = 0;
        double importMs = 0;
        double importCpuS = 0;
        double ratio = 0;
    };
    QList<Round> rounds;
    std::unique_ptr<storage::Connection> connection;
    importexport::MemberImportReport imported;
    for (int round = 0; round < repeats; ++round) {
        connection.reset();
        removeDatabases();
        const auto shellMs = shellImportMs(csv, shellDb);
        if (!shellMs) {
            return fail(shellMs.error());
        }
        setDatabasePath(dbPath);
        auto created = security::SecuredFile::create(dbPath, { BenchUser, {}, BenchPassword }, populate);
        if (!created) {
            return fail(created.error());
        }
        connection = std::move(*created);
        timer.restart();
        const double cpuBefore = ProcessStats::cpuSeconds();
        auto report = importexport::MemberImporter(*connection).run(csv, {});
        Round r { *shellMs, millisecondsOf(timer), ProcessStats::cpuSeconds() - cpuBefore, 0 };
        if (!report) {
            return fail(report.error());
        }
        imported = *report;
        // Rows per second, RedGrid's over the shell's.
        r.ratio = (double(report->read) / r.importMs) / (double(rows) / r.shellMs);
        rounds.append(r);
    }
    storage::Connection& db = *connection;
    QList<double> ratios, importTimes, shellTimes, importCpu;
    for (const Round& r : rounds) {
        ratios.append(r.ratio);
        importTimes.append(r.importMs);
        shellTimes.append(r.shellMs);
        importCpu.append(r.importCpuS);
    }
    const double importMs = median(importTimes);
    const double importCpuS = median(importCpu);
    db.exec("ANALYZE");

    // Search as you type: the keystrokes of typing members' names (full pinyin and
    // initials) and the last 4 digits of their ID numbers; each keystroke runs what the
    // roster runs: the count of matches and the first screen of rows in order.
    demo::DemoRandom random(7);
    roster::MemberStore store(db);
    QStringList queries;
    const qint64 total = store.count();
    for (int sample = 0; sample < 30; ++sample) {
        const std::vector<qint64> one { random.between(1, int(qMin<qint64>(total, 2000000000))) };
        const auto found = store.rows(one, roster::Exposure::Masked);
        if (found.isEmpty())
            continue;
        const roster::Member& m = found.front().member;
        const auto keys = store.searchKeys(one.front());
        if (!keys)
            continue;
        const QString& spell = keys->spell;
        const QString& initials = keys->initials;
        for (int n = 1; n <= spell.size(); ++n)
            queries.append(spell.left(n));
        for (int n = 2; n <= initials.size(); ++n)
            queries.append(initials.left(n));
        queries.append(m.idNumber.right(4));
        queries.append(m.name.left(1));
        queries.append(m.name);
    }
    QList<double> searchMs;
    qint64 matchesSeen = 0;
    for (const QString& query : queries) {
        QElapsedTimer one;
        one.start();
        roster::RosterFilter filter;
        filter.search = query;
        roster::RosterCursor cursor(db, filter, { roster::RosterSortKey::Relevance });
        matchesSeen += cursor.count();
        std::vector<qint64> page;
        cursor.fetch(page, 50);
        const auto shown = store.rows(page);
        searchMs.append(millisecondsOf(one));
        Q_UNUSED(shown)
    }
    // The slowest keystrokes, to see what a slow percentile is made of.
    QList<std::pair<double, QString>> slowest;
    for (qsizetype i = 0; i < queries.size(); ++i)
        slowest.append({ searchMs.at(i), queries.at(i) });
    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    slowest = slowest.mid(0, 5);

    const double shellMs = median(shellTimes);
    const double shellRate = double(rows) / (shellMs / 1000.0);
    const double ourRate = double(imported.read) / (importMs / 1000.0);
    const double ratio = median(ratios);
    const double peak = ProcessStats::peakResidentMiB();
    if (parser.isSet(m_json)) {
        printJson({ { QStringLiteral("rows"), rows }, { QStringLiteral("csvMiB"), csvMiB },
            { QStringLiteral("sqliteShellImportMs"), shellMs }, { QStringLiteral("importMs"), importMs },
            { QStringLiteral("rounds"), qint64(rounds.size()) },
            { QStringLiteral("importCpuSeconds"), importCpuS },
            { QStringLiteral("inserted"), imported.inserted },
            { QStringLiteral("rejected"), imported.rejected }, { QStringLiteral("throughputRatio"), ratio },
            { QStringLiteral("throughputRatioMin"), *std::min_element(ratios.cbegin(), ratios.cend()) },
            { QStringLiteral("throughputRatioMax"), *std::max_element(ratios.cbegin(), ratios.cend()) },
            { QStringLiteral("searchQueries"), qint64(searchMs.size()) },
            { QStringLiteral("searchMedianMs"), median(searchMs) },
            { QStringLiteral("searchP95Ms"), percentile(searchMs, 0.95) },
            { QStringLiteral("peakMiB"), peak } });
    } else {
        printLine(tr("Roster: %1 rows in the 汇总表 layout, %2 MiB of CSV (generated in %3 s)")
                      .arg(rows)
                      .arg(csvMiB, 0, 'f', 0)
                      .arg(generateMs / 1000, 0, 'f', 1));
        if (rounds.size() > 1) {
            for (qsizetype i = 0; i < rounds.size(); ++i) {
                const Round& r = rounds.at(i);
                printLine(
                    tr("  round %1: sqlite3 .import %2 s, RedGrid %3 s (%4 s of processor time), ratio %5")
                        .arg(i + 1)
                        .arg(r.shellMs / 1000, 0, 'f', 2)
                        .arg(r.importMs / 1000, 0, 'f', 2)
                        .arg(r.importCpuS, 0, 'f', 1)
                        .arg(r.ratio, 0, 'f', 2));
            }
            printLine(tr("  the median of %1 rounds:").arg(rounds.size()));
        }
        printLine(tr("  sqlite3 .import (plain table, unique ID index)  %1 s, %2 rows/s")
                      .arg(shellMs / 1000, 0, 'f', 2)
                      .arg(shellRate, 0, 'f', 0));
        printLine(
            tr("  RedGrid import with full validation             %1 s, %2 rows/s (%3 inserted, %4 rejected)")
                .arg(importMs / 1000, 0, 'f', 2)
                .arg(ourRate, 0, 'f', 0)
                .arg(imported.inserted)
                .arg(imported.rejected));
        printLine(tr("  processor time of the import (all threads)      %1 s").arg(importCpuS, 0, 'f', 2));
        printLine(
            tr("  throughput ratio                                %1 (target >= 0.5)").arg(ratio, 0, 'f', 2));
        printLine(tr(
            "  search as you type: %1 keystrokes, median %2 ms, 95th percentile %3 ms (targets < 20, < 50)")
                      .arg(searchMs.size())
                      .arg(median(searchMs), 0, 'f', 1)
                      .arg(percentile(searchMs, 0.95), 0, 'f', 1));
        QStringList slow;
        for (const auto& [ms, query] : slowest)
            slow.append(QStringLiteral("%1 (%2 ms)").arg(query).arg(ms, 0, 'f', 1));
        printLine(tr("  slowest keystrokes: %1").arg(slow.join(QStringLiteral(", "))));
        printLine(tr("  peak memory of this process                     %1 MiB").arg(peak, 0, 'f', 0));
        if (parser.isSet(m_keep))
            printLine(tr("  kept %1").arg(QDir::toNativeSeparators(dir)));
    }
    Q_UNUSED(matchesSeen)
    return Success;
}

}  // namespace redgrid::cli
