#include "Translations.h"

#include "FileDialogLocaliser.h"
#include "common/Translations.h"

#include <QCoreApplication>

namespace redgrid::ui {

QLocale interfaceLocale(const QString& languageOption)
{
    if (languageOption.isEmpty())
        return prefersChinese(QLocale::system()) ? QLocale(QLocale::Chinese, QLocale::China)
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(languageOption);
}

bool installInterfaceLanguage(QCoreApplication& application, const QLocale& locale)
{
    const bool installed = installTranslations(application, locale);
    QCoreApplication::setAttribute(
        Qt::AA_DontUseNativeDialogs, locale.language() != QLocale::system().language());
    FileDialogLocaliser::install();
    return installed;
}

}  // namespace redgrid::ui
