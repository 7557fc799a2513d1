#pragma once

#include <QFont>

namespace redgrid::ui {

// A font whose characters are all one width (a recovery key, read and copied by hand),
// whatever the machine's `monospace` is: with LibreOffice installed, as on most UOS and
// Kylin desktops, fontconfig answers `monospace` with Noto Sans Mono, which Qt does not
// take for fixed-pitch. Named families first, each checked; the system's fixed font last.
QFont fixedPitchFont();

}  // namespace redgrid::ui
