// redgrid [FILE] [--demo] [--lang zh_CN|en] [--exit-when-ready]
#include "CoreModules.h"
#include "common/ProcessStats.h"
#include "storage/UnfinishedFileRegistry.h"
#include "ui/common/Translations.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Startup.h"
#include "ui/mainwindow/StartupOptions.h"
#include "ui/roster/RosterScrollBench.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    using namespace redgrid::ui;
    redgrid::ProcessStats::markMainEntered();
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RedGrid"));
    QApplication::setApplicationName(QStringLiteral("RedGrid"));
    QApplication::setApplicationVersion(QStringLiteral(REDGRID_VERSION));
    redgrid::registerCoreModules();
    // Files a killed redgrid or redgrid-cli was writing (an export may hold full ID numbers).
    redgrid::storage::UnfinishedFileRegistry::sweep();

    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    installInterfaceLanguage(application, interfaceLocale(options.language));
    if (options.scrollRoster)
        return runRosterScrollBench(options.file);

    MainWindow window;
    Startup startup(window, options);
    if (!startup.run())
        return 0;
    return QApplication::exec();
}
