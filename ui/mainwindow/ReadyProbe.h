#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace redgrid::ui {

// Calls `ready` once, right after `watched` has been painted for the first time: for
// `--exit-when-ready`, the moment a user would see the window with its tree filled.
class ReadyProbe : public QObject
{
    Q_OBJECT

public:
    ReadyProbe(QWidget* watched, std::function<void()> ready);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_ready;
    bool m_seen = false;
};

}  // namespace redgrid::ui
