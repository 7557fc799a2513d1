#include "FixedPitchFont.h"

#include "document/engine/PageCanvas.h"

namespace redgrid::ui {

QFont fixedPitchFont()
{
    // The family the printed recovery key page uses, at the interface's size.
    const double size = QFont().pointSizeF();  // -1 where the interface's font is sized in pixels
    return document::PageCanvas::fixedPitchFont(size > 0 ? size : 10);
}

}  // namespace redgrid::ui
