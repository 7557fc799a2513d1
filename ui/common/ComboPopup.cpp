#include "ComboPopup.h"

#include <QComboBox>

namespace redgrid::ui {

void keepPopupOnScreen(QComboBox* box, int visibleItems)
{
    box->setMaxVisibleItems(visibleItems);
    // Styles that place the list over the box ignore maxVisibleItems; this property asks
    // for the plain drop-down, which Qt keeps on the screen.
    box->setStyleSheet(QStringLiteral("QComboBox { combobox-popup: 0; }"));
}

}  // namespace redgrid::ui
