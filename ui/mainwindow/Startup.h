#pragma once

#include "StartupOptions.h"

namespace redgrid::ui {

class MainWindow;

// From the command line to a window with a database: the file given, the demo database
// (--demo), the last file if it still opens, or else the start dialog (demo, open,
// new). A file that fails to open is explained and the start dialog offered again.
class Startup
{
public:
    Startup(MainWindow& window, StartupOptions options);

    // False when the user quit before any database was open.
    bool run();

private:
    bool openRequested();
    bool openWithDialog();
    bool openReportingFailure(const QString& path);
    bool openDemo();
    void watchReady();

    MainWindow& m_window;
    StartupOptions m_options;
};

}  // namespace redgrid::ui
