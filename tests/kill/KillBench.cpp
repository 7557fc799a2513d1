#include "KillBench.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace redgrid::test {

namespace {

void removeAll(const QString& folder)
{
    QDir(folder).removeRecursively();
}

// Copies `from` into `to`, hidden files and subfolders included.
void copyFolder(const QString& from, const QString& to)
{
    REQUIRE(QDir().mkpath(to));
    QDirIterator files(
        from, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (files.fileInfo().isDir())
            REQUIRE(QDir().mkpath(target));
        else
            REQUIRE(QFile::copy(path, target));
    }
}

// Every file and folder in `folder` but those named in `expected`, hidden ones included.
QStringList strayFiles(const QString& folder, const QStringList& expected)
{
    QStringList stray;
    for (const QString& name :
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!expected.contains(name))
            stray.append(name);
    }
    return stray;
}

struct Finished
{
    bool byItself = false;  // the process ended before the kill
    int exitCode = -1;
    QString errors;
    qint64 elapsedMs = 0;
};

// Runs `program`, killing it with SIGKILL after `delayMs` (never when negative).
Finished runKilled(const QString& program, const QStringList& arguments,
    const QProcessEnvironment& environment, qint64 delayMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    Finished finished;
    if (delayMs < 0 || process.waitForFinished(int(delayMs))) {
        if (delayMs < 0)
            REQUIRE(process.waitForFinished(300000));
        finished.byItself = true;
    } else {
        ::kill(pid_t(process.processId()), SIGKILL);
        REQUIRE(process.waitForFinished(30000));
        // The kill may have crossed the end of the process.
        finished.byItself = process.exitStatus() == QProcess::NormalExit;
    }
    finished.elapsedMs = elapsed.elapsed();
    finished.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    finished.errors = QString::fromUtf8(process.readAllStandardError());
    return finished;
}

}  // namespace

KillBench::KillBench()
{
    const QByteArray seed = qgetenv("REDGRID_KILL_SEED");
    m_seed = seed.isEmpty() ? std::random_device()() : seed.toULongLong();
    m_random.seed(m_seed);
    REQUIRE(QDir().mkpath(QFileInfo(database()).path()));
    REQUIRE(QDir().mkpath(outputFolder()));
    REQUIRE(QDir().mkpath(dataFolder()));
}

QProcessEnvironment KillBench::programEnvironment() const
{
    // English messages, the test administrator, the bench's own data folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("REDGRID_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("REDGRID_PASSWORD"), TestPassword);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataFolder());
    return environment;
}

int KillBench::killsPerOperation(int otherwise)
{
    const int kills = qEnvironmentVariableIntValue("REDGRID_KILLS");
    return kills > 0 ? kills : otherwise;
}

void KillBench::prepare()
{
    const Finished verified = runKilled(QStringLiteral(REDGRID_CLI_PATH),
        { QStringLiteral("audit"), QStringLiteral("verify"), database() }, programEnvironment(), -1);
    INFO(verified.errors.toStdString());
    REQUIRE(verified.exitCode == 0);
    // A file with no write-ahead log: SQLite folds it in when the last connection closes.
    REQUIRE_FALSE(QFileInfo::exists(database() + QStringLiteral("-wal")));
    removeAll(m_root.path(QStringLiteral("prepared")));
    copyFolder(m_root.path(QStringLiteral("work")), m_root.path(QStringLiteral("prepared")));
    m_reference = ReferenceValues::of(database());
    m_prepared = readDatabaseState(database(), m_reference);
}

void KillBench::restore()
{
    removeAll(m_root.path(QStringLiteral("work")));
    copyFolder(m_root.path(QStringLiteral("prepared")), m_root.path(QStringLiteral("work")));
}

KillBench::Observed KillBench::observe(const KillOperation& operation, const QString& context)
{
    INFO(context.toStdString());
    const DatabaseState state = readDatabaseState(database(), m_reference);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.foreignKeyProblems.isEmpty());
    CHECK(state.auditEntries >= m_prepared.auditEntries);

    // The next start of a RedGrid program: it sweeps what a killed writer left, and the
    // chain must be intact.
    const Finished verified = runKilled(QStringLiteral(REDGRID_CLI_PATH),
        { QStringLiteral("audit"), QStringLiteral("verify"), database() }, programEnvironment(), -1);
    INFO("audit verify: " << verified.errors.toStdString());
    CHECK(verified.exitCode == 0);

    const QString name = QFileInfo(database()).fileName();
    CHECK(strayFiles(
        QFileInfo(database()).path(), { name, name + QStringLiteral("-wal"), name + QStringLiteral("-shm") })
              .isEmpty());
    // The memory of audit chains alone: no lock or half-written copy of it left by a kill.
    const QStringList besideMemory = strayFiles(
        dataFolder() + QStringLiteral("/RedGrid/RedGrid"), { QStringLiteral("audit-heads.json") });
    INFO("in the data folder: " << besideMemory.join(QLatin1Char(' ')).toStdString());
    CHECK(besideMemory.isEmpty());
    // Nothing noted as unfinished but an entry cut short by the kill, before its file was
    // made: the sweep leaves those a minute, in case their writer still runs.
    const QDir unfinished(dataFolder() + QStringLiteral("/RedGrid/unfinished-files"));
    QStringList noted;
    for (const QString& entry : strayFiles(unfinished.path(), {})) {
        const QByteArray text = readBytes(unfinished.filePath(entry));
        if (text.count('\n') >= 3 && text.endsWith('\n'))
            noted.append(entry + QStringLiteral(": ") + QString::fromUtf8(text).simplified());
    }
    INFO("still noted as unfinished: " << noted.join(QStringLiteral("; ")).toStdString());
    CHECK(noted.isEmpty());

    Observed observed;
    observed.auditEntries = state.auditEntries;
    observed.state = state.fingerprint;
    const QString outputs = operation.outputs ? operation.outputs(outputFolder()) : QString();
    if (operation.outputs)
        observed.state += QStringLiteral(" | ") + outputs;
    else
        CHECK(strayFiles(outputFolder(), {}).isEmpty());
    if (operation.alsoCheck)
        operation.alsoCheck(state, outputs);
    return observed;
}

void KillBench::run(const KillOperation& operation, int kills)
{
    std::printf("kill %s: seed %llu (REDGRID_KILL_SEED repeats it)\n", qPrintable(operation.name),
        static_cast<unsigned long long>(m_seed));
    std::fflush(stdout);
    INFO("operation " << operation.name.toStdString() << ", seed " << m_seed);
    QProcessEnvironment environment = programEnvironment();
    for (auto it = operation.environment.cbegin(); it != operation.environment.cend(); ++it)
        environment.insert(it.key(), it.value());

    // The states a kill may leave: before, after each write, after the whole operation.
    restore();
    QStringList states { observe(operation, QStringLiteral("the prepared file")).state };
    for (int step = 1; step < operation.steps; ++step) {
        restore();
        const Finished finished = runKilled(operation.program, operation.stepped(step), environment, -1);
        INFO(finished.errors.toStdString());
        REQUIRE(finished.exitCode == 0);
        states.append(observe(operation, QStringLiteral("after write %1").arg(step)).state);
    }
    restore();
    const Finished whole = runKilled(operation.program, operation.arguments, environment, -1);
    INFO(whole.errors.toStdString());
    REQUIRE(whole.exitCode == 0);
    const qint64 duration = whole.elapsedMs;
    states.append(observe(operation, QStringLiteral("the whole operation")).state);
    // An operation that changes nothing could not show a half-applied change.
    REQUIRE(states.first() != states.last());

    // A program spends most of its time starting, signing in and reading: a kill there
    // leaves the file as it was, and a kill after its end tests nothing. One kill in four
    // falls anywhere in the run; the others between `edge`, a little before the earliest
    // moment a kill has been seen to leave a change (or the latest it left none), and the
    // shortest run seen: learnt as the kills go on, as the machine's load changes them.
    std::uniform_int_distribution<qint64> anywhere(0, duration);
    qint64 latestUnchanged = 0, earliestChanged = duration, shortestRun = duration;
    int before = 0, rolledBack = 0, between = 0, after = 0, ended = 0;
    for (int kill = 0; kill < kills; ++kill) {
        const qint64 edge = std::min(latestUnchanged, earliestChanged) * 9 / 10;
        const qint64 delay = kill % 4 == 0
            ? anywhere(m_random)
            : std::uniform_int_distribution<qint64>(edge, std::max(edge + 20, shortestRun))(m_random);
        const QString context = QStringLiteral("%1, kill %2 after %3 ms (of %4 ms uninterrupted), seed %5")
                                    .arg(operation.name)
                                    .arg(kill + 1)
                                    .arg(delay)
                                    .arg(duration)
                                    .arg(m_seed);
        restore();
        const Finished finished = runKilled(operation.program, operation.arguments, environment, delay);
        INFO(context.toStdString());
        if (finished.byItself) {
            INFO(finished.errors.toStdString());
            CHECK(finished.exitCode == 0);
            ++ended;
            shortestRun = std::min(shortestRun, finished.elapsedMs);
        }
        const bool writing = killedWhileWriting(database());
        const Observed observed = observe(operation, context);
        const qsizetype state = states.indexOf(observed.state);
        INFO("the states before, between and after: " << states.join(QLatin1String(", ")).toStdString());
        INFO("found: " << observed.state.toStdString());
        REQUIRE(state >= 0);
        if (state == 0) {
            ++before;
            rolledBack += writing ? 1 : 0;
            latestUnchanged = std::max(latestUnchanged, delay);
        } else {
            ++(state == states.size() - 1 ? after : between);
            if (!finished.byItself)
                earliestChanged = std::min(earliestChanged, delay);
        }
    }
    std::printf("kill %s: %d kills in %lld ms runs (%lld writes; the first change seen %lld ms in): "
                "%d before (%d of them in the middle of a write, rolled back), %d between its writes, "
                "%d after (%d of them after it had ended)\n",
        qPrintable(operation.name), kills, static_cast<long long>(duration),
        static_cast<long long>(states.size() - 1), static_cast<long long>(earliestChanged), before,
        rolledBack, between, after, ended);
    std::fflush(stdout);
}

}  // namespace redgrid::test
