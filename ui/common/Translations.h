#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace redgrid::ui {

// The language of the interface: `--lang zh_CN|en` if given, else the system's —
// Simplified Chinese on a Chinese system, English otherwise.
QLocale interfaceLocale(const QString& languageOption);

// Makes `locale` the default and, for Chinese, loads RedGrid's translation
// (":/i18n/redgrid_zh_CN.qm", once it is built in) and Qt's own (standard buttons).
void installTranslations(QApplication& application, const QLocale& locale);

}  // namespace redgrid::ui
