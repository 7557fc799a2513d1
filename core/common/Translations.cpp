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
    if (!prefersChinese(locale))
        return false;
    auto* own = new QTranslator(&application);
    if (!own->load(QStringLiteral(":/i18n/redgrid_zh_CN.qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (OK/Cancel, file dialogs) from the system's Qt translations.
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace redgrid
