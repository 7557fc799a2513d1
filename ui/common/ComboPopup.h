#pragma once

class QComboBox;

namespace redgrid::ui {

// Makes a combo box's list open as a bounded drop-down below (or above) the box, scrolling
// beyond `visibleItems` entries. Without this a long list (34 roster items, 80 job posts)
// opens as tall as the screen, or with the current entry over the box, running off the
// screen's edge.
void keepPopupOnScreen(QComboBox* box, int visibleItems = 16);

}  // namespace redgrid::ui
