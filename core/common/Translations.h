#pragma once

#include <QLocale>

class QCoreApplication;

namespace redgrid {

// RedGrid speaks Simplified Chinese on a Chinese locale and English elsewhere.
// Source strings are English; the zh_CN translation is compiled into the program
// (resources/translations), so no file can go missing on a user's PC.
bool prefersChinese(const QLocale& locale);

// Makes `locale` the default and, if it is Chinese, installs RedGrid's translation and
// Qt's own (standard buttons, file dialogs). Returns whether a translation was installed.
bool installTranslations(QCoreApplication& application, const QLocale& locale);

}  // namespace redgrid
