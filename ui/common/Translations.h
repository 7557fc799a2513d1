#pragma once

#include <QLocale>
#include <QString>

namespace redgrid::ui {

// The language of the interface: `--lang zh_CN|en` if given, else the system's -
// Simplified Chinese on a Chinese system, English otherwise. redgrid::installTranslations
// (core/common/Translations.h) then loads it.
QLocale interfaceLocale(const QString& languageOption);

}  // namespace redgrid::ui
