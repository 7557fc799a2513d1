// redgrid-cli: RedGrid without a window. Every command shares core with the GUI.
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "BackupsCommand.h"
#include "BenchCommand.h"
#include "CheckCommand.h"
#include "CommandFailure.h"
#include "CoreModules.h"
#include "DemoCommand.h"
#include "DueCommand.h"
#include "ExportMembersCommand.h"
#include "ImportDivisionsCommand.h"
#include "ImportMembersCommand.h"
#include "InfoCommand.h"
#include "InitCommand.h"
#include "MeetingsCommand.h"
#include "MembersCommand.h"
#include "OrgsCommand.h"
#include "ScoresCommand.h"
#include "TemplateCommand.h"
#ifdef REDGRID_CLI_DRAWS
#include "drawing/AssessmentBenchCommand.h"
#include "drawing/PrintMembersCommand.h"
#include "drawing/PrintTestPageCommand.h"
#include "drawing/ReportCommand.h"
#endif
#include "RestoreCommand.h"
#include "RosterBenchCommand.h"
#include "SecureCommand.h"
#include "TreeCommand.h"
#include "UsersCommand.h"
#include "YearEndCommand.h"
#include "common/Translations.h"
#include "storage/Connection.h"
#include "storage/UnfinishedFileRegistry.h"

#include <QCoreApplication>
#ifdef REDGRID_CLI_DRAWS
#include <QApplication>
#endif

#include <cstdio>
#include <memory>
#include <vector>

using namespace redgrid::cli;

namespace {

class Usage
{
    Q_DECLARE_TR_FUNCTIONS(Usage)

public:
    static QString text(const std::vector<std::unique_ptr<CliCommand>>& commands)
    {
        QString usage = tr("Usage: redgrid-cli COMMAND [OPTIONS] ...\n\n"
                           "RedGrid (红网格) on the command line: party-building-led grid administration.\n\n"
                           "Commands:\n");
        for (const auto& command : commands)
            usage += QStringLiteral("  %1%2\n").arg(command->name(), -18).arg(command->summary());
        usage += tr(
            "\nOptions:\n  -h, --help        Show this help; COMMAND --help shows a command's options.\n"
            "  -v, --version     Show the versions of RedGrid, Qt and SQLite.\n\n"
            "Exit status: 0 success, 1 usage error, 2 file or data error (nothing written),\n"
            "3 import finished but some rows were rejected, 4 not signed in (no account given,\n"
            "a wrong password, a locked account) or the account may not do this.\n");
        return usage;
    }
};

// Every command, in the order `redgrid-cli --help` lists them: a new command is one line here.
std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ImportDivisionsCommand>());
    commands.push_back(std::make_unique<TreeCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ScoresCommand>());
    commands.push_back(std::make_unique<TemplateCommand>());
    commands.push_back(std::make_unique<MeetingsCommand>());
    commands.push_back(std::make_unique<DueCommand>());
    commands.push_back(std::make_unique<YearEndCommand>());
    commands.push_back(std::make_unique<OrgsCommand>());
    commands.push_back(std::make_unique<MembersCommand>());
    commands.push_back(std::make_unique<ImportMembersCommand>());
    commands.push_back(std::make_unique<ExportMembersCommand>());
#ifdef REDGRID_CLI_DRAWS  // the commands in drawing/ link the document engine
    commands.push_back(std::make_unique<PrintMembersCommand>());
    commands.push_back(std::make_unique<PrintTestPageCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<AssessmentBenchCommand>());
#endif
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<SecureCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<BackupsCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<RosterBenchCommand>());
    return commands;
}

// A command that draws pages (fonts, Qt Charts' scene) runs in a QApplication on Qt's
// offscreen platform, so that it needs no display; every other command in a
// QCoreApplication, which loads no platform plugin at all. The commands are asked before any
// application exists (their option texts untranslated then), and made again once it does.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
#ifdef REDGRID_CLI_DRAWS
    for (const auto& command : allCommands()) {
        if (command->draws() && argc > 1 && command->name() == QString::fromLocal8Bit(argv[1])) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QApplication>(argc, argv);
        }
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

void printLastResort(const redgrid::Error& error)
{
    std::fputs((error.toString() + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

// Runs the command named on the command line and returns its exit status.
int runCommandLine(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs(Usage::text(commands).toLocal8Bit().constData(), stderr);
        return UsageError;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        std::fputs(Usage::text(commands).toLocal8Bit().constData(), stdout);
        return Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        std::printf("redgrid-cli %s (Qt %s, SQLite %s)\n", REDGRID_VERSION, qVersion(),
            redgrid::storage::sqliteLibraryVersion().toLatin1().constData());
        return Success;
    }
    for (const auto& command : commands) {
        if (command->name() == first)
            return command->execute(arguments.mid(1));
    }
    std::fprintf(stderr, "redgrid-cli: unknown command '%s'; see redgrid-cli --help\n",
        first.toLocal8Bit().constData());
    return UsageError;
}

}  // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RedGrid"));
    // The same data folder as the GUI's: one memory of each database's audit chain and one
    // backup folder per computer, whichever program opened the file.
    QCoreApplication::setApplicationName(QStringLiteral("RedGrid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REDGRID_VERSION));
    // A command catches what it throws (CliCommand::execute); this is the last net, for
    // what fails around the commands, so that nothing ends in `terminate called`.
    try {
        redgrid::installTranslations(*app, QLocale::system());
        redgrid::registerCoreModules();
        // Files a killed redgrid or redgrid-cli was writing (an export may hold full ID numbers).
        redgrid::storage::UnfinishedFileRegistry::sweep();
        return runCommandLine(allCommands());
    } catch (const std::exception& e) {
        printLastResort(CommandFailure::of(e, {}));
    } catch (...) {
        printLastResort(CommandFailure::unknown({}));
    }
    return DataError;
}
