#pragma once

#include <QString>
#include <QStringList>

namespace redgrid::ui {

// The command line of the `redgrid` program:
//   redgrid [FILE] [--demo] [--lang zh_CN|en] [--exit-when-ready]
struct StartupOptions
{
    QString file;  // a database to open
    bool demo = false;  // open the demo database, creating it first if missing
    QString language;  // "zh_CN" or "en"; empty: the system's
    bool exitWhenReady = false;  // print "ready … ms, peak … MiB" once shown, then quit (benchmarks)
    QString screenshot;  // hidden: save a picture of the window once ready, then quit
    bool scrollRoster = false;  // hidden: scroll the roster of FILE top to bottom, print peak memory, quit

    // Prints usage and exits on --help, --version or a mistake.
    static StartupOptions parse(const QStringList& arguments);
};

}  // namespace redgrid::ui
