#include "UnmaskedValues.h"

#include <QCoreApplication>

namespace redgrid::ui {

UnmaskedValues* UnmaskedValues::instance()
{
    // Owned by the application object, so it goes with it.
    static UnmaskedValues* hub = new UnmaskedValues(QCoreApplication::instance());
    return hub;
}

void UnmaskedValues::maskEverywhere()
{
    emit instance()->maskRequested();
}

}  // namespace redgrid::ui
