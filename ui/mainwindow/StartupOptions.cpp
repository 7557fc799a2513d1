#include "StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace redgrid::ui {

StartupOptions StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "RedGrid: party-building-led grid administration."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("StartupOptions", "The database to open (*.redgrid)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("StartupOptions",
            "Open the demo database (invented data), creating "
            "it first if needed."));
    const QCommandLineOption language(QStringLiteral("lang"),
        QCoreApplication::translate("StartupOptions", "Language of the interface: zh_CN or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"),
        QCoreApplication::translate("StartupOptions",
            "Print the start-up time and peak memory once the window is ready, then quit."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save the ready window as PNG."), QStringLiteral("PATH"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption scrollRoster(QStringLiteral("scroll-roster"),
        QStringLiteral("Scroll the roster of FILE from top to bottom, print the peak memory and quit."));
    scrollRoster.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ demo, language, exitWhenReady, screenshot, scrollRoster });
    parser.process(arguments);

    StartupOptions options;
    const QStringList files = parser.positionalArguments();
    options.demo = parser.isSet(demo);
    if (files.size() > 1 || (options.demo && !files.isEmpty())) {
        std::fputs(
            qPrintable(QCoreApplication::translate("StartupOptions", "Give one FILE or --demo, not both.\n")),
            stderr);
        parser.showHelp(2);
    }
    options.file = files.value(0);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && options.language != QLatin1String("zh_CN")
        && options.language != QLatin1String("en")) {
        std::fputs(qPrintable(QCoreApplication::translate("StartupOptions", "--lang must be zh_CN or en.\n")),
            stderr);
        parser.showHelp(2);
    }
    options.exitWhenReady = parser.isSet(exitWhenReady);
    options.screenshot = parser.value(screenshot);
    options.scrollRoster = parser.isSet(scrollRoster);
    return options;
}

}  // namespace redgrid::ui
