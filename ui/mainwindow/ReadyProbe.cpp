#include "ReadyProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace redgrid::ui {

ReadyProbe::ReadyProbe(QWidget* watched, std::function<void()> ready)
    : QObject(watched)
    , m_ready(std::move(ready))
{
    watched->installEventFilter(this);
}

bool ReadyProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        watched->removeEventFilter(this);
        // The paint event is about to be handled; report once it has been.
        QTimer::singleShot(0, this, [this] { m_ready(); });
    }
    return false;
}

}  // namespace redgrid::ui
