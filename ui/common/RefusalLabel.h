#pragma once

#include <QLabel>

namespace redgrid::ui {

// The line under a form that says why the program refused (red, wrapped, selectable), and
// the one place that knows the colours of refusals, warnings and approvals.
class RefusalLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Refusal, Warning, Success, Neutral };

    explicit RefusalLabel(QWidget* parent = nullptr);
    static void setTone(QLabel* label, Tone tone);
    static QString colour(Tone tone);  // as "#rrggbb"
};

}  // namespace redgrid::ui
