#include "RefusalLabel.h"

namespace redgrid::ui {

RefusalLabel::RefusalLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTone(this, Tone::Refusal);
}

void RefusalLabel::setTone(QLabel* label, Tone tone)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour(tone)));
}

QString RefusalLabel::colour(Tone tone)
{
    switch (tone) {
    case Tone::Refusal:
        return QStringLiteral("#b00020");
    case Tone::Warning:
        return QStringLiteral("#8a5a00");
    case Tone::Success:
        return QStringLiteral("#1e7a34");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("#5f6368");
}

}  // namespace redgrid::ui
