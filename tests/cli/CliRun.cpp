#include "CliRun.h"

#include "support/TestSupport.h"

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

}  // namespace redgrid::test
