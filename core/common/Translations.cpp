#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace redgrid {

bool prefersChinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

bool installTranslations(QCoreApplication& application, const QLocale& locale)
{
    QLocale::setDefault(locale);  // numbers and dates follow the interface language
    if (!prefersChinese(locale))
        return false;  // the source text is English
    auto* own = new QTranslator(&application);
    const bool loaded = own->load(QStringLiteral(":/i18n/redgrid_zh_CN.qm"));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (OK/Cancel, file dialogs) from the system's Qt translations.
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

}  // namespace redgrid
