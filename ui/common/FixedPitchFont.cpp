#include "FixedPitchFont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace redgrid::ui {

QFont fixedPitchFont()
{
    // DejaVu Sans Mono comes with every Debian desktop (fonts-dejavu-core); Noto Sans Mono CJK
    // with RedGrid's own dependency fonts-noto-cjk; the others are Windows' and other Linux
    // desktops'.
    static const QStringList families { QStringLiteral("DejaVu Sans Mono"),
        QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("Liberation Mono"),
        QStringLiteral("Consolas"), QStringLiteral("Courier New"), QStringLiteral("Noto Mono") };
    for (const QString& family : families) {
        if (!QFontDatabase::hasFamily(family))
            continue;
        QFont font(family);
        font.setStyleHint(QFont::TypeWriter);
        if (QFontInfo(font).fixedPitch())
            return font;
    }
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

}  // namespace redgrid::ui
