#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace redgrid::ui {

// The language of the interface: `--lang zh_CN|en` if given, else the system's -
// Simplified Chinese on a Chinese system, English otherwise. redgrid::installTranslations
// (core/common/Translations.h) then loads it.
QLocale interfaceLocale(const QString& languageOption);

// Installs the interface language (redgrid::installTranslations: RedGrid's strings and Qt's)
// and makes Qt's own dialogs speak it too: file dialogs show sizes, types and dates in it
// (FileDialogLocaliser), and the platform's native dialogs, which follow the system's
// language, are not used when the interface's is another. Returns whether a translation
// was installed.
bool installInterfaceLanguage(QCoreApplication& application, const QLocale& locale);

}  // namespace redgrid::ui
