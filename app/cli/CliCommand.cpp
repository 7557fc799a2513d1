#include "CliCommand.h"

#include "storage/Connection.h"
#include "storage/DatabaseFile.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace redgrid::cli {

int CliCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    describe(parser);
    if (!parser.parse(arguments)) {
        printUsageError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by argv[0]; show "redgrid-cli COMMAND".
        QString text = parser.helpText();
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("redgrid-cli ") + name());
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst(),
            QStringLiteral("Usage: redgrid-cli ") + name());
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return Success;
    }
    if (parser.positionalArguments().size() != requiredPositionals()) {
        printUsageError(tr("'%1' takes %2 argument(s), got %3; see redgrid-cli %1 --help")
                            .arg(name())
                            .arg(requiredPositionals())
                            .arg(parser.positionalArguments().size()));
        return UsageError;
    }
    return run(parser);
}

void CliCommand::printLine(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
}

void CliCommand::printError(const Error& error)
{
    std::fputs((error.toString() + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

void CliCommand::printUsageError(const QString& message)
{
    std::fputs(
        (QStringLiteral("redgrid-cli: ") + message + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

void CliCommand::printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

std::unique_ptr<storage::Connection> CliCommand::openDatabase(const QString& path)
{
    auto opened = storage::DatabaseFile::open(path);
    if (!opened) {
        printError(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

}  // namespace redgrid::cli
