#include "Translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace redgrid::ui {
namespace {

void loadInto(QApplication& application, const QString& file, const QString& directory = {})
{
    auto* translator = new QTranslator(&application);
    if (translator->load(file, directory))
        QApplication::installTranslator(translator);
    else
        delete translator;
}

}  // namespace

QLocale interfaceLocale(const QString& languageOption)
{
    if (languageOption.isEmpty())
        return QLocale::system().language() == QLocale::Chinese
            ? QLocale(QLocale::Chinese, QLocale::China)
            : QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(languageOption);
}

void installTranslations(QApplication& application, const QLocale& locale)
{
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return;  // the source text is English
    loadInto(application, QStringLiteral(":/i18n/redgrid_zh_CN.qm"));
    loadInto(
        application, QStringLiteral("qtbase_zh_CN.qm"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

}  // namespace redgrid::ui
