#include "Translations.h"

#include "common/Translations.h"

namespace redgrid::ui {

QLocale interfaceLocale(const QString& languageOption)
{
    if (languageOption.isEmpty())
        return prefersChinese(QLocale::system()) ? QLocale(QLocale::Chinese, QLocale::China)
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(languageOption);
}

}  // namespace redgrid::ui
