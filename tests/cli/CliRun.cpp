#include "CliRun.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QHash>
#include <QProcess>

#include <catch2/catch.hpp>

namespace redgrid::test {

namespace {

// English messages, whatever the machine's locale, signed in as the test administrator.
QProcessEnvironment cliEnvironment(const QHash<QString, QString>& extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("REDGRID_USER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("REDGRID_PASSWORD"), TestPassword);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it.value().isEmpty())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    return environment;
}

}  // namespace

CliRun runCli(const QStringList& arguments, const QHash<QString, QString>& extra, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(extra));
    process.start(QStringLiteral(REDGRID_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

std::unique_ptr<QProcess> startCli(const QStringList& arguments, const QHash<QString, QString>& extra)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment(extra));
    process->start(QStringLiteral(REDGRID_CLI_PATH), arguments);
    REQUIRE(process->waitForStarted());
    return process;
}

qint64 memberRecords(const CliRun& info)
{
    return info.json()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("memberRecords"))
        .toInteger(-1);
}

int runInMountNamespace(const TempDir& dir, const QString& script, const QHash<QString, QString>& extra)
{
    const QString path = dir.path(QStringLiteral("scenario.sh"));
    writeText(path,
        QStringLiteral("set -u\n"
                       "step() { name=$1; shift; \"$CLI\" \"$@\" >\"$OUT/$name.out\" 2>\"$OUT/$name.err\"; "
                       "echo $? >\"$OUT/$name.rc\"; }\n")
            + script);
    QDir().mkpath(dir.path(QStringLiteral("mnt")));
    QDir().mkpath(dir.path(QStringLiteral("out")));
    QProcessEnvironment environment = cliEnvironment(extra);
    environment.insert(QStringLiteral("MNT"), dir.path(QStringLiteral("mnt")));
    environment.insert(QStringLiteral("OUT"), dir.path(QStringLiteral("out")));
    environment.insert(QStringLiteral("CLI"), QStringLiteral(REDGRID_CLI_PATH));
    for (const QStringList& unshare :
        { QStringList { QStringLiteral("-m") }, QStringList { QStringLiteral("-rm") } }) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("unshare"), unshare + QStringList { QStringLiteral("sh"), path });
        if (!process.waitForStarted())
            return NoMount;
        REQUIRE(process.waitForFinished(300000));
        const int status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (status != NoMount && !process.readAllStandardError().contains("unshare failed"))
            return status;
    }
    return NoMount;
}

CliRun scenarioResult(const TempDir& dir, const QString& name)
{
    const QString base = dir.path(QStringLiteral("out/") + name);
    return { QString::fromUtf8(readBytes(base + QStringLiteral(".rc"))).trimmed().toInt(),
        QString::fromUtf8(readBytes(base + QStringLiteral(".out"))),
        QString::fromUtf8(readBytes(base + QStringLiteral(".err"))) };
}

}  // namespace redgrid::test
