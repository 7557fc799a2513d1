#pragma once

#include <QFont>

namespace redgrid::ui {

// A font whose characters are all one width (a recovery key, read and copied by hand),
// whatever the machine's `monospace` is: the family document::PageCanvas::fixedPitchFont
// chooses for the printed page, at the interface's size.
QFont fixedPitchFont();

}  // namespace redgrid::ui
