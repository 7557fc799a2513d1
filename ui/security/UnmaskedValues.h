#pragma once

#include <QObject>

namespace redgrid::ui {

// Every widget that shows ID numbers or phones in full (after the user asked, and core
// allowed and logged it) listens here, and shows them masked again when asked: when the
// idle lock hides the screen, nothing unmasked may stay on it.
class UnmaskedValues : public QObject
{
    Q_OBJECT

public:
    static UnmaskedValues* instance();
    static void maskEverywhere();

signals:
    void maskRequested();

private:
    using QObject::QObject;
};

}  // namespace redgrid::ui
