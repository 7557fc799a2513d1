#pragma once

#include <QString>

namespace redgrid::ui {

// `redgrid --scroll-roster FILE`: shows the roster of every active member in a table and
// scrolls it from top to bottom a screenful at a time, as a user dragging through it would
// make it load; then prints the rows, the time and the peak memory, and returns the exit
// status. The benchmark of "scrolling 1,000,000 members stays under 200 MiB". It signs in
// as REDGRID_USER with REDGRID_PASSWORD (exit status 2 without them).
int runRosterScrollBench(const QString& file);

}  // namespace redgrid::ui
